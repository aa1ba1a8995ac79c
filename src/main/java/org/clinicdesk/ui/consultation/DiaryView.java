package org.clinicdesk.ui.consultation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.common.DateFormats;
import org.clinicdesk.domain.consultation.Clinician;
import org.clinicdesk.domain.consultation.Consultation;
import org.clinicdesk.ui.common.DateFields;
import org.clinicdesk.ui.common.DialogService;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Screen;
import org.clinicdesk.ui.common.Styles;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * Consultations: the day view of a centre (a column per clinician), its week, a clinician's agenda across centres and
 * tomorrow's confirmations. Left/right arrows change the day, up/down the consultation, Enter opens it; Ctrl+B books.
 */
public final class DiaryView implements Screen {
    private final Supplier<BookingViewModel> bookings;
    private final DialogService dialogs;
    private final DiaryViewModel diary;
    private final AgendaViewModel agenda;
    private final ConfirmationsViewModel confirmations;
    private final DayListExport export;
    private final BookingSlipView slips;
    private TabPane tabs;
    private Tab dayTab;
    private Tab weekTab;
    private Tab agendaTab;
    private Tab confirmTab;
    private ConsultationDetailPane detail;
    private ConfirmationsView confirmationsView;
    private Node view;

    /**
     * @param bookings a new booking view model for each booking or rescheduling this screen opens
     * @param slips the booking slip of the consultation shown
     */
    public DiaryView(DiaryViewModel diary, AgendaViewModel agenda, ConfirmationsViewModel confirmations,
                     DayListExport export, Supplier<BookingViewModel> bookings, DialogService dialogs,
                     BookingSlipViewModel slips) {
        this.slips = new BookingSlipView(slips, dialogs);
        this.diary = diary;
        this.agenda = agenda;
        this.confirmations = confirmations;
        this.export = export;
        this.bookings = bookings;
        this.dialogs = dialogs;
    }

    @Override
    public String id() {
        return "consultations";
    }

    @Override
    public String titleKey() {
        return "nav.consultations";
    }

    @Override
    public Ikon icon() {
        return Material2OutlinedAL.CALENDAR_TODAY;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = build();
        }
        return view;
    }

    private Node build() {
        Label title = new Label(Messages.get("nav.consultations"));
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        DayGridView grid = new DayGridView(diary);
        detail = new ConsultationDetailPane(diary, this::reschedule);
        detail.setOnBookingSlip(c -> slips.show(c, window()));
        grid.setOnOpen(c -> detail.focusFirstAction());
        grid.setOnBookAt((clinician, at) -> book(null, clinician, at));
        SplitPane daySplit = new SplitPane(grid.root(), detail.root());
        daySplit.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(detail.root(), false);
        dayTab = new Tab(Messages.get("diary.tab.day"), daySplit);
        dayTab.setId("diary-tab-day");
        WeekView week = new WeekView(diary, d -> {
            diary.goTo(d);
            tabs.getSelectionModel().select(dayTab);
        }, this::openInDay);
        weekTab = new Tab(Messages.get("diary.tab.week"), week.root());
        weekTab.setId("diary-tab-week");
        agendaTab = new Tab(Messages.get("diary.tab.agenda"), new AgendaView(agenda, this::openInDay).root());
        agendaTab.setId("diary-tab-agenda");
        confirmationsView = new ConfirmationsView(confirmations);
        confirmTab = new Tab(Messages.get("diary.tab.confirm"), confirmationsView.root());
        confirmTab.setId("diary-tab-confirm");
        tabs = new TabPane(dayTab, weekTab, agendaTab, confirmTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> tabShown(now));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        Label dayName = new Label();
        dayName.getStyleClass().add("diary-day-name");
        dayName.setId("diary-day-name");
        dayName.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                diary.dateProperty().get() == null ? "" : diary.dateProperty().get().format(DateFormats.LONG_DAY),
                diary.dateProperty()));
        HBox heading = new HBox(16, title, dayName);
        heading.setAlignment(Pos.BASELINE_LEFT);
        VBox box = new VBox(10, heading, toolbar(), tabs);
        box.getStyleClass().addAll(Styles.SCREEN, "consultations-screen");
        box.setPadding(new Insets(20, 24, 16, 24));
        box.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        return box;
    }

    private Node toolbar() {
        ComboBox<Centre> centre = new ComboBox<>(diary.centres());
        centre.setId("diary-centre");
        centre.setOnAction(e -> diary.chooseCentre(centre.getValue()));
        diary.centreProperty().addListener((obs, old, now) -> centre.setValue(now));
        Button previous = iconButton("diary-previous", Material2OutlinedAL.CHEVRON_LEFT, "diary.previous");
        previous.setOnAction(e -> step(-1));
        Button next = iconButton("diary-next", Material2OutlinedAL.CHEVRON_RIGHT, "diary.next");
        next.setOnAction(e -> step(1));
        DatePicker date = DateFields.picker();
        date.setId("diary-date");
        date.setPrefWidth(150);
        date.valueProperty().bindBidirectional(diary.dateProperty());
        date.valueProperty().addListener((obs, old, now) -> diary.refresh());
        Button today = new Button(Messages.get("diary.today"));
        today.setId("diary-today");
        today.setOnAction(e -> diary.goToday());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button book = new Button(Messages.get("diary.book"), new FontIcon(Material2OutlinedAL.ADD));
        book.setId("diary-book");
        book.getStyleClass().add("accent");
        book.setTooltip(new Tooltip(Messages.get("diary.book.tip")));
        book.setOnAction(e -> book(null, null, null));
        Button print = new Button(Messages.get("diary.print"), new FontIcon(Material2OutlinedMZ.PRINT));
        print.setId("diary-print");
        print.setTooltip(new Tooltip(Messages.get("diary.print.tip")));
        print.setOnAction(e -> onPrint());
        Button pdf = new Button(Messages.get("diary.pdf"), new FontIcon(Material2OutlinedMZ.PICTURE_AS_PDF));
        pdf.setId("diary-pdf");
        pdf.setOnAction(e -> export.savePdf());
        centre.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (Button b : new Button[] {today, book, print, pdf}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, centre, previous, date, next, today, gap, book, print, pdf);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(bar, Priority.ALWAYS);
        return bar;
    }

    private static Button iconButton(String id, Ikon icon, String tipKey) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(Messages.get(tipKey)));
        return b;
    }

    private void step(int direction) {
        if (tabs.getSelectionModel().getSelectedItem() == weekTab) {
            if (direction < 0) {
                diary.previousWeek();
            } else {
                diary.nextWeek();
            }
        } else if (direction < 0) {
            diary.previousDay();
        } else {
            diary.nextDay();
        }
    }

    /** Arrows and Enter on the day and week views; text fields and lists keep their own keys. */
    private void keys(KeyEvent e) {
        if (e.getTarget() instanceof javafx.scene.control.TextInputControl || e.isAltDown()) {
            return;
        }
        if (e.isShortcutDown() && e.getCode() == KeyCode.B) {
            book(null, null, null);
            e.consume();
            return;
        }
        Tab shown = tabs.getSelectionModel().getSelectedItem();
        if ((shown != dayTab && shown != weekTab) || e.isShortcutDown()
                || e.getTarget() instanceof javafx.scene.control.ComboBoxBase<?>) {
            return;
        }
        switch (e.getCode()) {
            case LEFT -> step(-1);
            case RIGHT -> step(1);
            case UP -> diary.selectNext(-1);
            case DOWN -> diary.selectNext(1);
            case ENTER -> {
                if (diary.selectedProperty().get() != null) {
                    tabs.getSelectionModel().select(dayTab);
                    detail.focusFirstAction();
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void tabShown(Tab tab) {
        if (tab == agendaTab) {
            agenda.load(diary.dateProperty().get());
        } else if (tab == confirmTab) {
            confirmations.load(null);
            Platform.runLater(confirmationsView::focus);
        } else {
            diary.refresh();
        }
    }

    private void openInDay(Consultation c) {
        diary.open(c.centreId(), c.day(), c.id());
        tabs.getSelectionModel().select(dayTab);
    }

    /** Opens one consultation in the day view (from Today). */
    public void openConsultation(long centreId, LocalDate day, long consultationId) {
        view();
        diary.open(centreId, day, consultationId);
        tabs.getSelectionModel().select(dayTab);
    }

    /** Opens the booking dialog for an enquiry (for the enquiries screen). */
    public void bookForEnquiry(long enquiryId) {
        view();
        BookingViewModel vm = bookings.get();
        vm.start(enquiryId, null, null, null, null);
        showBooking(vm);
    }

    private void book(Long enquiryId, Clinician clinician, LocalDateTime at) {
        BookingViewModel vm = bookings.get();
        Centre centre = diary.centreProperty().get();
        vm.start(enquiryId, centre == null ? null : centre.id(), at != null ? at.toLocalDate() : diary.dateProperty().get(),
                clinician == null ? null : clinician.id(), at);
        showBooking(vm);
    }

    private void reschedule(Consultation c) {
        if (c == null) {
            return;
        }
        BookingViewModel vm = bookings.get();
        vm.startReschedule(c);
        showBooking(vm);
    }

    private void showBooking(BookingViewModel vm) {
        new BookingView(vm, window()).showAndWait().ifPresent(diary::showBooked);
    }

    private Window window() {
        return view != null && view.getScene() != null ? view.getScene().getWindow() : null;
    }

    @Override
    public void onShow() {
        diary.load();
        if (tabs != null && tabs.getSelectionModel().getSelectedItem() == confirmTab) {
            confirmations.load(null);
        }
    }

    @Override
    public boolean onPrint() {
        DayListPrintout.print(export, dialogs, window());
        return true;
    }

    DiaryViewModel diary() {
        return diary;
    }

    DayListExport dayListExport() {
        return export;
    }
}
