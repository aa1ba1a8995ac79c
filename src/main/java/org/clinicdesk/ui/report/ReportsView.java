package org.clinicdesk.ui.report;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.report.RangePreset;
import org.clinicdesk.domain.report.Report;
import org.clinicdesk.domain.report.ReportChart;
import org.clinicdesk.domain.report.ReportKind;
import org.clinicdesk.domain.report.ReportTable;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Screen;
import org.clinicdesk.ui.common.Styles;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** Reports: the choices along the top; the charts on the left and the same figures in tables beside them. */
public final class ReportsView implements Screen {
    private static final double ROW = 26;
    private static final double HEADER = 44;
    private final ReportsViewModel model;
    private final VBox charts = new VBox(12);
    private final VBox tables = new VBox(14);
    private final Label empty = new Label();
    private final Label notForYou = new Label(Messages.get("report.screen.notForYou"));
    private Node view;

    public ReportsView(ReportsViewModel model) {
        this.model = model;
    }

    @Override public String id() { return "reports"; }
    @Override public String titleKey() { return "nav.reports"; }
    @Override public Ikon icon() { return Material2OutlinedMZ.SHOW_CHART; }

    @Override
    public Node view() {
        if (view == null) {
            view = build();
        }
        return view;
    }

    @Override
    public void onShow() {
        model.load();
    }

    @Override
    public boolean onPrint() {
        model.print();
        return true;
    }

    private Node build() {
        Label title = new Label(Messages.get("nav.reports"));
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        ComboBox<ReportKind> kind = new ComboBox<>(model.kinds());
        kind.setId("reports-kind");
        kind.valueProperty().bindBidirectional(model.kind());
        cells(kind, k -> k == null ? "" : Messages.get("report.kind." + k.name()));
        ComboBox<RangePreset> preset = new ComboBox<>();
        preset.setId("reports-preset");
        preset.getItems().setAll(RangePreset.values());
        preset.valueProperty().bindBidirectional(model.preset());
        cells(preset, p -> p == null ? "" : Messages.get("report.preset." + p.name()));
        DatePicker from = datePicker("reports-from", model.from());
        DatePicker to = datePicker("reports-to", model.to());
        ComboBox<Centre> centre = new ComboBox<>();
        centre.setId("reports-centre");
        centre.getItems().add(null);
        centre.getItems().addAll(model.centres());
        model.centres().addListener((javafx.collections.ListChangeListener<Centre>) c -> {
            Centre chosen = model.centre().get();
            centre.getItems().setAll(new java.util.ArrayList<>(java.util.Collections.singletonList(null)));
            centre.getItems().addAll(model.centres());
            centre.setValue(chosen);
        });
        centre.valueProperty().bindBidirectional(model.centre());
        cells(centre, c -> c == null ? Messages.get("report.allCentres") : c.name());
        Button csv = button("reports-export-csv", "report.screen.exportCsv", model::exportCsv);
        Button pdf = button("reports-save-pdf", "report.screen.savePdf", model::savePdf);
        Button print = button("reports-print", "report.screen.print", model::print);
        FlowPane choices = new FlowPane(10, 8, field("report.screen.report", kind), field("report.screen.range", preset),
                field("report.screen.from", from), field("report.screen.to", to),
                field("report.screen.centre", centre), new HBox(6, csv, pdf, print));
        choices.setAlignment(Pos.BOTTOM_LEFT);
        Label status = new Label();
        status.setId("reports-status");
        status.textProperty().bind(model.status());
        status.getStyleClass().add(Styles.HINT);

        empty.setId("reports-empty");
        empty.setWrapText(true);
        notForYou.setId("reports-not-allowed");
        notForYou.setWrapText(true);
        charts.setId("reports-charts");
        charts.setMinWidth(380);
        tables.setId("reports-tables");
        ScrollPane chartScroll = scroll(charts);
        ScrollPane tableScroll = scroll(tables);
        HBox body = new HBox(16, chartScroll, tableScroll);
        HBox.setHgrow(chartScroll, Priority.ALWAYS);
        HBox.setHgrow(tableScroll, Priority.ALWAYS);
        chartScroll.prefWidthProperty().bind(body.widthProperty().multiply(0.5));
        tableScroll.prefWidthProperty().bind(body.widthProperty().multiply(0.5));
        BorderPane content = new BorderPane(body);
        model.report().addListener((o, a, r) -> show(r, content, body));
        model.loaded().addListener((o, a, b) -> allowed(content, body, choices));
        csv.disableProperty().bind(model.report().isNull());
        pdf.disableProperty().bind(model.report().isNull());
        print.disableProperty().bind(model.report().isNull());

        VBox screen = new VBox(10, title, choices, status, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        screen.getStyleClass().add(Styles.SCREEN);
        screen.setPadding(new Insets(20));
        return screen;
    }

    private void allowed(BorderPane content, HBox body, FlowPane choices) {
        boolean may = !model.kinds().isEmpty();
        choices.setDisable(!may);
        content.setCenter(may ? body : notForYou);
    }

    private void show(Report report, BorderPane content, HBox body) {
        charts.getChildren().clear();
        tables.getChildren().clear();
        if (report == null) {
            return;
        }
        if (report.empty()) {
            empty.setText(Messages.format(report.emptyText()));
            content.setCenter(empty);
            return;
        }
        content.setCenter(body);
        int i = 0;
        for (ReportChart chart : report.charts()) {
            Node node = ReportCharts.chart(chart);
            node.setId("reports-chart-" + i++);
            charts.getChildren().add(node);
        }
        i = 0;
        for (ReportTable table : report.tables()) {
            Label heading = new Label(Messages.format(table.title()));
            heading.getStyleClass().add(Styles.SECTION_TITLE);
            TableView<ReportTable.Row> view = table(table);
            view.setId("reports-table-" + i++);
            tables.getChildren().addAll(new VBox(4, heading, view));
        }
    }

    private static TableView<ReportTable.Row> table(ReportTable t) {
        TableView<ReportTable.Row> view = new TableView<>();
        for (int c = 0; c < t.columns().size(); c++) {
            int column = c;
            TableColumn<ReportTable.Row, String> col = new TableColumn<>(Messages.format(t.columns().get(c)));
            col.setSortable(false);
            if (c < t.labelColumns()) {
                col.setCellValueFactory(d -> new ReadOnlyStringWrapper(Messages.format(d.getValue().labels().get(column))));
                col.setPrefWidth(170);
            } else {
                int value = c - t.labelColumns();
                col.setCellValueFactory(d -> {
                    Number n = d.getValue().values().get(value);
                    return new ReadOnlyStringWrapper(n == null ? "—" : ReportTable.figure(n));
                });
                col.setStyle("-fx-alignment: CENTER-RIGHT;");
                col.setPrefWidth(95);
            }
            view.getColumns().add(col);
        }
        view.getItems().setAll(t.rows());
        view.setPlaceholder(new Label(Messages.get("report.tableEmpty")));
        view.setFixedCellSize(ROW);
        view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // the header row of the theme is taller than a body row
        double height = Math.max(1, t.rows().size()) * ROW + HEADER;
        view.setPrefHeight(height);
        view.setMinHeight(height);
        view.setMaxHeight(height);
        return view;
    }

    private static ScrollPane scroll(VBox box) {
        ScrollPane pane = new ScrollPane(box);
        pane.setFitToWidth(true);
        pane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        box.setPadding(new Insets(4));
        return pane;
    }

    private static VBox field(String labelKey, Node control) {
        Label label = new Label(Messages.get(labelKey));
        label.setLabelFor(control);
        return new VBox(3, label, control);
    }

    private static DatePicker datePicker(String id, javafx.beans.property.ObjectProperty<java.time.LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPrefWidth(140);
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static <T> void cells(ComboBox<T> box, java.util.function.Function<T, String> text) {
        Callback<javafx.scene.control.ListView<T>, ListCell<T>> factory = l -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(isEmpty ? null : text.apply(item));
            }
        };
        box.setCellFactory(factory);
        box.setButtonCell(factory.call(null));
    }
}
