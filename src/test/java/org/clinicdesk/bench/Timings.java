package org.clinicdesk.bench;

import java.util.Arrays;
import java.util.function.IntConsumer;

/** Percentiles of repeated calls, in milliseconds, after a warm-up. */
record Timings(double p50, double p95, double p99, int runs) {
    static Timings of(int warmUp, int runs, IntConsumer call) {
        for (int i = 0; i < warmUp; i++) {
            call.accept(i);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            call.accept(i);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new Timings(at(ms, 0.50), at(ms, 0.95), at(ms, 0.99), runs);
    }

    private static double at(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))];
    }

    String triple() {
        return String.format("%.2f / %.2f / %.2f ms", p50, p95, p99);
    }

    String p50p99() {
        return String.format("%.2f / %.2f ms", p50, p99);
    }
}
