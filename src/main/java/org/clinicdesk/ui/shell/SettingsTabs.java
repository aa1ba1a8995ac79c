package org.clinicdesk.ui.shell;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import org.clinicdesk.domain.clinic.Clinic;
import org.clinicdesk.domain.staff.Permission;
import org.clinicdesk.domain.staff.StaffMember;
import org.clinicdesk.ui.common.DialogService;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.TaskRunner;
import org.clinicdesk.ui.settings.SettingsScreen;
import org.clinicdesk.ui.settings.SettingsServices;
import org.clinicdesk.ui.settings.audit.AuditTab;
import org.clinicdesk.ui.settings.audit.AuditTabViewModel;
import org.clinicdesk.ui.settings.backups.BackupsTab;
import org.clinicdesk.ui.settings.backups.BackupsTabViewModel;
import org.clinicdesk.ui.settings.clinic.ClinicTab;
import org.clinicdesk.ui.settings.clinic.ClinicTabViewModel;
import org.clinicdesk.ui.settings.clinicians.CliniciansTab;
import org.clinicdesk.ui.settings.clinicians.CliniciansTabViewModel;
import org.clinicdesk.ui.settings.conditions.ConditionsTab;
import org.clinicdesk.ui.settings.conditions.ConditionsTabViewModel;
import org.clinicdesk.ui.settings.imports.ImportTab;
import org.clinicdesk.ui.settings.imports.ImportTabViewModel;
import org.clinicdesk.ui.settings.privacy.PrivacyTab;
import org.clinicdesk.ui.settings.privacy.PrivacyTabViewModel;
import org.clinicdesk.ui.settings.staff.StaffTab;
import org.clinicdesk.ui.settings.staff.StaffTabViewModel;

/**
 * Builds Settings for the person signed in: each tab's view model, then its view, in the order the tabs show
 * (clinic, conditions, staff, audit, privacy, clinicians, backups, import). A tab the person may not use is not built.
 */
final class SettingsTabs {
    private final SettingsServices services;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    SettingsTabs(SettingsServices services, TaskRunner tasks, DialogService dialogs) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /**
     * @param onClinicChanged after the clinic's name or this desk's centre changed (the status line follows)
     * @param onIdleMinutesSaved after Privacy saved a new idle-lock time
     */
    SettingsScreen screen(StaffMember user, Optional<Clinic> clinic, Runnable onClinicChanged,
                          IntConsumer onIdleMinutesSaved) {
        ClinicTabViewModel clinicModel = new ClinicTabViewModel(services.clinic(), tasks,
                onClinicChanged);
        ConditionsTabViewModel conditions = new ConditionsTabViewModel(services.clinic(), tasks);
        List<Tab> tabs = new ArrayList<>();
        tabs.add(tab("settings-tab-clinic", "settings.tab.clinic", new ClinicTab(clinicModel).root()));
        tabs.add(tab("settings-tab-conditions", "settings.tab.conditions", new ConditionsTab(conditions).root()));
        ZoneId zone = clinic.map(c -> ZoneId.of(c.timeZone())).orElse(ZoneId.systemDefault());
        if (user.may(Permission.MANAGE_STAFF)) {
            StaffTabViewModel vm = new StaffTabViewModel(services.staff(), tasks, dialogs);
            tabs.add(loading("settings-tab-staff", "settings.tab.staff", new StaffTab(vm).root(), vm::load));
        }
        if (user.may(Permission.VIEW_AUDIT)) {
            AuditTabViewModel vm = new AuditTabViewModel(services.audit(), services.staff(),
                    services.outputs(), tasks, dialogs, zone, Platform::runLater);
            tabs.add(loading("settings-tab-audit", "settings.tab.audit", new AuditTab(vm).root(), vm::load));
        }
        boolean settings = user.may(Permission.MANAGE_SETTINGS);
        boolean erase = user.may(Permission.ERASE_PERSONAL_DATA);
        if (settings || erase) {
            PrivacyTabViewModel vm = new PrivacyTabViewModel(services.privacy(), tasks, dialogs,
                    onIdleMinutesSaved);
            tabs.add(loading("settings-tab-privacy", "settings.tab.privacy",
                    new PrivacyTab(vm, settings, erase, zone).root(), vm::load));
        }
        CliniciansTabViewModel clinicians = new CliniciansTabViewModel(services.clinicians(),
                services.clinic(), tasks);
        tabs.add(loading("settings-tab-clinicians", "clinicians.tab", new CliniciansTab(clinicians).root(),
                clinicians::load));
        if (services.backups() != null) {
            BackupsTabViewModel vm = new BackupsTabViewModel(services.backups(), tasks, dialogs,
                    Platform::runLater);
            tabs.add(loading("settings-tab-backups", "settings.tab.backups", new BackupsTab(vm).root(), vm::load));
        }
        if (services.imports() != null) {
            ImportTabViewModel vm = new ImportTabViewModel(services.imports(), services.tables(),
                    tasks, dialogs, Platform::runLater);
            tabs.add(loading("settings-tab-import", "settings.tab.import", new ImportTab(vm).root(), vm::load));
        }
        return new SettingsScreen(tabs, () -> {
            clinicModel.load();
            conditions.load();
        });
    }

    private static Tab tab(String id, String key, Node content) {
        Tab tab = new Tab(Messages.get(key), content);
        tab.setId(id);
        return tab;
    }

    /** A tab that loads its content each time it is chosen. */
    private static Tab loading(String id, String key, Node content, Runnable load) {
        Tab tab = tab(id, key, content);
        tab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                load.run();
            }
        });
        return tab;
    }
}
