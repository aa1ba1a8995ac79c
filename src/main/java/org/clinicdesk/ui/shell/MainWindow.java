package org.clinicdesk.ui.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Screen;
import org.clinicdesk.ui.common.Styles;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window's content: navigation on the left, the current screen, and a status line. */
public final class MainWindow {
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ToggleGroup navigation = new ToggleGroup();
    private final Map<String, Screen> screens = new LinkedHashMap<>();
    private final Map<String, ToggleButton> buttons = new LinkedHashMap<>();
    private final Label statusCentre = new Label();
    private final Label statusData = new Label();
    private final HBox statusBar = new HBox(16);
    private final ReadOnlyStringWrapper currentScreen = new ReadOnlyStringWrapper("");

    public MainWindow(String clinicName, List<Screen> screenList) {
        root.getStyleClass().add(Styles.MAIN_WINDOW);
        VBox nav = new VBox(4);
        nav.getStyleClass().add(Styles.NAVIGATION);
        nav.setPadding(new Insets(16, 10, 16, 10));
        Label brand = new Label(clinicName);
        brand.getStyleClass().add(Styles.BRAND);
        brand.setWrapText(true);
        brand.setMaxWidth(180);
        nav.getChildren().add(brand);
        int index = 1;
        for (Screen screen : screenList) {
            screens.put(screen.id(), screen);
            ToggleButton button = new ToggleButton(Messages.get(screen.titleKey()), new FontIcon(screen.icon()));
            button.setId("nav-" + screen.id());
            button.setToggleGroup(navigation);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().add(Styles.NAV_BUTTON);
            button.setTooltip(new Tooltip(Messages.get(screen.titleKey()) + "  (Ctrl+" + index++ + ")"));
            button.setOnAction(e -> show(screen.id()));
            buttons.put(screen.id(), button);
            nav.getChildren().add(button);
        }
        // a selected navigation button stays selected when clicked again
        navigation.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        content.getStyleClass().add(Styles.CONTENT);
        root.setLeft(nav);
        root.setCenter(content);
        root.setBottom(statusLine());
    }

    private Node statusLine() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        statusCentre.setId("status-centre");
        statusData.setId("status-data");
        statusBar.getChildren().setAll(statusCentre, spacer, statusData);
        statusBar.getStyleClass().add(Styles.STATUS_BAR);
        statusBar.setPadding(new Insets(4, 12, 4, 12));
        statusBar.setAlignment(Pos.CENTER_LEFT);
        return statusBar;
    }

    /** Adds controls at the right end of the status line (who is signed in, switch user, lock). */
    public void addStatusItems(Node... items) {
        statusBar.getChildren().addAll(items);
    }

    /** Installs Ctrl+1..6 for the screens and routes Ctrl+N / Ctrl+F / Ctrl+P to the current screen. */
    public void installShortcuts(Scene scene) {
        int index = 1;
        for (String id : screens.keySet()) {
            KeyCode digit = KeyCode.getKeyCode(Integer.toString(index++));
            scene.getAccelerators().put(new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN), () -> show(id));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                () -> routeNew());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> current().onFind());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN),
                () -> current().onPrint());
    }

    /** Ctrl+N means "new enquiry" from anywhere: the current screen first, else the enquiries screen. */
    private void routeNew() {
        if (!current().onNew() && screens.containsKey("enquiries") && screens.get("enquiries").onNew()) {
            show("enquiries");
        }
    }

    public void show(String id) {
        Screen screen = screens.get(id);
        if (screen == null) {
            throw new IllegalArgumentException("No screen " + id);
        }
        buttons.get(id).setSelected(true);
        content.getChildren().setAll(screen.view());
        currentScreen.set(id);
        screen.onShow();
    }

    private Screen current() {
        return screens.get(currentScreen.get());
    }

    public ReadOnlyStringProperty currentScreenProperty() {
        return currentScreen.getReadOnlyProperty();
    }

    public void setStatus(String centre, String dataFile) {
        statusCentre.setText(Messages.format("status.centre", centre));
        statusData.setText(Messages.format("status.data", dataFile));
    }

    public BorderPane root() {
        return root;
    }
}
