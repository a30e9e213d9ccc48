package io.crosssell.demo.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import io.crosssell.demo.launch.DatabaseSettings;
import io.crosssell.demo.launch.EmbeddedWebApp;
import io.crosssell.site.widget.CrossSellWidgetService;
import io.crosssell.tracking.TrackingRecorder;

/**
 * Page cost of the widgets and of tracking: the demo product page under load in one storefront JVM, driven by
 * a closed-loop Java load generator on loopback, in two (or three) modes. {@code pagecost.compare} picks them:
 * {@code widgets} (the default) compares the page with the "frequently bought together" widget against the
 * same page with widgets switched off; {@code tracking} compares the page with its widget and tracking on
 * against the same page with tracking switched off ({@code csTrackingRecorder.setEnabled(false)}); {@code all}
 * runs the three modes (widgets and tracking on; widgets on, tracking off; widgets off). Rounds rotate the
 * modes' order (on/off, then off/on…) so warm-up drift and background noise fall on all; each mode's
 * throughput and latency percentiles, and what the tracking recorder took in, are printed per round and over
 * all rounds. Requests carry a desktop browser's User-Agent (the recorder leaves out crawlers and requests
 * without one).
 * Settings (system properties): pagecost.compare (widgets), pagecost.seconds (per mode and round, 15),
 * pagecost.rounds (6), pagecost.threads (2), pagecost.warmupSeconds (60, shared by the modes),
 * pagecost.path (/bikes/metro-commuter-bike).
 */
public final class PageCostBenchmark {

    private static final String MARKER = "data-cs-placement=\"fbt\"";
    /** What the load generator says it is: a desktop browser, so the page view is tracked as a shopper's. */
    static final String BROWSER_USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    private PageCostBenchmark() {
    }

    /** One setting of the storefront under load. */
    static final class Mode {
        final String label;
        final boolean widgets;
        final boolean tracking;

        Mode(String label, boolean widgets, boolean tracking) {
            this.label = label;
            this.widgets = widgets;
            this.tracking = tracking;
        }

        /** Whether its page views record events: widgets shown and tracking on. */
        boolean records() {
            return widgets && tracking;
        }
    }

    static final Mode WIDGETS_AND_TRACKING = new Mode("widgets on, tracking on", true, true);
    static final Mode TRACKING_OFF = new Mode("widgets on, tracking off", true, false);
    static final Mode WIDGETS_OFF = new Mode("widgets off", false, true);

    /** What one mode's phase measured. */
    static final class Phase {
        final Mode mode;
        final long requests;
        final double seconds;
        final long[] latenciesNanos;
        /** Events the recorder took in (and dropped) during the phase. */
        final long recorded;
        final long dropped;
        /** CPU time of this whole JVM (server, load generator, tracking writer, collector) over the phase and its writes. */
        final long cpuNanos;
        /** What the JVM's figure holds apart, and what the database server's processes took (-1 where not readable). */
        final ProcessCpu shares;

        Phase(Mode mode, long requests, double seconds, long[] latenciesNanos, long recorded, long dropped, long cpuNanos,
                ProcessCpu shares) {
            this.mode = mode;
            this.requests = requests;
            this.seconds = seconds;
            this.latenciesNanos = latenciesNanos;
            this.recorded = recorded;
            this.dropped = dropped;
            this.cpuNanos = cpuNanos;
            this.shares = shares;
        }

        double throughput() {
            return requests / seconds;
        }

        /** Pages per CPU-second: what the JVM's own work allows, whatever else the machine runs. */
        double pagesPerCpuSecond() {
            return cpuNanos <= 0 ? 0 : requests / (cpuNanos / 1e9);
        }
    }

    /**
     * Runs the harness and exits non-zero when it fails: a storefront that fails to boot leaves Jetty's
     * non-daemon threads behind, and the JVM would otherwise wait forever.
     */
    public static void main(String[] args) {
        try {
            measure();
        } catch (Throwable failed) {
            failed.printStackTrace();
            System.exit(1);
        }
    }

    private static void measure() throws Exception {
        String compare = System.getProperty("pagecost.compare", "widgets").trim().toLowerCase(Locale.ROOT);
        int seconds = Integer.getInteger("pagecost.seconds", 15);
        int rounds = Integer.getInteger("pagecost.rounds", 6);
        int threads = Integer.getInteger("pagecost.threads", 2);
        int warmup = Integer.getInteger("pagecost.warmupSeconds", 60);
        String path = System.getProperty("pagecost.path", "/bikes/metro-commuter-bike");
        List<Mode> modes;
        if ("widgets".equals(compare)) {
            modes = Arrays.asList(WIDGETS_AND_TRACKING, WIDGETS_OFF);
        } else if ("tracking".equals(compare)) {
            modes = Arrays.asList(WIDGETS_AND_TRACKING, TRACKING_OFF);
        } else if ("all".equals(compare)) {
            modes = Arrays.asList(WIDGETS_AND_TRACKING, TRACKING_OFF, WIDGETS_OFF);
        } else {
            throw new IllegalArgumentException("pagecost.compare must be widgets, tracking or all, not " + compare);
        }

        // In-memory HSQLDB in this JVM unless a database is given (crosssell.demo.db.url, as for the demo): a server
        // database outside the JVM is how a shop runs, and keeps the database's own work off this JVM's heap.
        DatabaseSettings given = DatabaseSettings.fromSystemProperties();
        EmbeddedWebApp site = EmbeddedWebApp.start(EmbeddedWebApp.App.SITE, 0,
                given != null ? given : DatabaseSettings.hsqldbInMemory("page-cost"), true);
        try {
            CrossSellWidgetService widgets = site.rootContext().getBean("csWidgetService", CrossSellWidgetService.class);
            TrackingRecorder tracking = site.rootContext().getBean("csTrackingRecorder", TrackingRecorder.class);
            String url = site.baseUrl() + path;
            check(widgets, tracking, url);
            System.out.printf(Locale.ROOT, "[page-cost] %s, comparing %s, %d client threads, %d rounds of %d s per mode, %d s warm-up%n",
                    url, compare, threads, rounds, seconds, warmup);
            for (Mode mode : modes) {
                run(widgets, tracking, mode, url, threads, Math.max(1, warmup / modes.size()));
            }
            Map<Mode, List<Phase>> phases = new LinkedHashMap<Mode, List<Phase>>();
            for (Mode mode : modes) {
                phases.put(mode, new ArrayList<Phase>());
            }
            for (int round = 1; round <= rounds; round++) {
                // Round r starts with mode r - 1 (mod the number of modes): on/off, off/on… for two.
                for (int i = 0; i < modes.size(); i++) {
                    Mode mode = modes.get((round - 1 + i) % modes.size());
                    Phase phase = run(widgets, tracking, mode, url, threads, seconds);
                    phases.get(mode).add(phase);
                    System.out.printf(Locale.ROOT, "[page-cost] round %d, %-24s: %8.1f req/s, %7.1f pages per CPU-s, median %6.2f ms,"
                            + " p99 %6.2f ms; %s events recorded (%.2f per page), %d dropped%n",
                            round, mode.label, phase.throughput(), phase.pagesPerCpuSecond(), millis(percentile(phase.latenciesNanos, 0.50)),
                            millis(percentile(phase.latenciesNanos, 0.99)), phase.recorded,
                            phase.requests == 0 ? 0.0 : (double) phase.recorded / phase.requests, phase.dropped);
                }
            }
            report(phases, rounds, tracking);
        } finally {
            site.close();
        }
    }

    /** The widget shows in the modes with widgets only; one page view records events with tracking on only. */
    private static void check(CrossSellWidgetService widgets, TrackingRecorder tracking, String url) throws IOException {
        widgets.setEnabled(true);
        tracking.setEnabled(true);
        long before = tracking.stats().recorded;
        if (!get(url, null).contains(MARKER)) {
            throw new IllegalStateException("The page " + url + " shows no widget with widgets on");
        }
        if (tracking.stats().recorded == before) {
            throw new IllegalStateException("A view of " + url + " recorded no event with tracking on");
        }
        tracking.setEnabled(false);
        before = tracking.stats().recorded;
        get(url, null);
        if (tracking.stats().recorded != before) {
            throw new IllegalStateException("A view of " + url + " recorded events with tracking off");
        }
        tracking.setEnabled(true);
        widgets.setEnabled(false);
        if (get(url, null).contains(MARKER)) {
            throw new IllegalStateException("The page " + url + " still shows the widget with widgets off");
        }
    }

    private static Phase run(CrossSellWidgetService widgets, TrackingRecorder tracking, Mode mode, final String url,
            int threads, final int seconds) throws InterruptedException {
        settle(tracking);
        widgets.setEnabled(mode.widgets);
        tracking.setEnabled(mode.tracking);
        TrackingRecorder.Stats statsBefore = tracking.stats();
        ProcessCpu sharesBefore = ProcessCpu.now();
        long cpuBefore = processCpuNanos();
        final long end = System.nanoTime() + seconds * 1_000_000_000L;
        final long[][] latencies = new long[threads][];
        final int[] counts = new int[threads];
        final CountDownLatch done = new CountDownLatch(threads);
        final long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            final int index = t;
            new Thread(new Runnable() {
                @Override
                public void run() {
                    long[] mine = new long[1 << 16];
                    int count = 0;
                    String cookie = null;
                    try {
                        while (System.nanoTime() < end) {
                            long before = System.nanoTime();
                            String[] session = {cookie};
                            get(url, session);
                            cookie = session[0];
                            if (count == mine.length) {
                                mine = Arrays.copyOf(mine, mine.length * 2);
                            }
                            mine[count++] = System.nanoTime() - before;
                        }
                    } catch (IOException e) {
                        throw new IllegalStateException("Request failed: " + e, e);
                    } finally {
                        latencies[index] = Arrays.copyOf(mine, count);
                        counts[index] = count;
                        done.countDown();
                    }
                }
            }, "page-cost-" + t).start();
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        long total = 0;
        int size = 0;
        for (int count : counts) {
            total += count;
            size += count;
        }
        long[] all = new long[size];
        int at = 0;
        for (long[] part : latencies) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        Arrays.sort(all);
        // The phase's events written too: their writes are part of what its pages cost.
        settle(tracking);
        long cpuNanos = processCpuNanos() - cpuBefore;
        ProcessCpu shares = ProcessCpu.now().minus(sharesBefore);
        TrackingRecorder.Stats statsAfter = tracking.stats();
        long recorded = statsAfter.recorded - statsBefore.recorded;
        if (mode.records() && total > 0 && recorded == 0) {
            throw new IllegalStateException("No tracking event recorded in " + total + " page views with " + mode.label);
        }
        if (!mode.records() && recorded != 0) {
            throw new IllegalStateException(recorded + " tracking events recorded with " + mode.label);
        }
        return new Phase(mode, total, elapsed, all, recorded, statsAfter.droppedQueueFull - statsBefore.droppedQueueFull, cpuNanos,
                shares);
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean
                ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() : -1;
    }

    /** Waits (up to 30 s) until the recorder has written what earlier phases queued, so no phase pays for another's. */
    static void settle(TrackingRecorder tracking) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            TrackingRecorder.Stats stats = tracking.stats();
            if (stats.queued == 0 && stats.written + stats.droppedWriteFailed >= stats.recorded) {
                return;
            }
            Thread.sleep(10);
        }
    }

    /** GETs the page, keeping the session cookie in session[0] (one session per client thread). */
    static String get(String url, String[] session) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
        connection.setConnectTimeout(5000);
        connection.setReadTimeout(30000);
        connection.setRequestProperty("User-Agent", BROWSER_USER_AGENT);
        if (session != null && session[0] != null) {
            connection.setRequestProperty("Cookie", session[0]);
        }
        int status = connection.getResponseCode();
        if (status != 200) {
            throw new IOException("HTTP " + status + " from " + url);
        }
        java.util.List<String> setCookies = connection.getHeaderFields().get("Set-Cookie");
        if (session != null && setCookies != null) {
            // Keep every cookie the shop sets (session, customer), as a browser would.
            java.util.Map<String, String> jar = new java.util.LinkedHashMap<String, String>();
            if (session[0] != null) {
                for (String pair : session[0].split("; ")) {
                    jar.put(pair.split("=", 2)[0], pair);
                }
            }
            for (String cookie : setCookies) {
                String pair = cookie.split(";", 2)[0];
                jar.put(pair.split("=", 2)[0], pair);
            }
            StringBuilder header = new StringBuilder();
            for (String pair : jar.values()) {
                header.append(header.length() == 0 ? "" : "; ").append(pair);
            }
            session[0] = header.toString();
        }
        InputStream in = connection.getInputStream();
        ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);
        byte[] buffer = new byte[16 * 1024];
        int read;
        while ((read = in.read(buffer)) != -1) {
            body.write(buffer, 0, read);
        }
        in.close();
        return new String(body.toByteArray(), StandardCharsets.UTF_8);
    }

    private static void report(Map<Mode, List<Phase>> phases, int rounds, TrackingRecorder tracking) {
        System.out.println();
        for (Map.Entry<Mode, List<Phase>> entry : phases.entrySet()) {
            long[] latencies = merged(entry.getValue());
            long requests = 0;
            long recorded = 0;
            for (Phase phase : entry.getValue()) {
                requests += phase.requests;
                recorded += phase.recorded;
            }
            System.out.printf(Locale.ROOT, "[page-cost] %-24s: %8.1f req/s (rounds %s), median %.2f ms, p90 %.2f ms, p99 %.2f ms;"
                    + " %.2f events per page%n",
                    entry.getKey().label, meanThroughput(entry.getValue()), spread(entry.getValue()),
                    millis(percentile(latencies, 0.5)), millis(percentile(latencies, 0.9)), millis(percentile(latencies, 0.99)),
                    requests == 0 ? 0.0 : (double) recorded / requests);
            ProcessCpu shares = ProcessCpu.ZERO;
            for (Phase phase : entry.getValue()) {
                shares = shares.plus(phase.shares);
            }
            System.out.printf(Locale.ROOT, "[page-cost] %-24s: per page %.1f µs of CPU in the tracking writer thread, %s µs in the"
                    + " database server's processes; collector %.1f ms over %d collections per 1,000 pages%n",
                    entry.getKey().label, perPage(shares.writerNanos, requests),
                    shares.databaseNanos < 0 ? "(not read)" : String.format(Locale.ROOT, "%.1f", perPage(shares.databaseNanos, requests)),
                    requests == 0 ? 0.0 : shares.gcMillis * 1000.0 / requests, requests == 0 ? 0 : shares.gcCount * 1000 / requests);
        }
        if (phases.containsKey(WIDGETS_OFF)) {
            compare("widgets on/off", phases.get(WIDGETS_AND_TRACKING), phases.get(WIDGETS_OFF), rounds);
        }
        if (phases.containsKey(TRACKING_OFF)) {
            compare("tracking on/off", phases.get(WIDGETS_AND_TRACKING), phases.get(TRACKING_OFF), rounds);
            trackingShare(phases.get(WIDGETS_AND_TRACKING), phases.get(TRACKING_OFF));
        }
        TrackingRecorder.Stats stats = tracking.stats();
        System.out.printf(Locale.ROOT, "[page-cost] tracking recorder: %d recorded, %d written, %d dropped (queue full %d,"
                + " write failed %d), %d queued%n", stats.recorded, stats.written, stats.dropped(), stats.droppedQueueFull,
                stats.droppedWriteFailed, stats.queued);
    }

    /** Throughput and latency of mode a against mode b, over all rounds and round by round. */
    private static void compare(String name, List<Phase> a, List<Phase> b, int rounds) {
        long[] aLatencies = merged(a);
        long[] bLatencies = merged(b);
        double ratio = meanThroughput(a) / meanThroughput(b);
        StringBuilder perRound = new StringBuilder();
        double[] ratios = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            ratios[round] = a.get(round).throughput() / b.get(round).throughput();
            perRound.append(round == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", ratios[round]));
        }
        double medianRatio = median(ratios);
        System.out.printf(Locale.ROOT, "[page-cost] throughput ratio %s = %.3f (%+.1f %%); per round %s, median %.3f;"
                + " latency ratio %s median %.3f, p99 %.3f%n",
                name, ratio, (ratio - 1) * 100, perRound, medianRatio, name,
                (double) percentile(aLatencies, 0.5) / percentile(bLatencies, 0.5),
                (double) percentile(aLatencies, 0.99) / percentile(bLatencies, 0.99));
        // Pages per CPU-second over all rounds: this JVM's CPU is what the two modes compete for on a loaded machine,
        // and unlike wall-clock throughput it barely moves when other processes take the cores.
        long aRequests = 0;
        long aCpu = 0;
        long bRequests = 0;
        long bCpu = 0;
        double[] cpuRatios = new double[rounds];
        StringBuilder cpuPerRound = new StringBuilder();
        for (int round = 0; round < rounds; round++) {
            aRequests += a.get(round).requests;
            aCpu += a.get(round).cpuNanos;
            bRequests += b.get(round).requests;
            bCpu += b.get(round).cpuNanos;
            cpuRatios[round] = a.get(round).pagesPerCpuSecond() / b.get(round).pagesPerCpuSecond();
            cpuPerRound.append(round == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", cpuRatios[round]));
        }
        double cpuRatio = ((double) aRequests / aCpu) / ((double) bRequests / bCpu);
        double cpuMedian = median(cpuRatios);
        System.out.printf(Locale.ROOT, "[page-cost] pages per CPU-second ratio %s = %.3f (%+.1f %%; %.1f vs %.1f µs of CPU per page);"
                + " per round %s, median %.3f%n", name, cpuRatio, (cpuRatio - 1) * 100, aCpu / 1e3 / aRequests, bCpu / 1e3 / bRequests,
                cpuPerRound, cpuMedian);
        System.out.printf(Locale.ROOT, "[page-cost] paired over %d rounds, geometric mean with 95 %% interval: throughput %s %s,"
                + " pages per CPU-second %s%n", rounds, name, interval(ratios), interval(cpuRatios));
    }

    /**
     * Tracking's own CPU per page, measured where it runs rather than read off the difference of two noisy totals: the
     * writer thread, and the database server's extra work with tracking on, against the JVM's CPU per page with it off.
     */
    private static void trackingShare(List<Phase> on, List<Phase> off) {
        long onRequests = 0;
        long offRequests = 0;
        long offCpu = 0;
        ProcessCpu onShares = ProcessCpu.ZERO;
        ProcessCpu offShares = ProcessCpu.ZERO;
        for (Phase phase : on) {
            onRequests += phase.requests;
            onShares = onShares.plus(phase.shares);
        }
        for (Phase phase : off) {
            offRequests += phase.requests;
            offCpu += phase.cpuNanos;
            offShares = offShares.plus(phase.shares);
        }
        // The writer thread also runs with tracking off (its checks every 20 ms, its health reports): that part is the
        // same in both modes and not a cost per page, so the page pays the difference.
        double writerOn = perPage(onShares.writerNanos, onRequests);
        double writerOff = perPage(offShares.writerNanos, offRequests);
        double database = onShares.databaseNanos < 0 || offShares.databaseNanos < 0 ? 0
                : perPage(onShares.databaseNanos, onRequests) - perPage(offShares.databaseNanos, offRequests);
        double page = perPage(offCpu, offRequests) + (offShares.databaseNanos < 0 ? 0 : perPage(offShares.databaseNanos, offRequests));
        double writer = writerOn - writerOff;
        System.out.printf(Locale.ROOT, "[page-cost] tracking's own CPU per page: writer thread %.1f µs (%.1f on − %.1f off) + database"
                + " server %.1f µs = %.1f µs, %.2f %% of the %.1f µs a page takes with tracking off (JVM and database); the"
                + " request thread's part is measured by the benchmarks module's TrackingRecordBenchmark%n",
                writer, writerOn, writerOff, database, writer + database, 100 * (writer + database) / page, page);
    }

    private static double perPage(long nanos, long requests) {
        return requests == 0 ? 0 : nanos / 1e3 / requests;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * Geometric mean of per-round ratios and its 95 % interval (normal approximation on the logs): each round runs the
     * two modes back to back, so a pair shares the machine's conditions and many short rounds resolve a small cost.
     */
    static String interval(double[] ratios) {
        int n = ratios.length;
        double sum = 0;
        for (double ratio : ratios) {
            sum += Math.log(ratio);
        }
        double mean = sum / n;
        double squares = 0;
        for (double ratio : ratios) {
            squares += (Math.log(ratio) - mean) * (Math.log(ratio) - mean);
        }
        if (n < 2) {
            return String.format(Locale.ROOT, "%.3f (one round: no interval)", Math.exp(mean));
        }
        double halfWidth = 1.96 * Math.sqrt(squares / (n - 1) / n);
        return String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", Math.exp(mean), Math.exp(mean - halfWidth), Math.exp(mean + halfWidth));
    }

    private static double meanThroughput(List<Phase> phases) {
        double sum = 0;
        for (Phase phase : phases) {
            sum += phase.throughput();
        }
        return sum / phases.size();
    }

    private static String spread(List<Phase> phases) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (Phase phase : phases) {
            min = Math.min(min, phase.throughput());
            max = Math.max(max, phase.throughput());
        }
        return String.format(Locale.ROOT, "%.1f–%.1f", min, max);
    }

    private static long[] merged(List<Phase> phases) {
        int size = 0;
        for (Phase phase : phases) {
            size += phase.latenciesNanos.length;
        }
        long[] all = new long[size];
        int at = 0;
        for (Phase phase : phases) {
            System.arraycopy(phase.latenciesNanos, 0, all, at, phase.latenciesNanos.length);
            at += phase.latenciesNanos.length;
        }
        Arrays.sort(all);
        return all;
    }

    static long percentile(long[] sorted, double quantile) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
