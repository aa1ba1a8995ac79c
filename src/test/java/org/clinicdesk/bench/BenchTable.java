package org.clinicdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The one table: each row ClinicDesk's figure, the floor measured in the same run, the ratio and the target. */
final class BenchTable {
    private record Row(String what, String figure, String floor, String ratio, String target) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final String started = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    private final double loadBefore = load();

    /** A row where bigger is worse (times, bytes): ratio = figure / floor. */
    void row(String what, String figure, double value, String floor, double floorValue, String target) {
        rows.add(new Row(what, figure, floor, floorValue > 0 ? String.format("%.2f×", value / floorValue) : "–", target));
        print(rows.getLast());
    }

    /** A row where bigger is better (rows per second): ratio = floor / figure, so above 1 means slower than the floor. */
    void rate(String what, double perSecond, double floorPerSecond, String target) {
        rows.add(new Row(what, String.format("%,.0f rows/s", perSecond), String.format("%,.0f rows/s", floorPerSecond),
                String.format("%.2f×", floorPerSecond / perSecond), target));
        print(rows.getLast());
    }

    void missing(String what, String why) {
        rows.add(new Row(what, why, "–", "–", "–"));
        print(rows.getLast());
    }

    void note(String text) {
        notes.add(text);
        System.out.println("[bench] " + text);
    }

    private static void print(Row r) {
        System.out.printf("[bench] %-44s %-30s floor %-26s %s%n", r.what, r.figure, r.floor, r.ratio);
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    String markdown(String sizes) {
        StringBuilder md = new StringBuilder();
        md.append(String.format("ClinicDesk benchmark, %s: %d CPUs, %s, Java %s; load average %.1f at the start, %.1f at the end.%n",
                started, Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("java.version"), loadBefore, load()));
        md.append(sizes).append("\n\n");
        md.append("| what | ClinicDesk | floor (same run) | ratio | target |\n|---|---|---|---|---|\n");
        for (Row r : rows) {
            md.append("| ").append(String.join(" | ", r.what, r.figure, r.floor, r.ratio, r.target)).append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    Path write(Path file, String sizes) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, markdown(sizes), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
