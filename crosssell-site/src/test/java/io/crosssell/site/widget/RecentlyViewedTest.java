package io.crosssell.site.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

import io.crosssell.site.support.SessionRequests;

class RecentlyViewedTest {

    @Test
    void theLatestViewComesFirstAViewAgainMovesItUpAndOnlyTheTenLatestAreKept() {
        HttpServletRequest request = SessionRequests.withSession(new HashMap<String, Object>());
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

        assertThat(RecentlyViewed.of(SessionRequests.withSession(attributes))).isEmpty();
        assertThat(RecentlyViewed.of(null)).isEmpty();
    }
}
