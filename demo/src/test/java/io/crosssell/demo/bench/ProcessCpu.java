package io.crosssell.demo.bench;

import java.io.File;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * CPU the JVM-wide figure cannot tell apart: the tracking writer thread's own, the collector's time, and the CPU of
 * the database server's processes on this machine (Linux {@code /proc}, processes named as in
 * {@code pagecost.dbProcesses}, default postgres, mariadbd and mysqld; -1 when none is readable, as with HSQLDB in
 * this JVM). A page's tracking cost is the writer's share, the database's difference between the modes and the
 * request thread's part, which the benchmarks module measures on its own ({@code TrackingRecordBenchmark}).
 */
final class ProcessCpu {
    static final ProcessCpu ZERO = new ProcessCpu(0, 0, 0, 0);
    /** Linux reports process times in clock ticks of 1/100 s (USER_HZ) on every architecture the JDK runs on. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    final long writerNanos;
    final long databaseNanos;
    final long gcMillis;
    final long gcCount;

    ProcessCpu(long writerNanos, long databaseNanos, long gcMillis, long gcCount) {
        this.writerNanos = writerNanos;
        this.databaseNanos = databaseNanos;
        this.gcMillis = gcMillis;
        this.gcCount = gcCount;
    }

    static ProcessCpu now() {
        long gcMillis = 0;
        long gcCount = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMillis += Math.max(0, collector.getCollectionTime());
            gcCount += Math.max(0, collector.getCollectionCount());
        }
        return new ProcessCpu(writerCpuNanos(), databaseCpuNanos(), gcMillis, gcCount);
    }

    ProcessCpu minus(ProcessCpu earlier) {
        return new ProcessCpu(writerNanos - earlier.writerNanos,
                databaseNanos < 0 || earlier.databaseNanos < 0 ? -1 : databaseNanos - earlier.databaseNanos,
                gcMillis - earlier.gcMillis, gcCount - earlier.gcCount);
    }

    ProcessCpu plus(ProcessCpu other) {
        return new ProcessCpu(writerNanos + other.writerNanos,
                databaseNanos < 0 || other.databaseNanos < 0 ? -1 : databaseNanos + other.databaseNanos,
                gcMillis + other.gcMillis, gcCount + other.gcCount);
    }

    private static long writerCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if ("crosssell-tracking-writer".equals(thread.getName())) {
                return Math.max(0, threads.getThreadCpuTime(thread.getId()));
            }
        }
        return 0;
    }

    /** Total user and system CPU of the database server's processes since they started, or -1. */
    static long databaseCpuNanos() {
        Set<String> names = new HashSet<String>(Arrays.asList(
                System.getProperty("pagecost.dbProcesses", "postgres,mariadbd,mysqld").split(",")));
        File[] processes = new File("/proc").listFiles();
        if (processes == null) {
            return -1;
        }
        long ticks = 0;
        boolean found = false;
        for (File process : processes) {
            if (!process.getName().matches("\\d+")) {
                continue;
            }
            try {
                String stat = new String(Files.readAllBytes(new File(process, "stat").toPath()),
                        StandardCharsets.US_ASCII);
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                if (open < 0 || close < open || !names.contains(stat.substring(open + 1, close))) {
                    continue;
                }
                // After "pid (comm)": state is field 3, utime 14 and stime 15.
                String[] fields = stat.substring(close + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                found = true;
            } catch (IOException | RuntimeException gone) {
                // The process ended between the listing and the read: its time is no longer counted by anyone.
            }
        }
        return found ? ticks * NANOS_PER_TICK : -1;
    }
}
