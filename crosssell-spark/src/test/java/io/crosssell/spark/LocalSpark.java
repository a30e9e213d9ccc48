package io.crosssell.spark;

import org.apache.spark.sql.SparkSession;

/** A Spark session in local[2], as small as a test on a shared 2-core machine allows. */
final class LocalSpark {

    private LocalSpark() {
    }

    static SparkSession start() {
        return SparkSession.builder()
                .master("local[2]")
                .appName("crosssell-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                // Eight shuffle partitions for data of one machine; a cluster keeps Spark's default or more.
                .config("spark.sql.shuffle.partitions", "8")
                .getOrCreate();
    }
}
