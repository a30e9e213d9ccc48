package io.crosssell.tracking;

/** Where a storefront reports what its recorder did (so the admin, another JVM, can show drops). */
public interface TrackingHealthReporter {

    /** Stores this JVM's counts; may throw when the store is unreachable (the recorder tries again later). */
    void report(TrackingRecorder.Stats stats) throws Exception;
}
