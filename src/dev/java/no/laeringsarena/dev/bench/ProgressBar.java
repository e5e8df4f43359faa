package no.laeringsarena.dev.bench;

import java.util.Locale;

/** A one-line console progress bar per stage: bar, percentage, rows and rows per second. */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final String name;
    private final long total;
    private final long startedAt;
    private final long startedNanos = System.nanoTime();

    ProgressBar(String name, long total, long startedAt) {
        this.name = name;
        this.total = total;
        this.startedAt = startedAt;
        update(startedAt);
    }

    void update(long done) {
        double fraction = total == 0 ? 1 : (double) done / total;
        int filled = (int) Math.round(fraction * WIDTH);
        double seconds = Math.max(1e-3, (System.nanoTime() - startedNanos) / 1e9);
        System.out.printf(Locale.ROOT, "\r%-22s [%s%s] %5.1f %% %,12d/%,d %,10.0f/s", name, "#".repeat(filled),
                ".".repeat(WIDTH - filled), fraction * 100, done, total, (done - startedAt) / seconds);
        System.out.flush();
    }

    void finish() {
        update(total);
        System.out.println(startedAt >= total ? "  (done earlier)" : "");
    }
}
