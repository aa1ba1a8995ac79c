package org.clinicdesk.ui.report;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.clinicdesk.domain.report.ReportChart;
import org.clinicdesk.ui.common.Messages;

/**
 * JavaFX's own charts for a report: bars in the Okabe–Ito colour-blind-safe palette with each figure written on its
 * bar, the funnel as horizontal bars with its rates, the weekly trend as a line.
 */
final class ReportCharts {
    /** Okabe and Ito's palette, told apart with every common colour vision deficiency. */
    static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
            "#F0E442", "#000000");

    private ReportCharts() {
    }

    static Node chart(ReportChart chart) {
        XYChart<?, ?> node = switch (chart.kind()) {
            case BARS -> bars(chart);
            case FUNNEL -> funnel(chart);
            case TREND -> trend(chart);
        };
        node.setTitle(Messages.format(chart.title()));
        node.setAnimated(false);
        node.setLegendVisible(false);
        node.setMinHeight(220);
        node.setPrefHeight(chart.kind() == ReportChart.Kind.FUNNEL ? 230 : 260);
        node.getStyleClass().add("report-chart");
        return node;
    }

    private static BarChart<String, Number> bars(ReportChart chart) {
        BarChart<String, Number> bars = new BarChart<>(new CategoryAxis(), wholeNumbers());
        bars.setCategoryGap(14);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (ReportChart.Point p : chart.points()) {
            series.getData().add(new XYChart.Data<>(Messages.format(p.label()), p.value()));
        }
        bars.getData().add(series);
        colour(series.getData(), chart.points(), i -> i);
        return bars;
    }

    /** Horizontal bars, first stage at the top (a category axis lists from the bottom up). */
    private static BarChart<Number, String> funnel(ReportChart chart) {
        BarChart<Number, String> bars = new BarChart<>(wholeNumbers(), new CategoryAxis());
        bars.setCategoryGap(10);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        List<ReportChart.Point> points = chart.points().reversed();
        int stages = points.size();
        for (ReportChart.Point p : points) {
            series.getData().add(new XYChart.Data<>(p.value(), Messages.format(p.label())));
        }
        bars.getData().add(series);
        colour(series.getData(), points, i -> stages - 1 - i);
        return bars;
    }

    private static LineChart<String, Number> trend(ReportChart chart) {
        LineChart<String, Number> line = new LineChart<>(new CategoryAxis(), wholeNumbers());
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (ReportChart.Point p : chart.points()) {
            series.getData().add(new XYChart.Data<>(Messages.format(p.label()), p.value()));
        }
        line.getData().add(series);
        line.setStyle("CHART_COLOR_1: " + PALETTE.getFirst() + ";");
        return line;
    }

    /** One palette colour per bar, and the figure (with its rate, if any) written on the bar. */
    private static <X, Y> void colour(List<XYChart.Data<X, Y>> data, List<ReportChart.Point> points,
                                      java.util.function.IntUnaryOperator colourOf) {
        for (int i = 0; i < data.size(); i++) {
            String colour = PALETTE.get(colourOf.applyAsInt(i) % PALETTE.size());
            ReportChart.Point point = points.get(i);
            String text = point.value() + (point.note() == null ? "" : "  ·  " + Messages.format(point.note()));
            Node bar = data.get(i).getNode();
            if (bar instanceof StackPane pane) {
                pane.setStyle("-fx-bar-fill: " + colour + ";");
                Label figure = new Label(text);
                figure.getStyleClass().add("report-bar-figure");
                figure.setStyle("-fx-text-fill: " + (dark(colour) ? "white" : "black") + ";");
                figure.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                pane.getChildren().add(figure);
            }
        }
    }

    private static boolean dark(String colour) {
        return List.of("#0072B2", "#009E73", "#D55E00", "#000000", "#CC79A7").contains(colour);
    }

    private static NumberAxis wholeNumbers() {
        NumberAxis axis = new NumberAxis();
        axis.setMinorTickVisible(false);
        axis.setForceZeroInRange(true);
        axis.setTickLabelFormatter(new NumberAxis.DefaultFormatter(axis) {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : "";
            }
        });
        return axis;
    }
}
