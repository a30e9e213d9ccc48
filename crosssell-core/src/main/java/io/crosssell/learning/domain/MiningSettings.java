package io.crosssell.learning.domain;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * The thresholds a merchandiser saved in the admin, one row; without it the configured
 * {@code crosssell.mining.*} values apply. Kept apart from {@link MiningState} so saving them never waits for
 * the lock a rebuild holds.
 */
@Entity
@Table(name = "CS_MINING_SETTINGS")
public class MiningSettings {

    public static final long SINGLETON_ID = 1L;

    @Id
    @Column(name = "ID", nullable = false)
    protected Long id = SINGLETON_ID;

    @Column(name = "MIN_PAIR_COUNT", nullable = false)
    protected Double minPairCount;

    @Column(name = "MIN_CONFIDENCE", nullable = false)
    protected Double minConfidence;

    @Column(name = "MIN_LIFT", nullable = false)
    protected Double minLift;

    @Column(name = "HALF_LIFE_DAYS", nullable = false)
    protected Double halfLifeDays;

    @Column(name = "DATE_UPDATED")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date dateUpdated;

    public double getMinPairCount() {
        return minPairCount;
    }

    public double getMinConfidence() {
        return minConfidence;
    }

    public double getMinLift() {
        return minLift;
    }

    public double getHalfLifeDays() {
        return halfLifeDays;
    }

    public void set(double pairCount, double confidence, double lift, double halfLife) {
        this.minPairCount = pairCount;
        this.minConfidence = confidence;
        this.minLift = lift;
        this.halfLifeDays = halfLife;
        this.dateUpdated = new Date();
    }
}
