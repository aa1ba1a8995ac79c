import java.time.Duration;
import java.time.Instant;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The floor for start-up: a bare JavaFX window, packaged and started like ClinicDesk; prints when it was shown. */
public class BareWindow extends Application {
    public static void main(String[] args) {
        Application.launch(BareWindow.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Bare JavaFX window")), 1280, 800));
        stage.setOnShown(e -> {
            Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            System.out.println("Window shown " + Duration.between(started, Instant.now()).toMillis()
                    + " ms after the process started");
            if (Boolean.getBoolean("bare.stay")) {
                return;
            }
            Platform.runLater(Platform::exit);
        });
        stage.show();
    }
}
