package io.crosssell.site.web;

import javax.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** What the storefront endpoints answer plain forms (a 303 redirect) versus the widgets' scripts (JSON). */
public final class FormResponses {

    private FormResponses() {
    }

    /** The widgets' scripts post with {@code X-Requested-With: XMLHttpRequest}; plain forms do not. */
    public static boolean isScript(HttpServletRequest request) {
        return "XMLHttpRequest".equals(request.getHeader("X-Requested-With"));
    }

    static ResponseEntity<String> redirect(HttpServletRequest request, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Location", request.getContextPath() + path);
        return new ResponseEntity<String>("", headers, HttpStatus.SEE_OTHER);
    }

    /** Back to the path with the query parameters added, e.g. {@code csError=no-items}, whether or not it has a query. */
    static ResponseEntity<String> redirect(HttpServletRequest request, String path, String query) {
        return redirect(request, withQuery(path, query));
    }

    /**
     * Back to the path (with the query parameters, if any) at the element with this id, so a plain form's page opens
     * where the shopper was instead of at its top.
     */
    static ResponseEntity<String> redirectToElement(HttpServletRequest request, String path, String query, String elementId) {
        int fragment = path.indexOf('#');
        String page = fragment < 0 ? path : path.substring(0, fragment);
        return redirect(request, (query == null ? page : withQuery(page, query)) + "#" + elementId);
    }

    private static String withQuery(String path, String query) {
        return path + (path.contains("?") ? "&" : "?") + query;
    }
}
