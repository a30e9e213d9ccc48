package io.crosssell.tracking;

/** Where counter batches go: adds each row's increments to what is stored (the database, in a shop). */
public interface CounterSink {

    /** Adds the batch's increments; throws when nothing of it could be stored. */
    void write(CounterBatch batch) throws Exception;
}
