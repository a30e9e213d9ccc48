package io.crosssell.demo.launch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small HTTP client for tests against a running demo app: keeps cookies, does not follow redirects. */
public final class TestHttpClient {

    /** What a leaked stack trace looks like in a response: a frame, an exception's name, a source line. */
    public static final Pattern STACK_TRACE = Pattern.compile("\\bat (org|java|io|sun)\\.[\\w.$]+\\(|Exception:|\\.java:\\d+");

    private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");

    private static final Pattern CART_LINE = Pattern.compile(
            "data-product-id=\"(\\d+)\">.*?<td class=\"cart-quantity\">(\\d+)</td>", Pattern.DOTALL);

    private static final Pattern CONFIRMATION = Pattern.compile("/confirmation/(\\d+)$");

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();

    public TestHttpClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A response's status, Location header and body. */
    public static final class Response {
        public final int status;
        public final String location;
        public final String body;
        /** Response headers by name as the server sent them (the status line under the null name). */
        public final Map<String, List<String>> headers;

        Response(int status, String location, String body, Map<String, List<String>> headers) {
            this.status = status;
            this.location = location;
            this.body = body;
            this.headers = headers;
        }

        /** The first value of the header, or null. */
        public String header(String name) {
            for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                if (name.equalsIgnoreCase(header.getKey()) && !header.getValue().isEmpty()) {
                    return header.getValue().get(0);
                }
            }
            return null;
        }

        /** Every Set-Cookie header. */
        public List<String> setCookies() {
            List<String> cookies = new ArrayList<String>();
            for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                if ("Set-Cookie".equalsIgnoreCase(header.getKey())) {
                    cookies.addAll(header.getValue());
                }
            }
            return cookies;
        }

        /** The CSRF token of the first Broadleaf form in the body, or null when the page has none. */
        public String csrfTokenOrNull() {
            Matcher matcher = CSRF_TOKEN.matcher(body);
            return matcher.find() ? matcher.group(1) : null;
        }

        /** The CSRF token of the first Broadleaf form in the body. */
        public String csrfToken() {
            Matcher matcher = CSRF_TOKEN.matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("No csrfToken in the page");
            }
            return matcher.group(1);
        }
    }

    private static final String FORM = "application/x-www-form-urlencoded";

    public Response get(String path) throws IOException {
        return send("GET", path, null, null, false);
    }

    /**
     * Sends the request with extra headers, e.g. a forged Host (needs {@code sun.net.http.allowRestrictedHeaders}
     * set before the JVM's first HTTP connection).
     */
    public Response sendWithHeaders(String method, String path, Map<String, String> extraHeaders, String... formNamesAndValues)
            throws IOException {
        return send(method, path, method.equals("POST") ? FORM : null, method.equals("POST") ? form(formNamesAndValues) : null,
                false, extraHeaders);
    }

    /** The value of a cookie this client holds for the app, or null. */
    public String cookie(String name) {
        for (java.net.HttpCookie cookie : cookies.getCookieStore().getCookies()) {
            if (cookie.getName().equals(name)) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /** Posts the given name/value pairs as a form. */
    public Response post(String path, String... namesAndValues) throws IOException {
        return send("POST", path, FORM, form(namesAndValues), false);
    }

    /** Posts a form the way the widgets' script does (X-Requested-With: XMLHttpRequest). */
    public Response postFromScript(String path, String... namesAndValues) throws IOException {
        return send("POST", path, FORM, form(namesAndValues), true);
    }

    /** Posts a multipart form with one file, as a browser's file upload does. */
    public Response postFile(String path, String fileField, String fileName, byte[] content, String... namesAndValues)
            throws IOException {
        String boundary = "----crosssell" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + namesAndValues[i] + "\"\r\n\r\n"
                    + namesAndValues[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send("POST", path, "multipart/form-data; boundary=" + boundary, body.toByteArray(), false);
    }

    /** Adds each product through the demo's "Add to cart" form; fails unless every add lands on the cart. */
    public TestHttpClient addToCart(String... productIds) throws IOException {
        for (String productId : productIds) {
            String token = get("/bikes/metro-commuter-bike").csrfToken();
            Response added = post("/cart/add", "csrfToken", token, "productId", productId);
            if (added.location == null || !added.location.endsWith("/cart")) {
                throw new AssertionError("Adding product " + productId + " answered " + added.status + " " + added.location);
            }
        }
        return this;
    }

    /** Places the cart through the demo checkout (pay on delivery); returns the new order's number. */
    public String placeOrder(String email) throws IOException {
        String token = get("/checkout").csrfToken();
        Response placed = post("/checkout", "csrfToken", token, "emailAddress", email);
        Matcher number = CONFIRMATION.matcher(placed.location == null ? "" : placed.location);
        if (placed.status != 302 || !number.find()) {
            throw new AssertionError("Checkout answered " + placed.status + " " + placed.location + " instead of the confirmation");
        }
        return number.group(1);
    }

    /** The demo cart's lines as "productIdxquantity", read from the cart page. */
    public List<String> cartLines() throws IOException {
        Matcher line = CART_LINE.matcher(get("/cart").body);
        List<String> lines = new ArrayList<String>();
        while (line.find()) {
            lines.add(line.group(1) + "x" + line.group(2));
        }
        return lines;
    }

    /**
     * Sends a request as written (request line and headers, without the blank line) over a plain socket, for
     * requests java.net refuses to send (a malformed query); returns the status and the body.
     */
    public static Response raw(int port, String requestHead) throws IOException {
        java.net.Socket socket = new java.net.Socket("127.0.0.1", port);
        try {
            socket.setSoTimeout(30000);
            socket.getOutputStream().write((requestHead + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String answer = read(socket.getInputStream());
            int status = Integer.parseInt(answer.substring(9, 12));
            int bodyStart = answer.indexOf("\r\n\r\n");
            return new Response(status, null, bodyStart < 0 ? "" : answer.substring(bodyStart + 4),
                    Collections.<String, List<String>>singletonMap(null, Collections.singletonList(answer.substring(0, Math.max(bodyStart, 0)))));
        } finally {
            socket.close();
        }
    }

    private static byte[] form(String... namesAndValues) throws IOException {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (form.length() > 0) {
                form.append('&');
            }
            form.append(URLEncoder.encode(namesAndValues[i], "UTF-8")).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], "UTF-8"));
        }
        return form.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Response send(String method, String path, String contentType, byte[] content, boolean fromScript)
            throws IOException {
        return send(method, path, contentType, content, fromScript, Collections.<String, String>emptyMap());
    }

    private Response send(String method, String path, String contentType, byte[] content, boolean fromScript,
            Map<String, String> extraHeaders) throws IOException {
        URI uri = URI.create(baseUrl + path);
        HttpURLConnection connection = (HttpURLConnection) new URL(uri.toString()).openConnection();
        connection.setInstanceFollowRedirects(false);
        connection.setRequestMethod(method);
        connection.setConnectTimeout(5000);
        connection.setReadTimeout(30000);
        for (Map.Entry<String, List<String>> header
                : cookies.get(uri, Collections.<String, List<String>>emptyMap()).entrySet()) {
            for (String value : header.getValue()) {
                connection.addRequestProperty(header.getKey(), value);
            }
        }
        if (fromScript) {
            connection.setRequestProperty("X-Requested-With", "XMLHttpRequest");
        }
        for (Map.Entry<String, String> header : extraHeaders.entrySet()) {
            connection.setRequestProperty(header.getKey(), header.getValue());
        }
        if (content != null) {
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", contentType);
            OutputStream out = connection.getOutputStream();
            out.write(content);
            out.close();
        }
        int status = connection.getResponseCode();
        cookies.put(uri, connection.getHeaderFields());
        InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        String body = in == null ? "" : read(in);
        return new Response(status, connection.getHeaderField("Location"), body, connection.getHeaderFields());
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int count;
        while ((count = in.read(buffer)) != -1) {
            bytes.write(buffer, 0, count);
        }
        in.close();
        return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    }
}
