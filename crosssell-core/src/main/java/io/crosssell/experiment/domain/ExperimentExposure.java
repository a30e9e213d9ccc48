package io.crosssell.experiment.domain;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * The first time a visitor reached an experiment's placement, and the variant they were in: one row per
 * experiment and visitor (the key), so a visitor counts once however often they come back.
 */
@Entity
@Table(name = ExperimentExposure.TABLE)
public class ExperimentExposure {

    public static final String TABLE = "CS_EXPERIMENT_EXPOSURE";

    @EmbeddedId
    protected Key id;

    @Column(name = "VARIANT_ID", nullable = false)
    protected Long variantId;

    @Column(name = "FIRST_EXPOSED", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date firstExposed;

    protected ExperimentExposure() {
    }

    public Key getId() {
        return id;
    }

    public long getVariantId() {
        return variantId;
    }

    public Date getFirstExposed() {
        return firstExposed;
    }

    /** Experiment and visitor key ({@code c<customer id>} or {@code v<visitor cookie>}). */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "EXPERIMENT_ID", nullable = false)
        protected Long experimentId;

        @Column(name = "VISITOR_KEY", nullable = false, length = 50)
        protected String visitorKey;

        public Key() {
        }

        public Key(long experimentId, String visitorKey) {
            this.experimentId = experimentId;
            this.visitorKey = visitorKey;
        }

        public Long getExperimentId() {
            return experimentId;
        }

        public String getVisitorKey() {
            return visitorKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && experimentId.equals(((Key) other).experimentId)
                    && visitorKey.equals(((Key) other).visitorKey);
        }

        @Override
        public int hashCode() {
            return experimentId.hashCode() * 31 + visitorKey.hashCode();
        }
    }
}
