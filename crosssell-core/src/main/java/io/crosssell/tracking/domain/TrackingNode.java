package io.crosssell.tracking.domain;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * What one storefront JVM's tracking recorder did since it started: events taken, written and dropped. Each JVM
 * overwrites its own row, so the admin (another JVM) can show drops without any shared memory.
 */
@Entity
@Table(name = "CS_TRACKING_NODE")
public class TrackingNode {

    @Id
    @Column(name = "NODE_ID", length = 100)
    protected String nodeId;

    @Column(name = "STARTED", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date started;

    @Column(name = "LAST_REPORT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date lastReport;

    @Column(name = "RECORDED", nullable = false)
    protected Long recorded;

    @Column(name = "WRITTEN", nullable = false)
    protected Long written;

    @Column(name = "DROPPED_QUEUE_FULL", nullable = false)
    protected Long droppedQueueFull;

    @Column(name = "DROPPED_WRITE_FAILED", nullable = false)
    protected Long droppedWriteFailed;

    protected TrackingNode() {
    }

    public TrackingNode(String nodeId, Date started) {
        this.nodeId = nodeId;
        this.started = started;
        this.lastReport = started;
        this.recorded = 0L;
        this.written = 0L;
        this.droppedQueueFull = 0L;
        this.droppedWriteFailed = 0L;
    }

    public void update(Date reported, long recorded, long written, long droppedQueueFull, long droppedWriteFailed) {
        this.lastReport = reported;
        this.recorded = recorded;
        this.written = written;
        this.droppedQueueFull = droppedQueueFull;
        this.droppedWriteFailed = droppedWriteFailed;
    }

    public String getNodeId() {
        return nodeId;
    }

    public Date getStarted() {
        return started;
    }

    public Date getLastReport() {
        return lastReport;
    }

    public long getRecorded() {
        return recorded;
    }

    public long getWritten() {
        return written;
    }

    public long getDroppedQueueFull() {
        return droppedQueueFull;
    }

    public long getDroppedWriteFailed() {
        return droppedWriteFailed;
    }

    public long getDropped() {
        return droppedQueueFull + droppedWriteFailed;
    }
}
