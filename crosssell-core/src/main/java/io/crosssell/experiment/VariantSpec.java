package io.crosssell.experiment;

/** One variant as a merchandiser defines it: a name, a traffic weight, whether it is the control, and its treatment. */
public final class VariantSpec {

    private final Long id;
    private final String name;
    private final int weight;
    private final boolean control;
    private final Treatment treatment;
    private final String value;

    public VariantSpec(Long id, String name, int weight, boolean control, Treatment treatment, String value) {
        this.id = id;
        this.name = name;
        this.weight = weight;
        this.control = control;
        this.treatment = treatment;
        this.value = value;
    }

    /** The stored variant's id, or null before it is saved. */
    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int weight() {
        return weight;
    }

    public boolean isControl() {
        return control;
    }

    public Treatment treatment() {
        return treatment;
    }

    /** The treatment's value (items, title, strategy), or null. */
    public String value() {
        return value;
    }
}
