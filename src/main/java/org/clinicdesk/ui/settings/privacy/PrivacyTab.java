package org.clinicdesk.ui.settings.privacy;

import static org.clinicdesk.ui.common.Labels.column;
import static org.clinicdesk.ui.common.Labels.heading;
import static org.clinicdesk.ui.common.Labels.hint;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.clinicdesk.domain.common.DateFormats;
import org.clinicdesk.domain.privacy.RetentionCandidate;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Styles;
import org.clinicdesk.ui.common.FieldRows;
import org.clinicdesk.ui.privacy.ErasureChoicePane;

/** Settings → Privacy. */
public final class PrivacyTab {
    private final ScrollPane root;

    public PrivacyTab(PrivacyTabViewModel vm, boolean mayChangeSettings, boolean mayErase, ZoneId zone) {
        VBox box = new VBox(24);
        if (mayChangeSettings) {
            box.getChildren().add(settings(vm));
        }
        if (mayErase) {
            box.getChildren().addAll(erasure(vm), retention(vm, zone));
        }
        box.setPadding(new Insets(16));
        root = new ScrollPane(box);
        root.setFitToWidth(true);
    }

    private static Node settings(PrivacyTabViewModel vm) {
        TextArea notice = new TextArea();
        notice.setId("privacy-consent-notice");
        notice.setWrapText(true);
        notice.setPrefRowCount(8);
        notice.textProperty().bindBidirectional(vm.consentNoticeProperty());
        Button save = new Button(Messages.get("privacy.save"));
        save.setId("privacy-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.saveSettings());
        Label saved = new Label();
        saved.getStyleClass().add(Styles.HINT);
        saved.textProperty().bind(vm.settingsSavedProperty());
        return new VBox(6, heading("privacy.consentTitle"), hint("privacy.consentHint"), notice,
                FieldRows.errorLine(vm.settingsErrors().field("consentNotice")),
                new HBox(16,
                        FieldRows.text("privacy.idleMinutes", "privacy-idle-minutes", vm.idleMinutesProperty(),
                                vm.settingsErrors().field("idleLockMinutes")),
                        FieldRows.text("privacy.retentionMonths", "privacy-retention-months",
                                vm.retentionMonthsProperty(), vm.settingsErrors().field("retentionMonths"))),
                hint("privacy.retentionHint"),
                FieldRows.formError(vm.settingsErrors().form(), "privacy-settings-error"), new HBox(12, save, saved));
    }

    private static Node erasure(PrivacyTabViewModel vm) {
        Button erase = new Button(Messages.get("privacy.eraseOne"));
        erase.setId("privacy-erase-one");
        erase.getStyleClass().add("danger");
        erase.setOnAction(e -> vm.eraseOne());
        erase.disableProperty().bind(vm.choice().choosing().or(vm.choice().workingProperty()));
        return new VBox(6, heading("privacy.erasureTitle"), hint("privacy.erasureHint"),
                FieldRows.text("privacy.eraseId", "privacy-erase-id", vm.eraseIdProperty(),
                        vm.erasureErrors().field("eraseId")), erase, ErasureChoicePane.create(vm.choice()));
    }

    private static Node retention(PrivacyTabViewModel vm, ZoneId zone) {
        DateTimeFormatter day = DateFormats.ISO_DATE.withZone(zone);
        TableView<RetentionCandidate> table = new TableView<>(vm.candidates());
        table.setId("privacy-candidates");
        table.setPrefHeight(220);
        table.getColumns().add(column("privacy.enquiry", c -> "#" + c.enquiryId()));
        table.getColumns().add(column("privacy.created", c -> day.format(c.createdAt())));
        table.getColumns().add(column("privacy.lastActivity", c -> day.format(c.lastActivity())));
        table.getColumns().add(column("privacy.status", RetentionCandidate::status));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Button find = new Button(Messages.get("privacy.findCandidates"));
        find.setId("privacy-find-candidates");
        find.setOnAction(e -> vm.findCandidates());
        Button erase = new Button(Messages.get("privacy.eraseListed"));
        erase.setId("privacy-erase-listed");
        erase.getStyleClass().add("danger");
        erase.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.candidates()));
        erase.setOnAction(e -> vm.eraseCandidates());
        Label status = new Label();
        status.setId("privacy-retention-status");
        status.getStyleClass().add(Styles.HINT);
        status.textProperty().bind(vm.retentionStatusProperty());
        return new VBox(6, heading("privacy.retentionTitle"), new HBox(8, find, erase), status, table,
                FieldRows.formError(vm.erasureErrors().form(), "privacy-erasure-error"));
    }

    public Parent root() {
        return root;
    }
}
