package org.clinicdesk.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * After a refused save: the problems of a form listed in form order, each a link (Tab, then Enter) that takes the
 * cursor to its field; and {@link #focusFirst()} scrolls to the first field that needs attention and focuses it.
 */
public final class ProblemList {
    private final FormErrors errors;
    private final ScrollPane scroll;
    private final Map<String, Target> targets = new LinkedHashMap<>();
    private final VBox items = new VBox(2);
    private final VBox box;

    private record Target(String label, Node field) {
    }

    /** @param scroll the pane the form scrolls in; null if it does not scroll */
    public ProblemList(FormErrors errors, ScrollPane scroll, String id) {
        this.errors = errors;
        this.scroll = scroll;
        box = new VBox(4, Labels.heading("form.problems.title"), items);
        box.setId(id);
        box.getStyleClass().add("problem-list");
        box.visibleProperty().bind(errors.form().isNotEmpty().and(javafx.beans.binding.Bindings.isNotEmpty(errors.fields())));
        box.managedProperty().bind(box.visibleProperty());
        errors.fields().addListener((MapChangeListener<String, String>) c -> rebuild());
    }

    /** Registers a field, in the order the form shows it. */
    public ProblemList field(String name, String labelKey, Node field) {
        targets.put(name, new Target(Messages.get(labelKey), field));
        return this;
    }

    public Node node() {
        return box;
    }

    private void rebuild() {
        items.getChildren().clear();
        targets.forEach((name, target) -> {
            String message = errors.fields().get(name);
            if (message != null) {
                Hyperlink link = new Hyperlink(Messages.format("form.problems.item", target.label(), message));
                link.setId(box.getId() + "-" + name);
                link.setWrapText(true);
                link.setOnAction(e -> focus(target.field()));
                items.getChildren().add(link);
            }
        });
    }

    /** Scrolls to the first field in form order that has a problem and puts the cursor there; false if none. */
    public boolean focusFirst() {
        for (Map.Entry<String, Target> e : targets.entrySet()) {
            if (errors.fields().containsKey(e.getKey())) {
                focus(e.getValue().field());
                return true;
            }
        }
        return false;
    }

    private void focus(Node field) {
        if (scroll != null && scroll.getContent() != null) {
            scroll.layout();
            Node content = scroll.getContent();
            Bounds b = content.sceneToLocal(field.localToScene(field.getBoundsInLocal()));
            double extra = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            if (extra > 0) {
                // the field a little below the top edge, with its label above it in view
                scroll.setVvalue(Math.clamp((b.getMinY() - 40) / extra, 0, 1) * (scroll.getVmax() - scroll.getVmin())
                        + scroll.getVmin());
            }
        }
        field.requestFocus();
    }

    /** The names of the fields with problems, in form order, as the person reads them ("Phone, Consent"). */
    public static String names(Map<String, String> problems, java.util.List<String> order, String labelPrefix) {
        return String.join(", ", order.stream().filter(problems::containsKey)
                .map(name -> Messages.get(labelPrefix + name)).toList());
    }
}
