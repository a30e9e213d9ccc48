package io.crosssell.experiment.domain;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * A placement's defaults as a winning variant left them ("make the winner the default"): shown or not, number
 * of items, title, strategy. No row: the placement as the module ships it.
 */
@Entity
@Table(name = "CS_PLACEMENT_SETTING")
public class PlacementSetting {

    @Id
    @Column(name = "PLACEMENT", length = 40)
    protected String placement;

    @Column(name = "ENABLED", nullable = false)
    protected Boolean enabled;

    @Column(name = "MAX_ITEMS")
    protected Integer maxItems;

    @Column(name = "TITLE", length = 100)
    protected String title;

    @Column(name = "STRATEGY", length = 30)
    protected String strategy;

    /** The experiment whose winner set this, for the admin to say so. */
    @Column(name = "FROM_EXPERIMENT_ID")
    protected Long fromExperimentId;

    @Column(name = "DATE_UPDATED", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date dateUpdated;

    protected PlacementSetting() {
    }

    public PlacementSetting(String placement) {
        this.placement = placement;
        this.enabled = Boolean.TRUE;
        this.dateUpdated = new Date();
    }

    public String getPlacement() {
        return placement;
    }

    public boolean isEnabled() {
        return !Boolean.FALSE.equals(enabled);
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Integer getMaxItems() {
        return maxItems;
    }

    public void setMaxItems(Integer maxItems) {
        this.maxItems = maxItems;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getStrategy() {
        return strategy;
    }

    public void setStrategy(String strategy) {
        this.strategy = strategy;
    }

    public Long getFromExperimentId() {
        return fromExperimentId;
    }

    public void setFromExperimentId(Long experimentId) {
        this.fromExperimentId = experimentId;
    }

    public void touch() {
        this.dateUpdated = new Date();
    }
}
