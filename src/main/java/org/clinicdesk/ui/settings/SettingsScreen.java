package org.clinicdesk.ui.settings;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Styles;
import org.clinicdesk.ui.shell.Screen;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** Settings: clinic and centres, conditions, and the tabs later features add (staff, audit, backups...). */
public final class SettingsScreen implements Screen {
    private final ClinicSettingsViewModel viewModel;
    private final List<Tab> extraTabs;
    private Node view;

    public SettingsScreen(ClinicSettingsViewModel viewModel, List<Tab> extraTabs) {
        this.viewModel = viewModel;
        this.extraTabs = extraTabs;
    }

    @Override
    public String id() {
        return "settings";
    }

    @Override
    public String titleKey() {
        return "nav.settings";
    }

    @Override
    public Ikon icon() {
        return Material2OutlinedAL.BUILD;
    }

    @Override
    public Node view() {
        if (view == null) {
            Label title = new Label(Messages.get("nav.settings"));
            title.getStyleClass().add(Styles.SCREEN_TITLE);
            Tab clinic = new Tab(Messages.get("settings.tab.clinic"), new ClinicCentresPane(viewModel).root());
            clinic.setId("settings-tab-clinic");
            Tab conditions = new Tab(Messages.get("settings.tab.conditions"), new ConditionsPane(viewModel).root());
            conditions.setId("settings-tab-conditions");
            TabPane tabs = new TabPane(clinic, conditions);
            tabs.getTabs().addAll(extraTabs);
            tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            VBox box = new VBox(12, title, tabs);
            VBox.setVgrow(tabs, javafx.scene.layout.Priority.ALWAYS);
            box.getStyleClass().add(Styles.SCREEN);
            box.setPadding(new Insets(24));
            view = box;
        }
        return view;
    }

    @Override
    public void onShow() {
        viewModel.load();
    }
}
