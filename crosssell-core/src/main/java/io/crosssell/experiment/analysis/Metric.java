package io.crosssell.experiment.analysis;

/** The figures an experiment is judged on; one of them is the primary metric the test is planned for. */
public enum Metric {

    /** Revenue divided by exposed visitors, visitors who bought nothing included. */
    REVENUE_PER_VISITOR("revenue per visitor"),
    /** Share of exposed visitors with at least one order. */
    CONVERSION_RATE("conversion rate"),
    /** Revenue divided by orders. */
    AVERAGE_ORDER_VALUE("average order value"),
    /** Share of orders with a cross-sell line. */
    ATTACH_RATE("attach rate");

    private final String label;

    Metric(String label) {
        this.label = label;
    }

    /** The metric's name in a sentence for a merchandiser, e.g. "revenue per visitor". */
    public String label() {
        return label;
    }
}
