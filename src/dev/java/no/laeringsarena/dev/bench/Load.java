package no.laeringsarena.dev.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load: {@code concurrency} threads each repeat an operation for the given seconds (after a warm-up
 * that is not counted), recording every latency; prints p50/p95/p99, throughput and errors on one line, in the
 * same form as bench/report.lua prints for wrk, so a measurement and its baseline read side by side.
 */
final class Load {

    @FunctionalInterface
    interface Operation {
        /** One operation; returns how many items it handled (statements in a batch, 1 otherwise). */
        int run(int thread) throws Exception;
    }

    record Result(String label, long operations, long items, long errors, double seconds, double p50, double p95,
                  double p99) {

        String line() {
            return String.format(Locale.ROOT, "%-34s p50 %8.2f ms  p95 %8.2f ms  p99 %8.2f ms  %9.1f ops/s%s  errors %d",
                    label, p50, p95, p99, operations / seconds,
                    items == operations ? "" : String.format(Locale.ROOT, "  %9.1f items/s", items / seconds), errors);
        }
    }

    private Load() {
    }

    static Result run(String label, int concurrency, double warmupSeconds, double seconds, Operation operation)
            throws InterruptedException {
        long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        long end = warmupEnd + (long) (seconds * 1e9);
        List<long[]> latencies = new ArrayList<>();
        int[] counts = new int[concurrency];
        AtomicLong items = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        Exception[] firstError = new Exception[1];
        for (int t = 0; t < concurrency; t++) {
            long[] mine = new long[1 << 20];
            latencies.add(mine);
            int thread = t;
            threads.add(Thread.ofPlatform().name("bench-" + t).start(() -> {
                while (true) {
                    long start = System.nanoTime();
                    if (start >= end) {
                        return;
                    }
                    int handled;
                    try {
                        handled = operation.run(thread);
                    } catch (Exception e) {
                        handled = -1;
                        synchronized (firstError) {
                            if (firstError[0] == null) {
                                firstError[0] = e;
                            }
                        }
                    }
                    long stop = System.nanoTime();
                    if (start >= warmupEnd && stop <= end) {
                        if (handled < 0) {
                            errors.incrementAndGet();
                        } else if (counts[thread] < mine.length) {
                            mine[counts[thread]++] = stop - start;
                            items.addAndGet(handled);
                        }
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        if (firstError[0] != null) {
            System.err.println(label + ": first error: " + firstError[0]);
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < concurrency; t++) {
            System.arraycopy(latencies.get(t), 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        Result result = new Result(label, total, items.get(), errors.get(), seconds, percentile(all, 50),
                percentile(all, 95), percentile(all, 99));
        System.out.println(result.line());
        return result;
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
