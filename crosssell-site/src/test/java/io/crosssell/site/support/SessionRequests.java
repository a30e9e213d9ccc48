package io.crosssell.site.support;

import java.lang.reflect.Proxy;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

/** Requests for unit tests of what the storefront keeps in a shopper's session. */
public final class SessionRequests {

    private SessionRequests() {
    }

    /** A request whose session (created on demand) keeps attributes in a map; nothing else of the servlet API. */
    public static HttpServletRequest withSession(final Map<String, Object> attributes) {
        final HttpSession session = (HttpSession) Proxy.newProxyInstance(HttpSession.class.getClassLoader(),
                new Class<?>[] {HttpSession.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getAttribute":
                            return attributes.get(args[0]);
                        case "setAttribute":
                            attributes.put((String) args[0], args[1]);
                            return null;
                        case "removeAttribute":
                            attributes.remove(args[0]);
                            return null;
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getSession")) {
                        return session;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
