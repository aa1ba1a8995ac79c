package org.clinicdesk.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.clinicdesk.ui.common.Messages;

/** The question start-up asks when the data file is damaged: restore the newest good backup, export, or close. */
final class DamagedStartDialog {
    enum Choice { RESTORE, EXPORT, CLOSE }

    private DamagedStartDialog() {
    }

    static Choice ask(String problem, Optional<String> newestBackup) {
        ButtonType restore = new ButtonType(Messages.get("damaged.restore"), ButtonBar.ButtonData.YES);
        ButtonType export = new ButtonType(Messages.get("damaged.export"), ButtonBar.ButtonData.OTHER);
        ButtonType close = new ButtonType(Messages.get("damaged.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        String text = problem + "\n\n" + newestBackup.map(b -> Messages.format("damaged.newest", b))
                .orElse(Messages.get("damaged.noBackup"));
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.getButtonTypes().setAll(newestBackup.isPresent() ? new ButtonType[] {restore, export, close}
                : new ButtonType[] {export, close});
        alert.setTitle(Messages.get("app.name"));
        alert.setHeaderText(Messages.get("damaged.header"));
        alert.getDialogPane().setMinWidth(620);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == restore) {
            return Choice.RESTORE;
        }
        return answer.isPresent() && answer.get() == export ? Choice.EXPORT : Choice.CLOSE;
    }

    static Optional<Path> exportTarget(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("damaged.export"));
        chooser.setInitialFileName("clinicdesk-enquiries-rescued.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    static void tell(Alert.AlertType type, String message) {
        Alert alert = new Alert(type, message);
        alert.setTitle(Messages.get("app.name"));
        alert.setHeaderText(null);
        alert.getDialogPane().setMinWidth(520);
        alert.showAndWait();
    }
}
