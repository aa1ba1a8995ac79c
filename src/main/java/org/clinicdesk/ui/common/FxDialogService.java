package org.clinicdesk.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Dialogs over the window the person is working in (the main window, or a window such as Give sheets opened from it).
 * File choosers start in the folder last used, at first the user's Documents folder.
 */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private File lastFolder = startFolder();

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String description, String extension) {
        FileChooser chooser = chooser(title, description, extension);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(ownerNow()));
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, String extension) {
        return remember(chooser(title, description, extension).showOpenDialog(ownerNow()));
    }

    private Optional<Path> remember(File file) {
        if (file != null && file.getParentFile() != null) {
            lastFolder = file.getParentFile();
        }
        return Optional.ofNullable(file).map(File::toPath);
    }

    private static File startFolder() {
        File home = new File(System.getProperty("user.home"));
        File documents = new File(home, "Documents");
        return documents.isDirectory() ? documents : home;
    }

    /** The focused window of this app, so a dialog opens over the window it was asked from. */
    private Window ownerNow() {
        return Window.getWindows().stream().filter(w -> w instanceof javafx.stage.Stage && w.isFocused()).findFirst()
                .orElseGet(owner);
    }

    private FileChooser chooser(String title, String description, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        return chooser;
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(ownerNow());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setContentText(message);
        alert.getDialogPane().setMinWidth(460);
        return alert;
    }
}
