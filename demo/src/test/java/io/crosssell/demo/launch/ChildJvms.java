package io.crosssell.demo.launch;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URL;
import java.util.concurrent.TimeUnit;

/** For tests that run a storefront or admin in a JVM of its own: a free port, and waiting until it answers. */
public final class ChildJvms {

    static final long START_SECONDS = 240;

    private ChildJvms() {
    }

    public static int freePort() throws IOException {
        ServerSocket socket = new ServerSocket(0);
        try {
            return socket.getLocalPort();
        } finally {
            socket.close();
        }
    }

    /** Returns once the URL answers 200; fails when the JVM exits or {@value #START_SECONDS} s pass. */
    public static void awaitUp(Process process, String url) throws Exception {
        long deadline = System.currentTimeMillis() + TimeUnit.SECONDS.toMillis(START_SECONDS);
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(url + ": its JVM exited with " + process.exitValue());
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
                connection.setConnectTimeout(1000);
                connection.setReadTimeout(10000);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still booting
            }
            Thread.sleep(500);
        }
        throw new AssertionError(url + " did not answer within " + START_SECONDS + " s");
    }
}
