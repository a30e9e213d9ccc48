package io.crosssell.learning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppliedChangesTest {

    private static final long HORIZON = 60000;

    @Test
    void movesPastRowsSeenInOrder() {
        AppliedChanges changes = new AppliedChanges(10, HORIZON);

        changes.applied(11, 0);
        changes.applied(12, 0);
        changes.advance(0);

        assertThat(changes.readAfter()).isEqualTo(12);
        assertThat(changes.waiting()).isZero();
    }

    @Test
    void waitsBelowAGapSoALateCommittedRowIsStillRead() {
        AppliedChanges changes = new AppliedChanges(10, HORIZON);
        changes.applied(12, 0);
        changes.advance(1000);

        assertThat(changes.readAfter()).as("row 11 may still commit").isEqualTo(10);
        assertThat(changes.isApplied(12)).as("row 12 is not applied twice").isTrue();
        assertThat(changes.isApplied(11)).isFalse();

        changes.applied(11, 2000);
        changes.advance(2000);

        assertThat(changes.readAfter()).isEqualTo(12);
        assertThat(changes.waiting()).isZero();
    }

    @Test
    void givesUpAGapOnceItIsOlderThanTheHorizon() {
        AppliedChanges changes = new AppliedChanges(10, HORIZON);
        changes.applied(12, 5000);
        changes.applied(14, 7000);

        changes.advance(5000 + HORIZON - 1);
        assertThat(changes.readAfter()).isEqualTo(10);

        changes.advance(5000 + HORIZON);
        assertThat(changes.readAfter()).as("11 never came; 13 is younger than the horizon").isEqualTo(12);

        changes.advance(7000 + HORIZON);
        assertThat(changes.readAfter()).isEqualTo(14);
    }

    @Test
    void neverGoesBackForRowsAtOrBelowThePosition() {
        AppliedChanges changes = new AppliedChanges(10, HORIZON);

        changes.applied(9, 0);
        changes.advance(0);

        assertThat(changes.isApplied(9)).isTrue();
        assertThat(changes.readAfter()).isEqualTo(10);
        assertThat(changes.waiting()).isZero();
    }
}
