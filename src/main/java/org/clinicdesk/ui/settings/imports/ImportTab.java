package org.clinicdesk.ui.settings.imports;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.clinicdesk.domain.transfer.ColumnMapping;
import org.clinicdesk.domain.transfer.EnquiryField;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Styles;

/** The import wizard on one page, top to bottom: file, mapping, preview, check and report, import. */
public final class ImportTab {
    private final VBox root;
    private final ImportTabViewModel vm;

    public ImportTab(ImportTabViewModel vm) {
        this.vm = vm;
        Button choose = new Button(Messages.get("import.choose"));
        choose.setId("import-choose");
        choose.setOnAction(e -> vm.chooseFile());
        Label info = new Label();
        info.setId("import-file-info");
        info.textProperty().bind(vm.fileInfo());
        ComboBox<String> saved = new ComboBox<>(vm.mappingNames());
        saved.setId("import-saved-mappings");
        saved.setPromptText(Messages.get("import.savedMappings"));
        saved.setOnAction(e -> {
            if (saved.getValue() != null) {
                vm.useMapping(saved.getValue());
            }
        });

        GridPane grid = new GridPane(8, 6);
        for (EnquiryField field : EnquiryField.values()) {
            ComboBox<String> column = new ComboBox<>();
            column.setId("import-column-" + field.name());
            vm.headers().addListener((javafx.collections.ListChangeListener<String>) c ->
                    column.getItems().setAll(withNone(vm.headers())));
            column.valueProperty().bindBidirectional(vm.column(field));
            // three fields to a line: label, choice, label, choice...
            int i = field.ordinal();
            grid.add(new Label(field.heading()), (i % 3) * 2, i / 3);
            grid.add(column, (i % 3) * 2 + 1, i / 3);
        }
        ComboBox<String> consent = new ComboBox<>(FXCollections.observableArrayList(withNone(ColumnMapping.CONSENT_METHODS)));
        consent.setId("import-consent-all");
        consent.valueProperty().bindBidirectional(vm.consentForAll());
        TextField channel = new TextField();
        channel.setId("import-default-channel");
        channel.textProperty().bindBidirectional(vm.defaultChannel());
        TextField centre = new TextField();
        centre.setId("import-default-centre");
        centre.textProperty().bindBidirectional(vm.defaultCentre());
        Label consentHint = new Label(Messages.get("import.consentHint"));
        consentHint.getStyleClass().add(Styles.HINT);
        consentHint.setWrapText(true);
        HBox defaults = new HBox(8, new Label(Messages.get("import.consentForAll")), consent,
                new Label(Messages.get("import.defaultChannel")), channel, new Label(Messages.get("import.defaultCentre")), centre);

        TableView<List<String>> preview = new TableView<>(vm.preview());
        preview.setId("import-preview");
        preview.setPrefHeight(160);
        vm.headers().addListener((javafx.collections.ListChangeListener<String>) c -> {
            preview.getColumns().clear();
            for (int i = 0; i < vm.headers().size(); i++) {
                int index = i;
                String heading = vm.headers().get(i);
                TableColumn<List<String>, String> col = new TableColumn<>(previewTitle(heading));
                col.setCellValueFactory(r -> new ReadOnlyStringWrapper(index < r.getValue().size() ? r.getValue().get(index) : ""));
                preview.getColumns().add(col);
            }
        });

        // the preview marks the columns that will not be imported, and follows the mapping as it changes
        vm.notImported().addListener((javafx.collections.ListChangeListener<String>) c -> {
            for (int i = 0; i < preview.getColumns().size() && i < vm.headers().size(); i++) {
                preview.getColumns().get(i).setText(previewTitle(vm.headers().get(i)));
            }
        });
        Label notImported = new Label();
        notImported.setId("import-not-imported");
        notImported.getStyleClass().add(Styles.HINT);
        notImported.setWrapText(true);
        notImported.textProperty().bind(vm.notImportedText());
        Button addConditions = new Button(Messages.get("import.addConditions"));
        addConditions.setId("import-add-conditions");
        addConditions.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.unknownConditions()));
        addConditions.managedProperty().bind(addConditions.visibleProperty());
        addConditions.disableProperty().bind(vm.busy());
        addConditions.setOnAction(e -> vm.addUnknownConditions());

        TextField name = new TextField();
        name.setId("import-mapping-name");
        name.setPromptText(Messages.get("import.mappingName"));
        name.textProperty().bindBidirectional(vm.mappingName());
        Button save = new Button(Messages.get("import.saveMapping"));
        save.setId("import-save-mapping");
        save.setOnAction(e -> vm.saveMapping());
        Button check = new Button(Messages.get("import.checkRows"));
        check.setId("import-check");
        check.setOnAction(e -> vm.check());
        check.disableProperty().bind(vm.table().isNull().or(vm.busy()));
        CheckBox strict = new CheckBox(Messages.get("import.allOrNothing"));
        strict.setId("import-all-or-nothing");
        strict.selectedProperty().bindBidirectional(vm.allOrNothing());
        Button run = new Button(Messages.get("import.run"));
        run.setId("import-run");
        run.setOnAction(e -> vm.importRows());
        run.disableProperty().bind(vm.checked().not().or(vm.busy()));
        Button cancel = new Button(Messages.get("backup.cancel"));
        cancel.setId("import-cancel");
        cancel.visibleProperty().bind(vm.busy());
        cancel.setOnAction(e -> vm.cancel());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.progressValue());
        bar.visibleProperty().bind(vm.busy());
        Label summary = new Label();
        summary.setId("import-summary");
        summary.textProperty().bind(vm.summary());
        ListView<String> report = new ListView<>(vm.report());
        report.setId("import-report");
        VBox.setVgrow(report, Priority.ALWAYS);
        Label error = new Label();
        error.setId("import-error");
        error.getStyleClass().add(Styles.FORM_ERROR);
        error.setWrapText(true);
        error.textProperty().bind(vm.errors().form());

        root = new VBox(10, new HBox(8, choose, saved, info), grid, defaults, consentHint, notImported, preview,
                new HBox(8, name, save, check, strict, run, bar, cancel), summary, error, addConditions, report);
        root.setPadding(new Insets(16));
    }

    private String previewTitle(String heading) {
        return vm.notImported().contains(heading) ? Messages.format("import.previewNotImported", heading) : heading;
    }

    private static List<String> withNone(List<String> values) {
        List<String> all = new java.util.ArrayList<>();
        all.add("");
        all.addAll(values);
        return all;
    }

    public VBox root() {
        return root;
    }
}
