package org.clinicdesk.ui.sheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import org.clinicdesk.domain.common.Language;
import org.clinicdesk.domain.sheet.SheetOffer;
import org.clinicdesk.domain.sheet.SheetOutput;
import org.clinicdesk.domain.sheet.SheetPageSize;
import org.clinicdesk.domain.sheet.SheetVersion;
import org.clinicdesk.ui.common.DialogService;
import org.clinicdesk.ui.common.LanguageNames;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.TaskRunner;

/**
 * Give sheets: the approved sheets for an enquiry's conditions, ticked by reception, printed together (Ctrl+P) or
 * saved as one PDF; each sheet given is logged as a handout against the enquiry (or as a walk-in).
 */
public final class GiveSheetsViewModel {
    private final SheetOutput output;
    private final TaskRunner tasks;
    private final SheetDelivery delivery;
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty intro = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final ObjectProperty<SheetPageSize> pageSize = new SimpleObjectProperty<>(SheetPageSize.A4);
    private final ObjectProperty<Choice> previewed = new SimpleObjectProperty<>();
    private final SheetPreviews previews;
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private Long enquiryId;
    private List<Long> conditionIds = List.of();
    private Runnable onGiven;
    /** True while the window itself sets the language (on opening), so that does not list the sheets twice. */
    private boolean loading;

    /**
     * One suggested sheet in one language: ticked or not; a sheet that cannot go to patients (past its review date,
     * or a translation out of date) is shown but cannot be ticked. {@code note} says why it is there when that is
     * not obvious ("only English is approved", "the English, to give as well"); empty otherwise.
     */
    public static final class Choice {
        private final SheetVersion sheet;
        private final boolean givable;
        private final BooleanProperty ticked;
        private final String note;

        Choice(SheetVersion sheet, boolean givable, boolean ticked, String note) {
            this.sheet = sheet;
            this.givable = givable;
            this.ticked = new SimpleBooleanProperty(givable && ticked);
            this.note = note;
        }

        public SheetVersion sheet() { return sheet; }
        public boolean givable() { return givable; }
        public BooleanProperty ticked() { return ticked; }
        public String note() { return note; }
    }

    public GiveSheetsViewModel(SheetOutput output, TaskRunner tasks, DialogService dialogs, SheetPrinter printer) {
        this.output = output;
        this.tasks = tasks;
        this.delivery = new SheetDelivery(output, tasks, dialogs, printer);
        this.previews = new SheetPreviews(output, tasks, this::fail);
        previewed.addListener((o, a, b) -> showPreview());
        language.addListener((o, a, b) -> {
            if (!loading) {
                offer(false);
            }
        });
        pageSize.addListener((o, a, b) -> showPreview());
    }

    /** @param enquiry the enquiry, or null for an anonymous walk-in */
    public void load(Long enquiry, List<Long> conditionIds) {
        load(enquiry, conditionIds, null);
    }

    /**
     * As {@link #load(Long, List)}; {@code onGiven} runs after each print or PDF is logged, so the enquiry's timeline
     * shows the handouts while this window is still open.
     */
    public void load(Long enquiry, List<Long> conditionIds, Runnable onGiven) {
        this.enquiryId = enquiry;
        this.onGiven = onGiven;
        this.conditionIds = List.copyOf(conditionIds);
        intro.set(Messages.get(enquiry == null ? "give.introWalkIn" : "give.intro"));
        loading = true;
        language.set(null);
        loading = false;
        offer(true);
    }

    /**
     * Lists the sheets in the chosen language. On opening for an enquiry, the language is the one the enquiry records
     * (a walk-in is asked: the list shows English until a language is chosen).
     */
    private void offer(boolean opening) {
        message.set("");
        choices.clear();
        previewed.set(null);
        Long enquiry = enquiryId;
        Language chosen = language.get();
        tasks.run(() -> {
                    Language reads = opening ? output.handouts().visitorLanguage(enquiry).orElse(null) : chosen;
                    return new Offered(reads, choicesFor(output.handouts().offersFor(conditionIds, reads), reads));
                },
                offered -> {
                    if (opening) {
                        loading = true;
                        language.set(offered.language());
                        loading = false;
                    }
                    List<Choice> found = offered.choices();
                    choices.setAll(found);
                    previewed.set(found.isEmpty() ? null : found.getFirst());
                    if (found.isEmpty()) {
                        message.set(Messages.get("give.none"));
                    } else if (found.stream().anyMatch(c -> !c.givable())) {
                        message.set(Messages.get("give.someNeedReview"));
                    }
                }, this::fail);
    }

    private record Offered(Language language, List<Choice> choices) {
    }

    /** Each sheet in the visitor's language (ticked), then its English (to give as well); English alone says so. */
    private List<Choice> choicesFor(List<SheetOffer> offers, Language reads) {
        LocalDate today = output.handouts().today();
        List<Choice> out = new ArrayList<>();
        for (SheetOffer o : offers) {
            if (o.onlyEnglish()) {
                boolean onlyEnglish = reads != null && !reads.isEnglish() && reads != Language.OTHER;
                out.add(new Choice(o.english(), o.english().inDate(today), true, onlyEnglish
                        ? Messages.format("give.onlyEnglish", LanguageNames.of(reads)) : ""));
            } else {
                out.add(new Choice(o.translation(), o.translation().inDate(today), true, ""));
                out.add(new Choice(o.english(), o.english().inDate(today), false, Messages.get("give.alsoEnglish")));
            }
        }
        return out;
    }

    public List<SheetVersion> ticked() {
        return choices.stream().filter(c -> c.givable() && c.ticked().get()).map(Choice::sheet).toList();
    }

    /** Prints every ticked sheet in one job; without a printer, offers one PDF instead. */
    public void printAll() {
        batch().ifPresent(b -> delivery.print(b, () -> working.set(true), r -> delivered(b, r), this::fail));
    }

    /** Saves every ticked sheet as one PDF (to send on WhatsApp or e-mail) and logs each. */
    public void savePdf() {
        batch().ifPresent(b -> delivery.savePdf(b, () -> working.set(true), r -> delivered(b, r), this::fail));
    }

    /** The ticked sheets as patient copies for this enquiry (or walk-in); none ticked says so. */
    private Optional<SheetDelivery.Batch> batch() {
        List<SheetVersion> sheets = ticked();
        if (sheets.isEmpty()) {
            message.set(Messages.get("give.tickOne"));
            return Optional.empty();
        }
        String name = sheets.size() == 1 ? sheets.getFirst().slug() + ".pdf" : Messages.get("give.fileName");
        return Optional.of(new SheetDelivery.Batch(sheets, pageSize.get(), true, enquiryId,
                Messages.get("give.jobName"), name));
    }

    private void delivered(SheetDelivery.Batch batch, SheetDelivery.Result result) {
        switch (result) {
            case SheetDelivery.Result.Printed p -> given(Messages.format(
                    batch.enquiryId() == null ? "give.printedWalkIn" : "give.printed", batch.sheets().size()));
            case SheetDelivery.Result.Saved s -> given(Messages.format("sheets.saved", s.file()));
            case SheetDelivery.Result.NotPrinted n -> done(SheetDelivery.notPrinted(n));
        }
    }

    /** Shows the sheet under the cursor as it will print (one that needs review with its DRAFT watermark). */
    private void showPreview() {
        Choice c = previewed.get();
        previews.show(c == null ? null : c.sheet(), pageSize.get(), c != null && !c.givable());
    }

    private void given(String text) {
        done(text);
        if (onGiven != null) {
            onGiven.run();
        }
    }

    private void done(String text) {
        working.set(false);
        message.set(text);
    }

    private void fail(Throwable e) {
        working.set(false);
        message.set(Messages.failure(e));
    }

    public ObservableList<Choice> choices() { return choices; }
    public StringProperty message() { return message; }
    /** What the window is for: an enquiry's sheets, or a walk-in's. */
    public StringProperty intro() { return intro; }
    public BooleanProperty working() { return working; }
    public ObjectProperty<SheetPageSize> pageSize() { return pageSize; }
    /** The language the visitor reads best: the enquiry's, or asked for a walk-in; null until known. */
    public ObjectProperty<Language> language() { return language; }
    /** The sheet whose pages the preview shows (the list's selection). */
    public ObjectProperty<Choice> previewed() { return previewed; }
    public ObservableList<Image> previewPages() { return previews.pages(); }
}
