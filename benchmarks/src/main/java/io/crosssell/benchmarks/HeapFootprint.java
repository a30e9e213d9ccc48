package io.crosssell.benchmarks;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.crosssell.mining.CoPurchaseMiner;
import io.crosssell.mining.CoPurchaseStatistics;

/**
 * Heap of a full rebuild on retail.dat, outside JMH. Without arguments (or with a number of rebuilds): the
 * heap the parsed baskets and the finished statistics retain (in use after full GCs), and the rebuilds'
 * time and GCs under whatever {@code -Xmx} it runs with. With {@code --smallest-heap}: runs itself in
 * child JVMs to find the smallest {@code -Xmx} at which parsing plus 5 rebuilds finish without
 * OutOfMemoryError, to within 4 MB: the peak heap a rebuild needs, input included.
 */
public final class HeapFootprint {

    private HeapFootprint() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length > 0 && args[0].equals("--smallest-heap")) {
            smallestHeap();
        } else {
            measure(args.length > 0 ? Integer.parseInt(args[0]) : 10);
        }
    }

    private static void measure(int rounds) {
        long empty = settledHeap();
        Dataset retail = Dataset.retail();
        long withBaskets = settledHeap();

        long gcsBefore = gcCount();
        long gcMillisBefore = gcMillis();
        CoPurchaseStatistics statistics = null;
        long best = Long.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            statistics = null;
            long start = System.nanoTime();
            statistics = CoPurchaseMiner.mine(retail.baskets);
            best = Math.min(best, System.nanoTime() - start);
        }
        long gcs = gcCount() - gcsBefore;
        long gcMillis = gcMillis() - gcMillisBefore;
        long withStatistics = settledHeap();

        System.out.printf(Locale.ROOT, "max heap (-Xmx)                          %7.1f MB%n", mb(Runtime.getRuntime().maxMemory()));
        System.out.printf(Locale.ROOT, "retained: parsed baskets (the input)     %7.1f MB%n", mb(withBaskets - empty));
        System.out.printf(Locale.ROOT, "retained: statistics, %,d pairs   %7.1f MB%n", statistics.distinctPairs(),
                mb(withStatistics - withBaskets));
        System.out.printf(Locale.ROOT, "%d rebuilds: best %.0f ms; %d GCs, %d ms of GC in all%n", rounds, best / 1e6,
                gcs, gcMillis);
    }

    private static void smallestHeap() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = Paths.get(System.getProperty("java.class.path")).toAbsolutePath().toString();
        List<String> properties = new ArrayList<>();
        if (System.getProperty(Dataset.DATA_DIR_PROPERTY) != null) {
            properties.add("-D" + Dataset.DATA_DIR_PROPERTY + "=" + System.getProperty(Dataset.DATA_DIR_PROPERTY));
        }
        int fails = 32;
        int works = 256;
        if (!fits(java, classPath, properties, works)) {
            System.out.printf(Locale.ROOT, "does not fit in %d MB%n", works);
            return;
        }
        while (works - fails > 4) {
            int middle = (fails + works) / 2;
            if (fits(java, classPath, properties, middle)) {
                works = middle;
            } else {
                fails = middle;
            }
        }
        System.out.printf(Locale.ROOT, "smallest -Xmx for parsing retail.dat + 5 rebuilds: %d MB (fails at %d MB)%n", works, fails);
    }

    private static boolean fits(String java, String classPath, List<String> properties, int megabytes)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + megabytes + "m"));
        command.addAll(properties);
        command.addAll(List.of("-cp", classPath, HeapFootprint.class.getName(), "5"));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes());
        boolean ok = child.waitFor() == 0;
        System.out.printf(Locale.ROOT, "  -Xmx%dm: %s%n", megabytes, ok ? "ok" : "fails ("
                + (output.contains("OutOfMemoryError") ? "OutOfMemoryError" : output.strip()) + ")");
        return ok;
    }

    private static long settledHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
