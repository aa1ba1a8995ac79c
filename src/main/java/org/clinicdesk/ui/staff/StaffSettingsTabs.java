package org.clinicdesk.ui.staff;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import org.clinicdesk.domain.audit.AuditService;
import org.clinicdesk.domain.privacy.PrivacyService;
import org.clinicdesk.domain.staff.Permission;
import org.clinicdesk.domain.staff.StaffMember;
import org.clinicdesk.domain.staff.StaffService;
import org.clinicdesk.ui.common.DialogService;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.TaskRunner;
import org.clinicdesk.ui.privacy.PrivacyPane;
import org.clinicdesk.ui.privacy.PrivacyViewModel;

/** The Settings tabs of this feature that the signed-in person may use: Staff, Audit, Privacy. */
public final class StaffSettingsTabs {
    private StaffSettingsTabs() {
    }

    public static List<Tab> forUser(StaffMember user, StaffService staff, AuditService audit, PrivacyService privacy,
                                    ZoneId zone, TaskRunner tasks, DialogService dialogs,
                                    java.util.function.IntConsumer onIdleMinutesSaved) {
        List<Tab> tabs = new ArrayList<>();
        if (user.may(Permission.MANAGE_STAFF)) {
            StaffViewModel vm = new StaffViewModel(staff, tasks, dialogs);
            tabs.add(tab("settings-tab-staff", "settings.tab.staff", new StaffPane(vm).root(), vm::load));
        }
        if (user.may(Permission.VIEW_AUDIT)) {
            AuditViewModel vm = new AuditViewModel(audit, staff, tasks, dialogs, zone);
            tabs.add(tab("settings-tab-audit", "settings.tab.audit", new AuditPane(vm).root(), vm::load));
        }
        boolean settings = user.may(Permission.MANAGE_SETTINGS);
        boolean erase = user.may(Permission.ERASE_PERSONAL_DATA);
        if (settings || erase) {
            PrivacyViewModel vm = new PrivacyViewModel(privacy, tasks, dialogs, onIdleMinutesSaved);
            tabs.add(tab("settings-tab-privacy", "settings.tab.privacy", new PrivacyPane(vm, settings, erase, zone).root(),
                    vm::load));
        }
        return tabs;
    }

    /** A tab that loads its content each time it is chosen. */
    private static Tab tab(String id, String key, Node content, Runnable load) {
        Tab tab = new Tab(Messages.get(key), content);
        tab.setId(id);
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected()) {
                load.run();
            }
        });
        return tab;
    }
}
