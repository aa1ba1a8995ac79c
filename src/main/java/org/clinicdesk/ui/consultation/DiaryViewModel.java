package org.clinicdesk.ui.consultation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.consultation.Clinician;
import org.clinicdesk.domain.consultation.Consultation;
import org.clinicdesk.domain.consultation.ConsultationService;
import org.clinicdesk.domain.consultation.ConsultationStatus;
import org.clinicdesk.domain.consultation.ConsultationStatusService;
import org.clinicdesk.ui.common.FormErrors;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.TaskRunner;

/** The consultations diary: one centre, one day (and its week), the selected consultation and its status moves. */
public final class DiaryViewModel {
    private final ConsultationService consultations;
    private final ConsultationStatusService statuses;
    private final TaskRunner tasks;

    private final ObservableList<Centre> centres = FXCollections.observableArrayList();
    private final ObjectProperty<Centre> centre = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDateTime> now = new SimpleObjectProperty<>();
    private final ObservableList<Clinician> clinicians = FXCollections.observableArrayList();
    private final ObservableList<Clinician> columns = FXCollections.observableArrayList();
    private final ObservableList<Consultation> day = FXCollections.observableArrayList();
    private final ObservableList<Consultation> week = FXCollections.observableArrayList();
    private final ObjectProperty<Consultation> selected = new SimpleObjectProperty<>();
    private final StringProperty notice = new SimpleStringProperty("");
    private final FormErrors errors = new FormErrors();
    private Long pendingSelection;

    public DiaryViewModel(ConsultationService consultations, ConsultationStatusService statuses, TaskRunner tasks) {
        this.consultations = consultations;
        this.statuses = statuses;
        this.tasks = tasks;
    }

    /** Loads centres and clinicians; starts on this desk's centre and today unless already set. */
    public void load() {
        tasks.run(() -> new Setup(consultations.centres(), consultations.deskCentre(), consultations.clinicians(),
                consultations.today(), consultations.now()), setup -> {
            centres.setAll(setup.centres);
            clinicians.setAll(setup.clinicians);
            now.set(setup.now);
            if (centre.get() == null || centres.stream().noneMatch(c -> c.id() == centre.get().id())) {
                centre.set(setup.desk.flatMap(d -> centreById(d.id())).orElse(centres.isEmpty() ? null : centres.getFirst()));
            }
            if (date.get() == null) {
                date.set(setup.today);
            }
            refresh();
        }, errors::show);
    }

    private Optional<Centre> centreById(long id) {
        return centres.stream().filter(c -> c.id() == id).findFirst();
    }

    /** Re-reads the day and its week for the chosen centre. */
    public void refresh() {
        Centre c = centre.get();
        LocalDate d = date.get();
        if (c == null || d == null) {
            return;
        }
        LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        tasks.run(() -> new Loaded(consultations.between(monday, monday.plusDays(7), c.id(), null), consultations.now()),
                loaded -> {
                    if (centre.get() != c || !d.equals(date.get())) {
                        return; // the desk moved on while this was loading
                    }
                    now.set(loaded.now);
                    week.setAll(loaded.week);
                    day.setAll(loaded.week.stream().filter(x -> x.day().equals(d)).toList());
                    columns.setAll(columnsFor(c.id(), d));
                    Long keep = pendingSelection != null ? pendingSelection
                            : selected.get() == null ? null : selected.get().id();
                    pendingSelection = null;
                    selected.set(keep == null ? null : day.stream().filter(x -> x.id() == keep).findFirst().orElse(null));
                }, errors::show);
    }

    /** Clinicians with hours at this centre that day, and any other with a consultation there. */
    private List<Clinician> columnsFor(long centreId, LocalDate d) {
        return clinicians.stream()
                .filter(cl -> (cl.active() && !cl.hoursOn(d, centreId).isEmpty())
                        || day.stream().anyMatch(x -> x.clinicianId() == cl.id()))
                .toList();
    }

    public void chooseCentre(Centre c) {
        if (c != null && (centre.get() == null || centre.get().id() != c.id())) {
            centre.set(c);
            selected.set(null);
            refresh();
        }
    }

    public void goTo(LocalDate d) {
        if (d != null && !d.equals(date.get())) {
            date.set(d);
            selected.set(null);
            refresh();
        }
    }

    public void previousDay() {
        goTo(date.get().minusDays(1));
    }

    public void nextDay() {
        goTo(date.get().plusDays(1));
    }

    public void previousWeek() {
        goTo(date.get().minusWeeks(1));
    }

    public void nextWeek() {
        goTo(date.get().plusWeeks(1));
    }

    public void goToday() {
        tasks.run(consultations::today, this::goTo, errors::show);
    }

    /** Opens a given consultation: its centre, its day, selected (from Today or the agenda). */
    public void open(long centreId, LocalDate d, long consultationId) {
        pendingSelection = consultationId;
        centreById(centreId).ifPresent(centre::set);
        date.set(d);
        refresh();
    }

    public void select(Consultation c) {
        selected.set(c);
        errors.clear();
    }

    /** Up and down arrows: the previous or next consultation of the day, in time order. */
    public void selectNext(int step) {
        List<Consultation> ordered = day.stream()
                .sorted(Comparator.comparing(Consultation::start).thenComparing(Consultation::clinicianId)).toList();
        if (ordered.isEmpty()) {
            return;
        }
        int at = selected.get() == null ? -1 : ordered.indexOf(selected.get());
        int next = at < 0 ? (step > 0 ? 0 : ordered.size() - 1) : Math.floorMod(at + step, ordered.size());
        select(ordered.get(next));
    }

    public void move(ConsultationStatus to) {
        act(c -> statuses.move(c.id(), to), "consultation.done." + to.name());
    }

    public void cancel(String reason) {
        act(c -> statuses.cancel(c.id(), reason), "consultation.done.CANCELLED");
    }

    public void undo() {
        act(c -> statuses.undo(c.id()), "consultation.done.undo");
    }

    public void markUnreachable() {
        act(c -> statuses.markUnreachable(c.id()), "consultation.done.unreachable");
    }

    private void act(java.util.function.Function<Consultation, Consultation> change, String doneKey) {
        Consultation c = selected.get();
        if (c == null) {
            return;
        }
        errors.clear();
        notice.set("");
        tasks.run(() -> change.apply(c), changed -> {
            pendingSelection = changed.id();
            notice.set(Messages.format(doneKey, changed.personName()));
            refresh();
        }, failure -> {
            errors.show(failure);
            refresh();
        });
    }

    /** After a booking: show its day and select it. */
    public void showBooked(Consultation booked) {
        notice.set(Messages.format("consultation.done.BOOKED", booked.personName()));
        open(booked.centreId(), booked.day(), booked.id());
    }

    public String clinicianName(long id) {
        return clinicians.stream().filter(c -> c.id() == id).map(Clinician::name).findFirst().orElse("");
    }

    public ObservableList<Centre> centres() {
        return centres;
    }

    public ObjectProperty<Centre> centreProperty() {
        return centre;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<LocalDateTime> nowProperty() {
        return now;
    }

    public ObservableList<Clinician> clinicians() {
        return clinicians;
    }

    public ObservableList<Clinician> columns() {
        return columns;
    }

    public ObservableList<Consultation> day() {
        return day;
    }

    public ObservableList<Consultation> week() {
        return week;
    }

    public ObjectProperty<Consultation> selectedProperty() {
        return selected;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public FormErrors errors() {
        return errors;
    }

    public ConsultationService consultations() {
        return consultations;
    }

    private record Setup(List<Centre> centres, Optional<Centre> desk, List<Clinician> clinicians, LocalDate today,
                         LocalDateTime now) {
    }

    private record Loaded(List<Consultation> week, LocalDateTime now) {
    }
}
