package org.clinicdesk.ui.signin;

import org.clinicdesk.ui.common.FieldRows;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.clinicdesk.domain.staff.StaffMember;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Styles;

/** "Create the first manager account": shown once, right after the clinic and centre form. */
public final class FirstManagerView {
    private final StackPane root = new StackPane();
    private final VBox nameRow;

    public FirstManagerView(FirstManagerViewModel vm, Consumer<StaffMember> onCreated) {
        root.getStyleClass().add("first-start");
        root.setId("first-manager");
        Label title = new Label(Messages.get("firstManager.title"));
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        Label intro = new Label(Messages.get("firstManager.intro"));
        intro.getStyleClass().add(Styles.HINT);
        intro.setWrapText(true);
        nameRow = FieldRows.text("staff.fullName", "first-manager-name", vm.fullNameProperty(),
                vm.errors().field("fullName"));
        Button save = new Button(Messages.get("firstManager.save"));
        save.setId("first-manager-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.savingProperty());
        save.setOnAction(e -> vm.save(onCreated));
        HBox buttons = new HBox(save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        Label passwordHint = new Label(Messages.get("staff.passwordHint"));
        passwordHint.getStyleClass().add(Styles.HINT);
        passwordHint.setWrapText(true);
        VBox card = new VBox(6, title, intro, new Separator(), nameRow,
                FieldRows.text("staff.username", "first-manager-username", vm.usernameProperty(),
                        vm.errors().field("username")),
                FieldRows.password("staff.password", "first-manager-password", vm.passwordProperty(),
                        vm.errors().field("password")),
                passwordHint,
                FieldRows.password("staff.repeatPassword", "first-manager-repeat", vm.repeatProperty(),
                        vm.errors().field("repeat")),
                FieldRows.formError(vm.errors().form(), "first-manager-error"), buttons);
        card.getStyleClass().add(Styles.CARD);
        card.setMaxWidth(520);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setPadding(new Insets(28, 32, 28, 32));
        root.getChildren().add(card);
    }

    public Parent root() {
        return root;
    }

    public void focusFirstField() {
        nameRow.getChildren().get(1).requestFocus();
    }
}
