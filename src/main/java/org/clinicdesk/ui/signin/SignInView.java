package org.clinicdesk.ui.signin;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.clinicdesk.domain.staff.StaffMember;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The sign-in card, in three modes: signing in at start, switching user, and the idle lock. The lock shows only the
 * desk user's name: no personal data of visitors.
 */
public final class SignInView {
    public enum Mode { SIGN_IN, SWITCH_USER, LOCKED }

    private final SignInViewModel vm;
    private final StackPane root = new StackPane();
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final Mode mode;

    /**
     * @param lockedUser who is signed in (LOCKED mode), else null
     * @param onSwitch   "Switch user" on the lock (null elsewhere)
     * @param onCancel   "Cancel" when switching user (null elsewhere)
     */
    public SignInView(SignInViewModel vm, Mode mode, StaffMember lockedUser, Consumer<StaffMember> onSuccess,
                      Runnable onSwitch, Runnable onCancel) {
        this.vm = vm;
        this.mode = mode;
        root.getStyleClass().add(mode == Mode.LOCKED ? "lock-screen" : "sign-in-screen");
        root.setId(mode == Mode.LOCKED ? "lock-screen" : "sign-in-screen");
        VBox card = new VBox(8);
        card.getStyleClass().add(Styles.CARD);
        card.setMaxWidth(420);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        card.setPadding(new Insets(28, 32, 28, 32));
        Label title = new Label(Messages.get(switch (mode) {
            case SIGN_IN -> "signIn.title";
            case SWITCH_USER -> "signIn.switchTitle";
            case LOCKED -> "signIn.lockedTitle";
        }), new FontIcon(mode == Mode.LOCKED ? Material2OutlinedAL.LOCK : Material2OutlinedAL.ACCOUNT_CIRCLE));
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        card.getChildren().add(title);
        if (mode == Mode.LOCKED) {
            Label who = new Label(Messages.format("signIn.lockedWho", lockedUser == null ? "" : lockedUser.fullName()));
            who.setId("lock-who");
            who.setWrapText(true);
            card.getChildren().add(who);
        } else {
            username.setId("signin-username");
            username.textProperty().bindBidirectional(vm.usernameProperty());
            Label userLabel = new Label(Messages.get("signIn.username"));
            userLabel.setLabelFor(username);
            card.getChildren().addAll(userLabel, username);
        }
        password.setId("signin-password");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        Label passwordLabel = new Label(Messages.get("signIn.password"));
        passwordLabel.setLabelFor(password);
        Label error = new Label();
        error.setId("signin-error");
        error.getStyleClass().add(Styles.FORM_ERROR);
        error.setWrapText(true);
        error.textProperty().bind(vm.errors().form());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Button submit = new Button(Messages.get(mode == Mode.LOCKED ? "signIn.unlock" : "signIn.submit"));
        submit.setId("signin-submit");
        submit.getStyleClass().add("accent");
        submit.setDefaultButton(true);
        submit.disableProperty().bind(vm.busyProperty());
        submit.setOnAction(e -> {
            if (mode == Mode.LOCKED) {
                vm.unlock(onSuccess);
            } else {
                vm.signIn(onSuccess);
            }
        });
        HBox buttons = new HBox(8);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        if (onSwitch != null) {
            buttons.getChildren().add(button("signin-switch", "signIn.switchUser", onSwitch));
        }
        if (onCancel != null) {
            Button cancel = button("signin-cancel", "signIn.cancel", onCancel);
            cancel.setCancelButton(true);
            buttons.getChildren().add(cancel);
        }
        buttons.getChildren().add(submit);
        card.getChildren().addAll(passwordLabel, password, error, buttons);
        if (mode == Mode.SIGN_IN) {
            Label hint = new Label(Messages.get("signIn.hint"));
            hint.getStyleClass().add(Styles.HINT);
            hint.setWrapText(true);
            card.getChildren().add(hint);
        }
        root.getChildren().add(card);
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setOnAction(e -> {
            vm.clear();
            action.run();
        });
        return b;
    }

    public Parent root() {
        return root;
    }

    public void focus() {
        (mode == Mode.LOCKED ? password : username).requestFocus();
    }
}
