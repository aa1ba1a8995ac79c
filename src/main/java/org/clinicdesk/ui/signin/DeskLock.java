package org.clinicdesk.ui.signin;

import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.clinicdesk.domain.staff.StaffMember;

/**
 * Covers the main window with the lock (idle or on demand) or the switch-user card. While covered, the main window is
 * not drawn at all, so nothing of it shows; unlocking as the same person brings it back exactly as it was.
 */
public final class DeskLock {
    private final StackPane stack = new StackPane();
    private final StackPane cover = new StackPane();
    private final SignInViewModel vm;
    private final IdleLock idle;
    private final Consumer<StaffMember> onOtherUser;
    private Node main;
    private StaffMember current;
    private boolean locked;

    /** @param onOtherUser called when someone else signs in at the desk (the window is rebuilt for them) */
    public DeskLock(SignInViewModel vm, LongSupplier nanoTicker, Consumer<StaffMember> onOtherUser) {
        this.vm = vm;
        this.onOtherUser = onOtherUser;
        this.idle = new IdleLock(nanoTicker, this::lock);
        cover.setVisible(false);
        stack.setId("desk");
    }

    /** Puts the main window of {@code user} under the lock and starts the idle timer on {@code scene}. */
    public Parent wrap(Node mainRoot, StaffMember user, Scene scene) {
        main = mainRoot;
        current = user;
        locked = false;
        main.setVisible(true);
        cover.setVisible(false);
        cover.getChildren().clear();
        stack.getChildren().setAll(main, cover);
        idle.watch(scene);
        return stack;
    }

    public void lock() {
        if (main != null) {
            locked = true;
            show(SignInView.Mode.LOCKED);
        }
    }

    public void switchUser() {
        if (main != null) {
            show(SignInView.Mode.SWITCH_USER);
        }
    }

    private void show(SignInView.Mode mode) {
        idle.disarm();
        vm.clear();
        SignInView view = new SignInView(vm, mode, current, this::signedIn,
                mode == SignInView.Mode.LOCKED ? () -> show(SignInView.Mode.SWITCH_USER) : null,
                mode == SignInView.Mode.SWITCH_USER ? this::cancelSwitch : null);
        cover.getChildren().setAll(view.root());
        cover.setVisible(true);
        main.setVisible(false);
        view.focus();
    }

    /** Leaving the switch card returns to the lock if the desk was locked: cancelling never unlocks. */
    private void cancelSwitch() {
        if (locked) {
            show(SignInView.Mode.LOCKED);
        } else {
            uncover();
        }
    }

    private void signedIn(StaffMember member) {
        if (current != null && member.id() == current.id()) {
            uncover();
        } else {
            current = member;
            onOtherUser.accept(member);
        }
    }

    private void uncover() {
        locked = false;
        cover.getChildren().clear();
        cover.setVisible(false);
        main.setVisible(true);
        idle.arm();
    }

    /** True while the lock or the switch card covers the window (shortcuts must not reach the screens then). */
    public boolean covering() {
        return cover.isVisible();
    }

    public boolean locked() {
        return locked;
    }

    public IdleLock idleLock() {
        return idle;
    }

    public void stop() {
        idle.stop();
    }
}
