package org.clinicdesk.ui.sheet;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.clinicdesk.domain.sheet.SheetFilter;
import org.clinicdesk.domain.sheet.SheetService;
import org.clinicdesk.domain.sheet.SheetStatus;
import org.clinicdesk.domain.sheet.SheetVersion;
import org.clinicdesk.ui.common.ArabicScript;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Styles;
import org.clinicdesk.ui.common.TaskRunner;

/**
 * Today's "sheets for review" card: drafts and sheets sent for review that wait for a clinician, and approved sheets
 * whose next-review date falls within {@link #DAYS_AHEAD} days (or has passed). It reloads each time it is shown.
 */
public final class SheetsDueCard {
    static final int DAYS_AHEAD = 30;
    private static final int SHOWN = 6;
    private final SheetService sheets;
    private final TaskRunner tasks;
    private final Runnable openLibrary;
    private final VBox card = new VBox(4);

    public SheetsDueCard(SheetService sheets, TaskRunner tasks, Runnable openLibrary) {
        this.sheets = sheets;
        this.tasks = tasks;
        this.openLibrary = openLibrary;
        card.setId("today-sheets");
        card.getStyleClass().addAll(Styles.CARD, "today-card");
        card.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                refresh();
            }
        });
    }

    public Node node() {
        return card;
    }

    public void refresh() {
        tasks.run(() -> new Due(sheets.today(),
                Stream.concat(sheets.library(new SheetFilter(null, null, null, SheetStatus.IN_REVIEW, "")).stream(),
                        sheets.library(new SheetFilter(null, null, null, SheetStatus.DRAFT, "")).stream()).toList(),
                sheets.dueForReview(DAYS_AHEAD)), this::show, failure -> show(null));
    }

    private record Due(LocalDate today, List<SheetVersion> waiting, List<SheetVersion> dueSoon) {
        int total() {
            return waiting.size() + dueSoon.size();
        }
    }

    private void show(Due due) {
        Label title = new Label(Messages.format("today.sheets.title", due == null ? 0 : due.total()));
        title.getStyleClass().add("today-card-title");
        card.getChildren().setAll(title);
        if (due == null) {
            card.getChildren().add(hint("today.sheets.failed"));
            return;
        }
        Stream.concat(due.waiting().stream().map(v -> row(v, Messages.get("sheets.statusName." + v.status().name()))),
                due.dueSoon().stream().map(v -> row(v, dueText(due.today(), v.nextReview()))))
                .limit(SHOWN).forEach(card.getChildren()::add);
        if (due.total() > SHOWN) {
            card.getChildren().add(hint("today.sheets.more", due.total() - SHOWN));
        }
        if (due.total() == 0) {
            card.getChildren().add(hint("today.sheets.none", DAYS_AHEAD));
        }
    }

    private static String dueText(LocalDate today, LocalDate nextReview) {
        if (nextReview == null || nextReview.isBefore(today)) {
            return Messages.get("today.sheets.overdue");
        }
        return Messages.format("today.sheets.dueOn", SheetNames.date(nextReview));
    }

    private Node row(SheetVersion v, String state) {
        Label name = new Label(v.title());
        ArabicScript.wrapUnlessArabic(name.wrapTextProperty(), name.textProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label tag = new Label(state);
        tag.getStyleClass().add(Styles.HINT);
        HBox row = new HBox(10, name, gap, tag);
        row.getStyleClass().add("today-row");
        row.setId("today-sheet-" + v.id());
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row.setFocusTraversable(true);
        row.setOnMouseClicked(e -> openLibrary.run());
        row.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                openLibrary.run();
            }
        });
        return row;
    }

    private static Label hint(String key, Object... args) {
        Label l = new Label(Messages.format(key, args));
        l.getStyleClass().add(Styles.HINT);
        l.setWrapText(true);
        return l;
    }
}
