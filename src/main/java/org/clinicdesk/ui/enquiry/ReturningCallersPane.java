package org.clinicdesk.ui.enquiry;

import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.clinicdesk.domain.common.DateFormats;
import org.clinicdesk.domain.enquiry.ReturningCaller;
import org.clinicdesk.ui.common.Messages;

/** The "has this person been in touch before?" panel: one line per earlier enquiry, "same person" or "someone else". */
final class ReturningCallersPane {
    private ReturningCallersPane() {
    }

    /** Fills {@code box} (title and hint come from the FXML) with the matches and shows it only while there are some. */
    static void bind(VBox box, VBox lines, EnquiryFormViewModel viewModel) {
        viewModel.matches().addListener((ListChangeListener<ReturningCaller>) c -> build(lines, viewModel));
        box.visibleProperty().bind(Bindings.isNotEmpty(viewModel.matches()));
        box.managedProperty().bind(box.visibleProperty());
    }

    private static void build(VBox lines, EnquiryFormViewModel viewModel) {
        lines.getChildren().clear();
        for (ReturningCaller m : viewModel.matches()) {
            var s = m.enquiry();
            String reason = "enquiry.match.reason." + m.reason().name();
            Label text = new Label(Messages.format("enquiry.match.line", s.fullName(),
                    s.phone() == null ? "" : s.phone(), s.centreName(), EnumLabels.label("enquiry.status.", s.status()),
                    s.lastContactAt() == null ? "" : DateFormats.DATE_TIME.format(s.lastContactAt().atZone(ZoneId.systemDefault())),
                    Messages.get(reason)));
            text.setId("match-line-" + s.id());
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button same = new Button(Messages.get("enquiry.match.same"));
            same.setId("match-same-" + s.id());
            same.setOnAction(e -> viewModel.samePerson(m));
            Button other = new Button(Messages.get("enquiry.match.other"));
            other.setId("match-other-" + s.id());
            other.setOnAction(e -> viewModel.someoneElse(m));
            same.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            other.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            HBox row = new HBox(8, text, same, other);
            row.getStyleClass().add("returning-caller");
            lines.getChildren().add(row);
        }
    }
}
