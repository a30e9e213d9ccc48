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
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

import io.crosssell.demo.launch.DatabaseSettings;
import io.crosssell.demo.launch.EmbeddedWebApp;
import io.crosssell.site.widget.CrossSellWidgetService;

/**
 * Page cost of the widgets: the demo product page with the "frequently bought together" widget against the
 * same page with widgets switched off, in one storefront JVM, driven by a closed-loop Java load generator on
 * loopback. Rounds alternate the two modes (on/off, then off/on…) so warm-up drift and background noise fall
 * on both; each mode's throughput and latency percentiles are printed per round and over all rounds.
 * Settings (system properties): pagecost.seconds (per mode and round, 15), pagecost.rounds (6),
 * pagecost.threads (2), pagecost.warmupSeconds (60), pagecost.path (/bikes/metro-commuter-bike).
 */
public final class PageCostBenchmark {

    private static final String MARKER = "data-cs-placement=\"fbt\"";

    private PageCostBenchmark() {
    }

    /** What one mode's phase measured. */
    static final class Phase {
        final boolean widgets;
        final long requests;
        final double seconds;
        final long[] latenciesNanos;

        Phase(boolean widgets, long requests, double seconds, long[] latenciesNanos) {
            this.widgets = widgets;
            this.requests = requests;
            this.seconds = seconds;
            this.latenciesNanos = latenciesNanos;
        }

        double throughput() {
            return requests / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("pagecost.seconds", 15);
        int rounds = Integer.getInteger("pagecost.rounds", 6);
        int threads = Integer.getInteger("pagecost.threads", 2);
        int warmup = Integer.getInteger("pagecost.warmupSeconds", 60);
        String path = System.getProperty("pagecost.path", "/bikes/metro-commuter-bike");

        EmbeddedWebApp site = EmbeddedWebApp.start(EmbeddedWebApp.App.SITE, 0, DatabaseSettings.hsqldbInMemory("page-cost"), true);
        try {
            CrossSellWidgetService widgets = site.rootContext().getBean("csWidgetService", CrossSellWidgetService.class);
            String url = site.baseUrl() + path;
            check(widgets, url);
            System.out.printf(Locale.ROOT, "[page-cost] %s, %d client threads, %d rounds of %d s per mode, %d s warm-up%n",
                    url, threads, rounds, seconds, warmup);
            run(widgets, true, url, threads, warmup / 2);
            run(widgets, false, url, threads, warmup / 2);
            List<Phase> on = new ArrayList<Phase>();
            List<Phase> off = new ArrayList<Phase>();
            for (int round = 1; round <= rounds; round++) {
                boolean widgetsFirst = round % 2 == 1;
                for (boolean mode : new boolean[] {widgetsFirst, !widgetsFirst}) {
                    Phase phase = run(widgets, mode, url, threads, seconds);
                    (mode ? on : off).add(phase);
                    System.out.printf(Locale.ROOT, "[page-cost] round %d, widgets %-3s: %8.1f req/s, median %6.2f ms, p99 %6.2f ms%n",
                            round, mode ? "on" : "off", phase.throughput(), millis(percentile(phase.latenciesNanos, 0.50)),
                            millis(percentile(phase.latenciesNanos, 0.99)));
                }
            }
            report(on, off);
        } finally {
            site.close();
        }
    }

    private static void check(CrossSellWidgetService widgets, String url) throws IOException {
        widgets.setEnabled(true);
        if (!get(url, null).contains(MARKER)) {
            throw new IllegalStateException("The page " + url + " shows no widget with widgets on");
        }
        widgets.setEnabled(false);
        if (get(url, null).contains(MARKER)) {
            throw new IllegalStateException("The page " + url + " still shows the widget with widgets off");
        }
    }

    private static Phase run(CrossSellWidgetService widgets, boolean widgetsOn, final String url, int threads,
            final int seconds) throws InterruptedException {
        widgets.setEnabled(widgetsOn);
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
        return new Phase(widgetsOn, total, elapsed, all);
    }

    /** GETs the page, keeping the session cookie in session[0] (one session per client thread). */
    static String get(String url, String[] session) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
        connection.setConnectTimeout(5000);
        connection.setReadTimeout(30000);
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

    private static void report(List<Phase> on, List<Phase> off) {
        double onThroughput = meanThroughput(on);
        double offThroughput = meanThroughput(off);
        long[] onLatencies = merged(on);
        long[] offLatencies = merged(off);
        System.out.println();
        System.out.printf(Locale.ROOT, "[page-cost] widgets on : %8.1f req/s (rounds %s), median %.2f ms, p90 %.2f ms, p99 %.2f ms%n",
                onThroughput, spread(on), millis(percentile(onLatencies, 0.5)), millis(percentile(onLatencies, 0.9)),
                millis(percentile(onLatencies, 0.99)));
        System.out.printf(Locale.ROOT, "[page-cost] widgets off: %8.1f req/s (rounds %s), median %.2f ms, p90 %.2f ms, p99 %.2f ms%n",
                offThroughput, spread(off), millis(percentile(offLatencies, 0.5)), millis(percentile(offLatencies, 0.9)),
                millis(percentile(offLatencies, 0.99)));
        System.out.printf(Locale.ROOT, "[page-cost] throughput ratio on/off = %.3f; median latency ratio off/on = %.3f%n",
                onThroughput / offThroughput, (double) percentile(offLatencies, 0.5) / percentile(onLatencies, 0.5));
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

    private static long percentile(long[] sorted, double quantile) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
