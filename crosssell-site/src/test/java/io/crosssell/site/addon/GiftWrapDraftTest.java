package io.crosssell.site.addon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

import io.crosssell.site.support.SessionRequests;

class GiftWrapDraftTest {

    @Test
    void aKeptDraftFillsTheNextPageOnceWithItsTicksAndMessage() {
        Map<String, Object> session = new HashMap<String, Object>();
        HttpServletRequest request = SessionRequests.withSession(session);

        GiftWrapDraft.keep(request, new GiftWrapDraft(1L, Arrays.asList(7L, 9L), "For Sam <3"));
        GiftWrapDraft taken = GiftWrapDraft.take(request);

        assertThat(taken.getAddOnId()).isEqualTo(1L);
        assertThat(taken.getTickedLineIds()).containsExactly(7L, 9L);
        assertThat(taken.getMessage()).isEqualTo("For Sam <3");
        assertThat(GiftWrapDraft.take(request)).as("taken once").isNull();
        assertThat(session).isEmpty();
    }

    @Test
    void aMessageOverTheKeptLimitIsCutAtTheLimit() {
        String huge = new String(new char[GiftWrapDraft.MAX_KEPT_CHARACTERS + 500]).replace('\0', 'x');

        GiftWrapDraft draft = new GiftWrapDraft(1L, Arrays.asList(7L), huge);

        assertThat(draft.getMessage()).hasSize(GiftWrapDraft.MAX_KEPT_CHARACTERS);
    }

    @Test
    void theGiftWrapFormTicksTheDraftsLinesOnlyAndShowsItsMessage() {
        GiftWrapDraft draft = new GiftWrapDraft(1L, Arrays.asList(7L), "Hello");
        AddOnsView.GiftWrapView view = new AddOnsView.GiftWrapView(null, 150, java.util.Collections.<AddOnsView.LineView>emptyList(),
                java.util.Collections.<AddOnsView.WrapView>emptyList(), draft);

        assertThat(view.getDraftMessage()).isEqualTo("Hello");
        assertThat(view.isTicked(7L)).isTrue();
        assertThat(view.isTicked(8L)).isFalse();
    }
}
