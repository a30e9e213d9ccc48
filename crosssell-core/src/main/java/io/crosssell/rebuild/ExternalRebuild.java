package io.crosssell.rebuild;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.crosssell.learning.CoPurchaseLearningService.RebuildProgress;

/**
 * The rebuild handed over to a command of its own (the Spark job under {@code spark-submit}, say): started as a
 * process, its output read line by line for {@link RebuildOutput}'s progress and result lines; exit status 0 with a result is success, anything else a failure named
 * by the last lines it printed. A run past its time budget is stopped. The command writes the statistics tables
 * itself (in one swap), so a failed run leaves the previous statistics.
 */
public final class ExternalRebuild implements RebuildRunner {

    /** Lines kept to explain a failure, and the most of each one kept. */
    static final int KEPT_LINES = 5;
    static final int KEPT_LINE_CHARACTERS = 300;

    private final List<String> command;
    private final long timeoutMillis;

    public ExternalRebuild(List<String> command, long timeoutMillis) {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("The rebuild command is empty");
        }
        if (timeoutMillis <= 0) {
            throw new IllegalArgumentException("The rebuild command needs a time budget above 0");
        }
        this.command = Collections.unmodifiableList(new ArrayList<String>(command));
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public String where() {
        return "by the command " + command.get(0);
    }

    public List<String> command() {
        return command;
    }

    @Override
    public String run(final RebuildProgress progress) {
        progress.step("starting " + command.get(0), 0, 0);
        final Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException notStarted) {
            throw new IllegalStateException("The rebuild command could not be started: " + notStarted.getMessage(), notStarted);
        }
        final Output output = new Output(progress);
        Thread reader = new Thread(new Runnable() {
            @Override
            public void run() {
                output.readAll(process);
            }
        }, "crosssell-rebuild-output");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("The rebuild command did not finish within " + minutes(timeoutMillis)
                        + " and was stopped" + output.lastLines());
            }
            reader.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The rebuild command was interrupted and stopped", interrupted);
        }
        int exit = process.exitValue();
        String result = output.result();
        if (exit != 0 || result == null) {
            throw new IllegalStateException("The rebuild command failed (exit status " + exit
                    + (exit == 0 ? ", no result line" : "") + ")" + output.lastLines());
        }
        return result;
    }

    private static String minutes(long millis) {
        long minutes = TimeUnit.MILLISECONDS.toMinutes(millis);
        return minutes >= 1 ? minutes + " min" : TimeUnit.MILLISECONDS.toSeconds(millis) + " s";
    }

    /** Splits a configured command line into words: blanks separate, '…' or "…" keep blanks inside one word. */
    public static List<String> words(String commandLine) {
        List<String> words = new ArrayList<String>();
        StringBuilder word = null;
        char quote = 0;
        for (char c : commandLine.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("The rebuild command has an unclosed " + quote + " quote");
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /** What the command printed: progress passed on, the result, and its last lines for a failure message. */
    private static final class Output {
        private final RebuildProgress progress;
        private final Deque<String> last = new ArrayDeque<String>();
        private volatile String result;

        Output(RebuildProgress progress) {
            this.progress = progress;
        }

        void readAll(Process process) {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    take(line);
                }
            } catch (IOException closed) {
                // The process ended or was stopped; what was read is what there is.
            }
        }

        private void take(String line) {
            if (line.startsWith(RebuildOutput.RESULT)) {
                result = line.substring(RebuildOutput.RESULT.length()).trim();
                return;
            }
            if (line.startsWith(RebuildOutput.PROGRESS)) {
                String[] parts = line.substring(RebuildOutput.PROGRESS.length()).split(" ", 3);
                try {
                    progress.step(parts.length > 2 ? parts[2] : "running", Long.parseLong(parts[0]), Long.parseLong(parts[1]));
                    return;
                } catch (NumberFormatException notProgress) {
                    // Kept below like any other line.
                }
            }
            if (line.trim().isEmpty()) {
                return;
            }
            synchronized (last) {
                last.addLast(line.length() > KEPT_LINE_CHARACTERS ? line.substring(0, KEPT_LINE_CHARACTERS) + "…" : line);
                if (last.size() > KEPT_LINES) {
                    last.removeFirst();
                }
            }
        }

        String result() {
            return result;
        }

        String lastLines() {
            synchronized (last) {
                return last.isEmpty() ? "" : ": " + String.join(" | ", last);
            }
        }
    }
}
