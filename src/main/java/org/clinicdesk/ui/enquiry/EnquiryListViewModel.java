package org.clinicdesk.ui.enquiry;

import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.clinic.MedicalCondition;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.domain.enquiry.Channel;
import org.clinicdesk.domain.enquiry.EnquiryExportFile;
import org.clinicdesk.domain.enquiry.EnquiryQuery;
import org.clinicdesk.domain.enquiry.EnquiryService;
import org.clinicdesk.domain.enquiry.EnquiryStatus;
import org.clinicdesk.domain.enquiry.EnquirySummary;
import org.clinicdesk.domain.enquiry.FollowUpQueue;
import org.clinicdesk.domain.output.OutputFiles;
import org.clinicdesk.domain.output.OutputTarget;
import org.clinicdesk.ui.common.DialogService;
import org.clinicdesk.ui.common.LongWork;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.PagedRows;
import org.clinicdesk.ui.common.SaveTargets;
import org.clinicdesk.ui.common.TaskRunner;

/** The enquiry list: search text and filters, paged results, the follow-up queue, and CSV export of the list. */
public final class EnquiryListViewModel {
    /** Counts below this are shown whole; the list of a busy clinic changes faster than a larger exact figure helps. */
    static final int EXACT_UP_TO = 10_000;
    public static final int PAGE_SIZE = 50;
    private final EnquiryService service;
    private final FollowUpQueue followUps;
    private final EnquiryExportFile exportFile;
    private final OutputFiles outputs;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<EnquiryStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();
    private final ObjectProperty<Centre> centre = new SimpleObjectProperty<>();
    private final ObjectProperty<MedicalCondition> condition = new SimpleObjectProperty<>();
    private final BooleanProperty followUpDue = new SimpleBooleanProperty(false);
    private final ObjectProperty<LocalDate> createdFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> createdTo = new SimpleObjectProperty<>();
    private final PagedRows<EnquirySummary> rows;
    private final PagedRows<EnquirySummary> queue;
    private final PagedRows<EnquirySummary> toCheck;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final LongWork export;
    private Integer total;
    private long countGeneration;

    /** @param uiThread where export progress updates run (Platform::runLater in the app, Runnable::run in tests) */
    public EnquiryListViewModel(EnquiryService service, FollowUpQueue followUps, EnquiryExportFile exportFile,
                                OutputFiles outputs, TaskRunner tasks, DialogService dialogs,
                                java.util.concurrent.Executor uiThread) {
        this.outputs = outputs;
        this.export = new LongWork(uiThread);
        this.service = service;
        this.exportFile = exportFile;
        this.followUps = followUps;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.rows = new PagedRows<>(tasks, PAGE_SIZE);
        this.queue = new PagedRows<>(tasks, PAGE_SIZE);
        this.toCheck = new PagedRows<>(tasks, PAGE_SIZE);
        rows.items().addListener((javafx.collections.ListChangeListener<EnquirySummary>) c -> updateSummary());
        rows.hasMoreProperty().addListener((obs, old, now) -> updateSummary());
        // filters answer at once; the view debounces the search text before calling search()
        status.addListener((obs, old, now) -> search());
        channel.addListener((obs, old, now) -> search());
        centre.addListener((obs, old, now) -> search());
        condition.addListener((obs, old, now) -> search());
        followUpDue.addListener((obs, old, now) -> search());
        createdFrom.addListener((obs, old, now) -> search());
        createdTo.addListener((obs, old, now) -> search());
    }

    /** Runs the current search and filters again from the first page. */
    public void search() {
        EnquiryQuery query = query();
        rows.reload((offset, limit) -> service.search(query, offset, limit));
        long mine = ++countGeneration;
        total = null;
        tasks.run(() -> service.count(query), n -> {
            if (mine == countGeneration) {
                total = n;
                updateSummary();
            }
        }, failure -> { });
    }

    public void refreshQueue() {
        queue.reload((offset, limit) -> followUps.due(null, offset, limit));
    }

    /** Enquiries saved without a decision on a same-phone match, oldest first. */
    public void refreshToCheck() {
        toCheck.reload(service::toCheck);
    }

    public void refreshAll() {
        search();
        refreshQueue();
        refreshToCheck();
    }

    public void clearFilters() {
        status.set(null);
        channel.set(null);
        centre.set(null);
        condition.set(null);
        followUpDue.set(false);
        createdFrom.set(null);
        createdTo.set(null);
    }

    public EnquiryQuery query() {
        EnquiryQuery q = EnquiryQuery.text(searchText.get()).withStatus(status.get()).withChannel(channel.get())
                .withCentre(centre.get() == null ? null : centre.get().id())
                .withCondition(condition.get() == null ? null : condition.get().id())
                .withFollowUpDueBy(followUpDue.get() ? service.today() : null);
        return q.withCreatedBetween(createdFrom.get() == null ? null : service.startOfDay(createdFrom.get()),
                createdTo.get() == null ? null : service.startOfDay(createdTo.get().plusDays(1)));
    }

    private void updateSummary() {
        int n = rows.items().size();
        if (n == 0 || !rows.hasMoreProperty().get()) {
            summary.set(n == 0 ? Messages.get("enquiries.none") : Messages.format("enquiries.count", n));
        } else if (total == null) {
            summary.set(Messages.format("enquiries.countMore", n));
        } else {
            summary.set(countText(total));
        }
    }

    /** The whole count up to {@value #EXACT_UP_TO}; above it an estimate to two figures ("about 120,000"). */
    static String countText(int total) {
        if (total < EXACT_UP_TO) {
            return Messages.format("enquiries.count", total);
        }
        double step = Math.pow(10, Math.floor(Math.log10(total)) - 1);
        return Messages.format("enquiries.countAbout", Math.round(Math.round(total / step) * step));
    }

    /** Exports every enquiry of the current list to CSV, after warning that the file holds personal data. */
    public void exportCsv(ZoneId zone) {
        try {
            service.checkMayExport();
        } catch (ClinicDeskException e) {
            dialogs.showError(Messages.get("enquiries.export.title"), Messages.describe(e));
            return;
        }
        if (!dialogs.confirm(Messages.get("enquiries.export.title"), Messages.get("enquiries.export.warning"))) {
            return;
        }
        OutputTarget file = SaveTargets.choose(dialogs, outputs, Messages.get("enquiries.export.title"),
                "enquiries-" + service.today() + ".csv", Messages.get("enquiries.export.fileType"), "csv").orElse(null);
        if (file == null) {
            return;
        }
        EnquiryQuery query = query();
        Progress progress = export.start();
        export.step().set(Messages.get("enquiries.export.running"));
        tasks.run(() -> service.exportCsv(query, file, exportFile, zone, progress), count -> {
            export.finished();
            dialogs.showInformation(Messages.get("enquiries.export.title"),
                    Messages.format("enquiries.export.done", count, file.file().toString()));
        }, error -> {
            export.finished();
            if (LongWork.wasCancelled(error)) {
                dialogs.showInformation(Messages.get("enquiries.export.title"), Messages.get("enquiries.export.cancelled"));
            } else {
                dialogs.showError(Messages.get("enquiries.export.title"), Messages.describe(error));
            }
        });
    }

    public PagedRows<EnquirySummary> toCheck() {
        return toCheck;
    }

    /** The running CSV export: progress and Cancel. */
    public LongWork export() {
        return export;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<EnquiryStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public ObjectProperty<Centre> centreProperty() {
        return centre;
    }

    public ObjectProperty<MedicalCondition> conditionProperty() {
        return condition;
    }

    public BooleanProperty followUpDueProperty() {
        return followUpDue;
    }

    public ObjectProperty<LocalDate> createdFromProperty() {
        return createdFrom;
    }

    public ObjectProperty<LocalDate> createdToProperty() {
        return createdTo;
    }

    public PagedRows<EnquirySummary> rows() {
        return rows;
    }

    public PagedRows<EnquirySummary> queue() {
        return queue;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public boolean isOverdue(EnquirySummary s) {
        return followUps.isOverdue(s);
    }
}
