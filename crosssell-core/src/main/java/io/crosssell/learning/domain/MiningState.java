package io.crosssell.learning.domain;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * The single row describing the statistics: total (weighted) basket count, a version bumped by every
 * change (how the storefront notices changes made by another process), and the last rebuild.
 * Writers lock this row, so a rebuild and incremental updates never interleave.
 */
@Entity
@Table(name = "CS_MINING_STATE")
public class MiningState {

    public static final long SINGLETON_ID = 1L;

    @Id
    @Column(name = "ID", nullable = false)
    protected Long id = SINGLETON_ID;

    @Column(name = "BASKETS", nullable = false)
    protected Double baskets = 0.0;

    @Column(name = "VERSION_STAMP", nullable = false)
    protected Long versionStamp = 0L;

    // Decay weights are 2^((submitted - reference) / half-life); ratios do not depend on the reference.
    @Column(name = "DECAY_REFERENCE", nullable = false)
    protected Long decayReferenceMillis = 0L;

    @Column(name = "LAST_REBUILD_STARTED")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date lastRebuildStarted;

    @Column(name = "LAST_REBUILD_MILLIS")
    protected Long lastRebuildMillis;

    @Column(name = "LAST_REBUILD_ORDERS")
    protected Integer lastRebuildOrders;

    public double getBaskets() {
        return baskets;
    }

    public void setBaskets(double baskets) {
        this.baskets = baskets;
    }

    public long getVersionStamp() {
        return versionStamp;
    }

    public void bumpVersion() {
        versionStamp = versionStamp + 1;
    }

    public long getDecayReferenceMillis() {
        return decayReferenceMillis;
    }

    public void setDecayReferenceMillis(long decayReferenceMillis) {
        this.decayReferenceMillis = decayReferenceMillis;
    }

    public Date getLastRebuildStarted() {
        return lastRebuildStarted;
    }

    public Long getLastRebuildMillis() {
        return lastRebuildMillis;
    }

    public Integer getLastRebuildOrders() {
        return lastRebuildOrders;
    }

    public void recordRebuild(Date started, long millis, int orders) {
        this.lastRebuildStarted = started;
        this.lastRebuildMillis = millis;
        this.lastRebuildOrders = orders;
    }
}
