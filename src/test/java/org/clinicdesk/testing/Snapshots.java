package org.clinicdesk.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/**
 * Saves what a UI test sees as a PNG, so people can look at the screens the tests drive. Only when
 * {@code -Dclinicdesk.snapshots=DIR} is set; otherwise does nothing.
 */
public final class Snapshots {
    private Snapshots() {
    }

    public static void save(FxRobot robot, Scene scene, String name) {
        String dir = System.getProperty("clinicdesk.snapshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        WritableImage[] holder = new WritableImage[1];
        robot.interact(() -> holder[0] = scene.snapshot(null));
        try {
            Files.createDirectories(Path.of(dir));
            ImageIO.write(SwingFXUtils.fromFXImage(holder[0], null), "png", new File(dir, name + ".png"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
