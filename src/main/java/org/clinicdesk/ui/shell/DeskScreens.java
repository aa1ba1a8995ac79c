package org.clinicdesk.ui.shell;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Tab;
import javafx.stage.Window;
import org.clinicdesk.document.csv.CsvReading;
import org.clinicdesk.domain.clinic.Clinic;
import org.clinicdesk.domain.staff.StaffMember;
import org.clinicdesk.ui.backup.BackupNotice;
import org.clinicdesk.ui.backup.BackupsView;
import org.clinicdesk.ui.backup.BackupsViewModel;
import org.clinicdesk.ui.common.DialogService;
import org.clinicdesk.ui.consultation.CliniciansTab;
import org.clinicdesk.ui.consultation.ConsultationsScreen;
import org.clinicdesk.ui.enquiry.EnquiriesScreen;
import org.clinicdesk.ui.enquiry.EnquiryActionsViewModel;
import org.clinicdesk.ui.enquiry.EnquiryFormViewModel;
import org.clinicdesk.ui.enquiry.EnquiryHandoffs;
import org.clinicdesk.ui.enquiry.EnquiryListViewModel;
import org.clinicdesk.ui.placeholder.ComingScreen;
import org.clinicdesk.ui.settings.ClinicSettingsViewModel;
import org.clinicdesk.ui.settings.SettingsScreen;
import org.clinicdesk.ui.sheet.SheetGiver;
import org.clinicdesk.ui.sheet.SheetPrinter;
import org.clinicdesk.ui.sheet.SheetScreens;
import org.clinicdesk.ui.sheet.SheetsDueCard;
import org.clinicdesk.ui.staff.StaffSettingsTabs;
import org.clinicdesk.ui.today.TodayNavigator;
import org.clinicdesk.ui.today.TodayScreen;
import org.clinicdesk.ui.transfer.ImportView;
import org.clinicdesk.ui.transfer.ImportViewModel;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * Builds the main window's screens for the person signed in, and the ways between them: Today opens an enquiry or a
 * consultation, an enquiry gives sheets or books a consultation.
 */
final class DeskScreens {
    /** The screens in navigation order, and "Give sheets" for whoever needs it outside the screens. */
    record Built(List<Screen> screens, SheetGiver sheetGiver) {
    }

    private final Supplier<Window> owner;
    private final UiServices services;
    private final DialogService dialogs;
    private final SheetPrinter printer;
    private final String stylesheetUrl;
    private final Consumer<String> show;
    private final Runnable refreshStatus;
    private final IntConsumer idleMinutesChanged;

    /** @param show shows the screen with that id in the main window */
    DeskScreens(Supplier<Window> owner, UiServices services, DialogService dialogs, SheetPrinter printer,
                String stylesheetUrl, Consumer<String> show, Runnable refreshStatus, IntConsumer idleMinutesChanged) {
        this.owner = owner;
        this.services = services;
        this.dialogs = dialogs;
        this.printer = printer;
        this.stylesheetUrl = stylesheetUrl;
        this.show = show;
        this.refreshStatus = refreshStatus;
        this.idleMinutesChanged = idleMinutesChanged;
    }

    Built build(StaffMember user, Optional<Clinic> clinic) {
        SheetScreens sheets = SheetScreens.create(owner, services.sheets(), services.clinicService(), services.tasks(),
                dialogs, printer, stylesheetUrl);
        ConsultationsScreen consultations = new ConsultationsScreen(services.consultationService(),
                services.consultationStatusService(), services.tasks(), dialogs, services.links());
        EnquiryFormViewModel form = new EnquiryFormViewModel(services.enquiryService(), services.clinicService(),
                services.tasks(), dialogs);
        EnquiriesScreen enquiries = new EnquiriesScreen(new EnquiryListViewModel(services.enquiryService(),
                services.followUpQueue(), services.tasks(), dialogs), form,
                new EnquiryActionsViewModel(services.enquiryService(), services.tasks(), services.links(), form));
        enquiries.setHandoffs(new EnquiryHandoffs() {
            @Override
            public void giveSheets(long enquiryId, List<Long> conditionIds, Runnable whenDone) {
                sheets.giver().giveSheets(enquiryId, conditionIds, whenDone);
            }

            @Override
            public void bookConsultation(long enquiryId) {
                show.accept("consultations");
                consultations.bookForEnquiry(enquiryId);
            }
        });
        ClinicSettingsViewModel settings = new ClinicSettingsViewModel(services.clinicService(), services.tasks(),
                refreshStatus);
        List<Screen> screens = List.of(
                today(consultations, form),
                enquiries,
                consultations,
                sheets.screen(),
                new ComingScreen("reports", "nav.reports", Material2OutlinedMZ.SHOW_CHART, "coming.reports"),
                new SettingsScreen(settings, withDataSafetyTabs(settingsTabs(user, clinic))));
        return new Built(screens, sheets.giver());
    }

    private TodayScreen today(ConsultationsScreen consultations, EnquiryFormViewModel form) {
        TodayScreen today = new TodayScreen(services.todayService(), services.tasks(), new TodayNavigator() {
            @Override
            public void openConsultation(long centreId, LocalDate day, long consultationId) {
                show.accept("consultations");
                consultations.openConsultation(centreId, day, consultationId);
            }

            @Override
            public void openEnquiry(long enquiryId) {
                show.accept("enquiries");
                form.open(enquiryId);
            }

            @Override
            public void openFollowUps() {
                show.accept("enquiries");
            }
        });
        today.setSheetsCard(new SheetsDueCard(services.sheets().sheets(), services.tasks(),
                () -> show.accept("sheets")).node());
        if (services.backupActions() != null) {
            today.setBackupNotice(new BackupNotice(services.backupActions(), services.tasks()).root());
        }
        return today;
    }

    /** The staff feature's tabs for this person, then Clinicians. */
    private List<Tab> settingsTabs(StaffMember user, Optional<Clinic> clinic) {
        ZoneId zone = clinic.map(c -> ZoneId.of(c.timeZone())).orElse(ZoneId.systemDefault());
        List<Tab> tabs = new ArrayList<>(StaffSettingsTabs.forUser(user, services.staffService(),
                services.auditService(), services.privacyService(), zone, services.tasks(), dialogs,
                idleMinutesChanged::accept));
        tabs.add(new CliniciansTab(services.clinicianService(), services.clinicService(), services.tasks()).tab());
        return tabs;
    }

    /** Settings → Backups and Import enquiries, after the other tabs. */
    private List<Tab> withDataSafetyTabs(List<Tab> others) {
        List<Tab> tabs = new ArrayList<>(others);
        if (services.backupActions() != null) {
            tabs.add(BackupsView.tab(new BackupsViewModel(services.backupActions(), services.tasks(), dialogs,
                    Platform::runLater)));
        }
        if (services.importService() != null) {
            tabs.add(ImportView.tab(new ImportViewModel(services.importService(), CsvReading::read, services.tasks(),
                    dialogs, Platform::runLater)));
        }
        return tabs;
    }
}
