package io.crosssell.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class ImportReportTest {

    @Test
    void keepsTheFirstHundredProblemsAndCountsTheRest() {
        List<String> problems = new ArrayList<String>();
        for (int row = 2; row < 5_002; row++) {
            problems.add("Row " + row + ": bad");
        }

        ImportReport report = new ImportReport(false, problems, Collections.<String>emptyList(), problems);

        assertThat(report.problems).hasSize(ImportReport.MAX_SHOWN).startsWith("Row 2: bad").endsWith("Row 101: bad");
        assertThat(report.problemCount).isEqualTo(5_000);
        assertThat(report.getHiddenProblemCount()).isEqualTo(4_900);
        assertThat(report.changes).hasSize(100);
        assertThat(report.getHiddenWarningCount()).isZero();
    }

    @Test
    void aSpentBudgetStopsWithItsMessage() {
        ImportBudget spent = ImportBudget.startingNow(0);

        assertThatThrownBy(spent::check).isInstanceOf(ImportBudget.Exceeded.class)
                .hasMessage("The import took longer than 0 s and was stopped; nothing was written. Import fewer rows at a time.");
        ImportBudget.startingNow(20_000).check();
        ImportBudget.unlimited().check();
    }
}
