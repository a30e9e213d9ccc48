package io.crosssell.demo.launch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Driving Broadleaf's admin forms over HTTP: logging in and posting an entity form as the browser would. */
final class AdminForms {

    private static final Pattern HIDDEN_INPUT = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    private AdminForms() {
    }

    static TestHttpClient.Response logIn(TestHttpClient http, String user, String password) throws Exception {
        String token = http.get("/login").csrfToken();
        return http.post("/login_admin_post", "j_username", user, "j_password", password, "csrfToken", token);
    }

    /** Name/value pairs of the hidden inputs of the page's entity form (CSRF token, entity type, crumbs). */
    static List<String> hiddenFields(String page) {
        List<String> fields = new ArrayList<String>();
        Matcher input = HIDDEN_INPUT.matcher(page);
        while (input.find()) {
            Matcher name = NAME.matcher(input.group());
            Matcher value = VALUE.matcher(input.group());
            if (name.find() && !name.group(1).startsWith("fields[")) {
                fields.add(name.group(1).replace("&#39;", "'"));
                fields.add(value.find() ? value.group(1).replace("&amp;", "&") : "");
            }
        }
        return fields;
    }

    /** The hidden fields of the form at {@code formPath} followed by {@code fields['name'].value} pairs. */
    static String[] form(TestHttpClient http, String formPath, String... namesAndValues) throws Exception {
        List<String> fields = hiddenFields(http.get(formPath).body);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.add("fields['" + namesAndValues[i] + "'].value");
            fields.add(namesAndValues[i + 1]);
        }
        return fields.toArray(new String[0]);
    }

    static void replaceToken(List<String> fields, String token) {
        int at = fields.indexOf("csrfToken");
        if (at >= 0 && token != null) {
            fields.set(at + 1, token);
        }
    }

    static List<String> asList(String[] fields) {
        return new ArrayList<String>(Arrays.asList(fields));
    }
}
