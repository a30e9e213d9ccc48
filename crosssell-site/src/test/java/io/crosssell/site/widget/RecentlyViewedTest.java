package io.crosssell.site.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

import org.junit.jupiter.api.Test;

class RecentlyViewedTest {

    /** A request whose session (created on demand) keeps attributes in a map; nothing else of the servlet API. */
    private static HttpServletRequest requestWithSession(final Map<String, Object> attributes) {
        final HttpSession session = (HttpSession) Proxy.newProxyInstance(HttpSession.class.getClassLoader(),
                new Class<?>[] {HttpSession.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getAttribute":
                            return attributes.get(args[0]);
                        case "setAttribute":
                            attributes.put((String) args[0], args[1]);
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

    @Test
    void theLatestViewComesFirstAViewAgainMovesItUpAndOnlyTheTenLatestAreKept() {
        HttpServletRequest request = requestWithSession(new HashMap<String, Object>());
        for (long product = 101; product <= 112; product++) {
            RecentlyViewed.viewed(request, product);
        }
        RecentlyViewed.viewed(request, 105);

        assertThat(RecentlyViewed.of(request)).containsExactly(105L, 112L, 111L, 110L, 109L, 108L, 107L, 106L, 104L, 103L)
                .hasSize(RecentlyViewed.MAX);
    }

    @Test
    void aSessionAttributeOfAnotherShapeReadsAsNoHistory() {
        Map<String, Object> attributes = new HashMap<String, Object>();
        attributes.put(RecentlyViewed.SESSION_ATTRIBUTE, "101,102");

        assertThat(RecentlyViewed.of(requestWithSession(attributes))).isEmpty();
        assertThat(RecentlyViewed.of(null)).isEmpty();
    }
}
