package io.crosssell.admin.experiment;

import java.math.BigDecimal;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import javax.servlet.http.HttpServletRequest;

import io.crosssell.experiment.ExperimentDefinition;
import io.crosssell.experiment.Treatment;
import io.crosssell.experiment.VariantSpec;
import io.crosssell.experiment.domain.CrossSellExperiment;
import io.crosssell.experiment.domain.CrossSellExperimentVariant;

/**
 * The experiment form as posted and as shown again: text fields kept as typed, up to five variant rows (a row
 * without a name is left out), the control chosen by a radio button. Reading it reports unreadable fields (a date,
 * a number) under their names, so the form can show every problem at once.
 */
public final class ExperimentForm {

    static final int ROWS = 5;

    private final Map<String, String> values = new LinkedHashMap<String, String>();
    private final Map<String, String> problems = new LinkedHashMap<String, String>();
    /** The form rows of the named variants, in order: variant n of the definition is row namedRows[n - 1]. */
    private List<Integer> namedRows = new ArrayList<Integer>();

    /** A new experiment's form, set up as the most common test: a 90/10 holdout. */
    static ExperimentForm holdoutTemplate() {
        ExperimentForm form = new ExperimentForm();
        form.values.put("placement", "fbt");
        form.values.put("primaryMetric", "REVENUE_PER_VISITOR");
        form.values.put("minimumDetectableEffect", "5");
        form.values.put("control", "1");
        form.row(1, "Widget shown", "90", Treatment.SAME.name(), "");
        form.row(2, "Holdout", "10", Treatment.HOLDOUT.name(), "");
        return form;
    }

    static ExperimentForm of(CrossSellExperiment experiment) {
        ExperimentForm form = new ExperimentForm();
        form.values.put("name", experiment.getName());
        form.values.put("hypothesis", experiment.getHypothesis());
        form.values.put("placement", experiment.getPlacement());
        form.values.put("startDate", format(experiment.getStartDate()));
        form.values.put("endDate", format(experiment.getEndDate()));
        form.values.put("primaryMetric", experiment.getPrimaryMetric());
        form.values.put("minimumDetectableEffect", experiment.getMinimumDetectableEffect() == null ? ""
                : experiment.getMinimumDetectableEffect().stripTrailingZeros().toPlainString());
        int row = 1;
        for (CrossSellExperimentVariant variant : experiment.getVariants()) {
            if (variant.isControl()) {
                form.values.put("control", String.valueOf(row));
            }
            form.row(row++, variant.getName(), String.valueOf(variant.getWeight()), variant.getTreatment(),
                    variant.getTreatmentValue() == null ? "" : variant.getTreatmentValue());
        }
        return form;
    }

    static ExperimentForm posted(HttpServletRequest request) {
        ExperimentForm form = new ExperimentForm();
        for (String field : new String[] {"name", "hypothesis", "placement", "startDate", "endDate", "primaryMetric",
            "minimumDetectableEffect", "control"}) {
            form.values.put(field, trim(request.getParameter(field)));
        }
        for (int row = 1; row <= ROWS; row++) {
            form.row(row, trim(request.getParameter("variant" + row + "Name")), trim(request.getParameter("variant" + row + "Weight")),
                    trim(request.getParameter("variant" + row + "Treatment")), trim(request.getParameter("variant" + row + "Value")));
        }
        return form;
    }

    private void row(int row, String name, String weight, String treatment, String value) {
        values.put("variant" + row + "Name", name);
        values.put("variant" + row + "Weight", weight);
        values.put("variant" + row + "Treatment", treatment);
        values.put("variant" + row + "Value", value);
    }

    /** The definition to validate and save; unreadable fields are recorded in {@link #problems()}. */
    ExperimentDefinition definition() {
        List<VariantSpec> variants = new ArrayList<VariantSpec>();
        List<Integer> rows = new ArrayList<Integer>();
        for (int row = 1; row <= ROWS; row++) {
            String name = values.get("variant" + row + "Name");
            if (name == null || name.isEmpty()) {
                continue;
            }
            Integer weight = weight("variant" + row + "Weight");
            variants.add(new VariantSpec(null, name, weight == null ? 0 : weight, String.valueOf(row).equals(values.get("control")),
                    Treatment.fromName(values.get("variant" + row + "Treatment")), values.get("variant" + row + "Value")));
            rows.add(row);
        }
        BigDecimal effect = null;
        try {
            String typed = values.get("minimumDetectableEffect");
            effect = typed == null || typed.isEmpty() ? null : new BigDecimal(typed);
        } catch (NumberFormatException e) {
            problems.put("minimumDetectableEffect", "Write the effect as a number, e.g. 5 for 5 %.");
        }
        namedRows = rows;
        return new ExperimentDefinition(values.get("name"), values.get("hypothesis"), values.get("placement"), date("startDate"),
                date("endDate"), values.get("primaryMetric"), effect, variants);
    }

    /**
     * Takes the service's problems, whose variant fields count the named rows ({@code variant.2.value}), onto the
     * form's rows ({@code variant3Value} when row 2 was left empty).
     */
    void addProblems(Map<String, String> serviceProblems) {
        for (Map.Entry<String, String> problem : serviceProblems.entrySet()) {
            String field = problem.getKey();
            if (field.startsWith("variant.")) {
                String[] parts = field.split("\\.");
                int position = Integer.parseInt(parts[1]);
                int row = position <= namedRows.size() ? namedRows.get(position - 1) : position;
                field = "variant" + row + Character.toUpperCase(parts[2].charAt(0)) + parts[2].substring(1);
            }
            if (!problems.containsKey(field)) {
                problems.put(field, problem.getValue());
            }
        }
    }

    private Integer weight(String field) {
        String typed = values.get(field);
        if (typed == null || !typed.matches("\\d{1,3}")) {
            problems.put(field, "A weight is a whole number from 1 to 100.");
            return null;
        }
        return Integer.valueOf(typed);
    }

    private Date date(String field) {
        String typed = values.get(field);
        if (typed == null || typed.isEmpty()) {
            return null;
        }
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        format.setLenient(false);
        try {
            return format.parse(typed);
        } catch (ParseException e) {
            problems.put(field, "Dates are written YYYY-MM-DD.");
            return null;
        }
    }

    private static String format(Date date) {
        if (date == null) {
            return "";
        }
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        return format.format(date);
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    public Map<String, String> getValues() {
        return values;
    }

    public Map<String, String> getProblems() {
        return problems;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
