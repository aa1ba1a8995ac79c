package org.clinicdesk.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The main window's size and position, kept in {@code window.properties} in the data folder. */
public final class WindowState {
    private static final Logger LOG = LoggerFactory.getLogger(WindowState.class);
    private final Path file;
    private final Properties values = new Properties();

    private WindowState(Path file) {
        this.file = file;
    }

    /** Reads the saved state (call off the FX thread); a missing or unreadable file gives defaults. */
    public static WindowState read(Path dataDir) {
        WindowState state = new WindowState(dataDir.resolve("window.properties"));
        if (Files.isRegularFile(state.file)) {
            try (InputStream in = Files.newInputStream(state.file)) {
                state.values.load(in);
            } catch (IOException e) {
                LOG.warn("Could not read {}", state.file, e);
            }
        }
        return state;
    }

    /** Applies the saved bounds if they are still on a screen, else a comfortable default size. */
    public void applyTo(Stage stage) {
        double x = number("x", Double.NaN);
        double y = number("y", Double.NaN);
        double w = number("width", 1280);
        double h = number("height", 800);
        stage.setWidth(Math.max(900, w));
        stage.setHeight(Math.max(600, h));
        if (!Double.isNaN(x) && !Double.isNaN(y) && !Screen.getScreensForRectangle(new Rectangle2D(x, y, 50, 50)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(Boolean.parseBoolean(values.getProperty("maximized", "false")));
    }

    /** Remembers where the window is; written by {@link #save()}. */
    public void capture(Stage stage) {
        values.setProperty("maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized()) {
            values.setProperty("x", Double.toString(stage.getX()));
            values.setProperty("y", Double.toString(stage.getY()));
            values.setProperty("width", Double.toString(stage.getWidth()));
            values.setProperty("height", Double.toString(stage.getHeight()));
        }
    }

    public void save() {
        try (OutputStream out = Files.newOutputStream(file)) {
            values.store(out, "ClinicDesk window position");
        } catch (IOException e) {
            LOG.warn("Could not save {}", file, e);
        }
    }

    private double number(String key, double fallback) {
        try {
            return Double.parseDouble(values.getProperty(key, ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
