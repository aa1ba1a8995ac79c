package org.clinicdesk.ui.shell;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.clinicdesk.domain.clinic.Clinic;
import org.clinicdesk.domain.consultation.SlipPaper;
import org.clinicdesk.domain.sheet.SheetPageSize;
import org.clinicdesk.domain.staff.Permission;
import org.clinicdesk.domain.staff.StaffMember;
import org.clinicdesk.ui.backup.BackupNotice;
import org.clinicdesk.ui.common.DialogService;
import org.clinicdesk.ui.common.FxThread;
import org.clinicdesk.ui.common.Screen;
import org.clinicdesk.ui.common.TaskRunner;
import org.clinicdesk.ui.consultation.AgendaViewModel;
import org.clinicdesk.ui.consultation.BookingSlipViewModel;
import org.clinicdesk.ui.consultation.BookingViewModel;
import org.clinicdesk.ui.consultation.ConfirmationsViewModel;
import org.clinicdesk.ui.consultation.ConsultationServices;
import org.clinicdesk.ui.consultation.DayListExport;
import org.clinicdesk.ui.consultation.DiaryView;
import org.clinicdesk.ui.consultation.DiaryViewModel;
import org.clinicdesk.ui.consultation.SlipPrinter;
import org.clinicdesk.ui.enquiry.ConsentWithdrawalViewModel;
import org.clinicdesk.ui.enquiry.EnquiryActionsViewModel;
import org.clinicdesk.ui.enquiry.EnquiryFormViewModel;
import org.clinicdesk.ui.enquiry.EnquiryListView;
import org.clinicdesk.ui.enquiry.EnquiryListViewModel;
import org.clinicdesk.ui.enquiry.EnquiryNavigator;
import org.clinicdesk.ui.enquiry.EnquiryServices;
import org.clinicdesk.ui.report.ReportPrinter;
import org.clinicdesk.ui.report.ReportsView;
import org.clinicdesk.ui.report.ReportsViewModel;
import org.clinicdesk.ui.sheet.GiveSheetsView;
import org.clinicdesk.ui.sheet.GiveSheetsViewModel;
import org.clinicdesk.ui.sheet.SheetEditorViewModel;
import org.clinicdesk.ui.sheet.SheetEditorWindow;
import org.clinicdesk.ui.sheet.SheetLibraryView;
import org.clinicdesk.ui.sheet.SheetLibraryViewModel;
import org.clinicdesk.ui.sheet.SheetPrinter;
import org.clinicdesk.ui.sheet.SheetServices;
import org.clinicdesk.ui.sheet.SheetsDueCard;
import org.clinicdesk.ui.today.TodayNavigator;
import org.clinicdesk.ui.today.TodayView;
import org.clinicdesk.ui.today.TodayViewModel;

/**
 * Builds the main window's screens for the person signed in, and the ways between them: Today opens an enquiry or a
 * consultation, an enquiry gives sheets or books a consultation.
 */
final class DeskScreens {
    private final Supplier<Window> owner;
    private final UiServices services;
    private final DeskServices desk;
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
        this.desk = services.desk();
        this.dialogs = dialogs;
        this.printer = printer;
        this.stylesheetUrl = stylesheetUrl;
        this.show = show;
        this.refreshStatus = refreshStatus;
        this.idleMinutesChanged = idleMinutesChanged;
    }

    /** The screens in navigation order. */
    List<Screen> build(StaffMember user, Optional<Clinic> clinic) {
        TaskRunner tasks = desk.tasks();
        SheetServices sheets = services.sheets();
        SheetLibraryViewModel library = new SheetLibraryViewModel(sheets.sheets(), desk.clinic(), sheets.output(),
                tasks, dialogs, printer);
        SheetEditorWindow editor = sheetEditor(library);
        GiveSheetsView giveSheets = new GiveSheetsView(owner, new GiveSheetsViewModel(sheets.output(), tasks, dialogs,
                printer), stylesheetUrl);
        DiaryView consultations = diary();
        EnquiryServices enquiryServices = services.enquiries();
        EnquiryFormViewModel form = new EnquiryFormViewModel(enquiryServices.enquiries(), desk.clinic(), tasks,
                dialogs);
        EnquiryListView enquiries = new EnquiryListView(new EnquiryListViewModel(enquiryServices.enquiries(),
                enquiryServices.followUps(), enquiryServices.exportFile(), desk.outputs(), tasks, dialogs,
                FxThread::later), form,
                new EnquiryActionsViewModel(enquiryServices.enquiries(), tasks, desk.links(), form),
                new ConsentWithdrawalViewModel(enquiryServices.enquiries(), desk.privacy(), tasks, dialogs, form,
                        () -> desk.signIn().current().map(s -> s.may(Permission.ERASE_PERSONAL_DATA))
                                .orElse(false)));
        enquiries.setNavigator(new EnquiryNavigator() {
            @Override
            public void giveSheets(long enquiryId, List<Long> conditionIds, Runnable whenDone) {
                giveSheets.giveSheets(enquiryId, conditionIds, whenDone);
            }

            @Override
            public void bookConsultation(long enquiryId) {
                show.accept("consultations");
                consultations.bookForEnquiry(enquiryId);
            }
        });
        return List.of(
                today(consultations, form),
                enquiries,
                consultations,
                new SheetLibraryView(library, () -> editor, giveSheets),
                new ReportsView(new ReportsViewModel(services.reports().reports(), desk.outputs(), tasks, dialogs,
                        reportPrinter())),
                new SettingsTabs(services.settings(), tasks, dialogs).screen(user, clinic, refreshStatus, idleMinutesChanged));
    }

    /** Reports print their own PDF pages on the desk's printer, the way sheets do. */
    private ReportPrinter reportPrinter() {
        return new ReportPrinter() {
            @Override
            public List<BufferedImage> pages(byte[] pdf) {
                return services.sheets().output().pages(pdf, SheetPrinter.PRINT_DPI);
            }

            @Override
            public Outcome print(List<BufferedImage> pages, String jobName) {
                return switch (printer.print(pages, SheetPageSize.A4, jobName)) {
                    case PRINTED -> Outcome.PRINTED;
                    case CANCELLED -> Outcome.CANCELLED;
                    case NO_PRINTER -> Outcome.NO_PRINTER;
                    case FAILED -> Outcome.FAILED;
                };
            }
        };
    }

    /** Booking slips print their own PDF pages on the desk's printer, on A5 or A4. */
    private SlipPrinter slipPrinter() {
        return new SlipPrinter() {
            @Override
            public boolean available() {
                return printer.available();
            }

            @Override
            public List<BufferedImage> pages(byte[] pdf) {
                return services.sheets().output().pages(pdf, SheetPrinter.PRINT_DPI);
            }

            @Override
            public Outcome print(List<BufferedImage> pages, SlipPaper paper, String jobName) {
                return switch (printer.print(pages, SheetPrinter.Paper.valueOf(paper.name()), jobName)) {
                    case PRINTED -> Outcome.PRINTED;
                    case CANCELLED -> Outcome.CANCELLED;
                    case NO_PRINTER -> Outcome.NO_PRINTER;
                    case FAILED -> Outcome.FAILED;
                };
            }
        };
    }

    /** The consultations screen: the diary, the agenda, tomorrow's confirmations, the day list and bookings. */
    private DiaryView diary() {
        ConsultationServices c = services.consultations();
        TaskRunner tasks = desk.tasks();
        DiaryViewModel diary = new DiaryViewModel(c.consultations(), c.statuses(), tasks);
        AgendaViewModel agenda = new AgendaViewModel(c.consultations(), tasks);
        ConfirmationsViewModel confirmations = new ConfirmationsViewModel(c.consultations(), c.statuses(), tasks,
                desk.links());
        DayListExport export = new DayListExport(diary, c.dayLists(), desk.outputs(), dialogs, tasks);
        return new DiaryView(diary, agenda, confirmations, export, () -> new BookingViewModel(c.consultations(), tasks),
                dialogs, new BookingSlipViewModel(c.slips(), slipPrinter(), desk.outputs(), dialogs, tasks));
    }

    private SheetEditorWindow sheetEditor(SheetLibraryViewModel library) {
        SheetServices sheets = services.sheets();
        SheetEditorViewModel model = new SheetEditorViewModel(sheets.sheets(), sheets.output(), desk.tasks(),
                changed -> library.refresh());
        return new SheetEditorWindow(owner, model, stylesheetUrl, library.conditions(), dialogs);
    }

    private TodayView today(DiaryView consultations, EnquiryFormViewModel form) {
        TodayView today = new TodayView(new TodayViewModel(services.today(), desk.tasks()), new TodayNavigator() {
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
        today.setSheetsCard(new SheetsDueCard(services.sheets().sheets(), desk.tasks(),
                () -> show.accept("sheets")).node());
        if (services.settings().backups() != null) {
            today.setBackupNotice(new BackupNotice(services.settings().backups(), desk.tasks()).root());
        }
        return today;
    }
}
