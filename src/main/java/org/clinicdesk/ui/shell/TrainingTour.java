package org.clinicdesk.ui.shell;

import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;
import org.clinicdesk.ui.common.Screen;

/**
 * The packaging's training run ({@code -Dclinicdesk.training=true}, see packaging/linux/build.sh): opens each main
 * screen in turn, then closes ClinicDesk, so that the class-data (AOT) cache recorded from the run holds what a
 * morning at the desk loads. Never on in normal use.
 */
final class TrainingTour {
    static final boolean ON = Boolean.getBoolean("clinicdesk.training");
    private static final Duration STEP = Duration.seconds(3);

    private TrainingTour() {
    }

    static void run(MainWindow window, List<Screen> screens) {
        Timeline tour = new Timeline();
        for (int i = 0; i < screens.size(); i++) {
            String id = screens.get(i).id();
            tour.getKeyFrames().add(new KeyFrame(STEP.multiply(i + 1), e -> window.show(id)));
        }
        tour.getKeyFrames().add(new KeyFrame(STEP.multiply(screens.size() + 1), e -> window.show("today")));
        tour.getKeyFrames().add(new KeyFrame(STEP.multiply(screens.size() + 2), e -> Platform.exit()));
        tour.play();
    }
}
