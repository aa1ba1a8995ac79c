package org.clinicdesk.ui.enquiry;

import java.time.ZoneId;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.clinic.MedicalCondition;
import org.clinicdesk.domain.enquiry.Channel;
import org.clinicdesk.domain.enquiry.EnquiryStatus;
import org.clinicdesk.domain.enquiry.EnquirySummary;
import org.clinicdesk.ui.common.DateFields;
import org.clinicdesk.ui.common.LongWorkBar;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Styles;
import org.clinicdesk.ui.common.Screen;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** Enquiries: search as you type with filters and a paged list, the follow-up queue, and the enquiry form. */
public final class EnquiryListView implements Screen {
    public static final String ID = "enquiries";
    private final EnquiryListViewModel list;
    private final EnquiryFormViewModel form;
    private final EnquiryActionsViewModel actions;
    private final ConsentWithdrawalViewModel withdrawal;
    private final PauseTransition searchDelay = new PauseTransition(Duration.millis(200));
    private final TextField search = new TextField();
    private final TabPane tabs = new TabPane();
    private EnquiryFormView formView;
    private EnquiryNavigator navigator = EnquiryNavigator.NONE;
    private Node view;
    private boolean loaded;

    public EnquiryListView(EnquiryListViewModel list, EnquiryFormViewModel form, EnquiryActionsViewModel actions,
                           ConsentWithdrawalViewModel withdrawal) {
        this.withdrawal = withdrawal;
        this.list = list;
        this.form = form;
        this.actions = actions;
    }

    /** Where "Give sheets" and "Book" on an enquiry lead; set before the screen is first shown. */
    public void setNavigator(EnquiryNavigator navigator) {
        this.navigator = navigator;
    }

    @Override
    public String id() {
        return ID;
    }

    /** Ctrl+P: give the open enquiry its information sheets (Ctrl+P again in that window prints them). */
    @Override
    public boolean onPrint() {
        return formView != null && formView.giveSheets();
    }

    @Override
    public String titleKey() {
        return "nav.enquiries";
    }

    @Override
    public Ikon icon() {
        return Material2OutlinedAL.CONTACT_PHONE;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = build();
        }
        return view;
    }

    private Node build() {
        formView = new EnquiryFormView(form, actions, withdrawal, saved -> list.refreshAll(), navigator);
        actions.setOnChanged(list::refreshAll);
        Label title = new Label(Messages.get("nav.enquiries"));
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        search.setId("enquiry-search");
        search.setPromptText(Messages.get("enquiries.search.prompt"));
        search.textProperty().bindBidirectional(list.searchTextProperty());
        searchDelay.setOnFinished(e -> list.search());
        search.textProperty().addListener((obs, old, now) -> searchDelay.playFromStart());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button export = new Button(Messages.get("enquiries.export"), new FontIcon(Material2OutlinedAL.CLOUD_DOWNLOAD));
        export.setId("enquiries-export");
        export.setOnAction(e -> list.exportCsv(ZoneId.systemDefault()));
        Label summary = new Label();
        summary.setId("enquiries-summary");
        summary.getStyleClass().add(Styles.HINT);
        summary.textProperty().bind(list.summaryProperty());
        export.disableProperty().bind(list.export().busy());
        HBox searchRow = new HBox(10, new FontIcon(Material2OutlinedMZ.SEARCH), search, summary, export);
        searchRow.setAlignment(Pos.CENTER_LEFT);
        HBox exporting = LongWorkBar.create(list.export(), "enquiries-export-progress");

        TableView<EnquirySummary> all = EnquiryTable.create("enquiry-list", list.rows(), s -> form.open(s.id()), list::isOverdue);
        TableView<EnquirySummary> due = EnquiryTable.create("follow-up-list", list.queue(), s -> form.open(s.id()), list::isOverdue);
        TableView<EnquirySummary> check = EnquiryTable.create("to-check-list", list.toCheck(), s -> form.open(s.id()), list::isOverdue);
        check.setPlaceholder(new Label(Messages.get("enquiries.toCheck.none")));
        // keyboard first: Down (or Enter once the list has caught up with the typing) goes from the search to the first result
        search.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            boolean caughtUp = searchDelay.getStatus() != javafx.animation.Animation.Status.RUNNING;
            if ((e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER && caughtUp) && !all.getItems().isEmpty()) {
                e.consume();
                tabs.getSelectionModel().selectFirst();
                all.requestFocus();
                if (all.getSelectionModel().getSelectedIndex() == 0) {
                    form.open(all.getItems().getFirst().id());
                } else {
                    all.getSelectionModel().select(0);
                }
                all.getFocusModel().focus(0);
            }
        });
        Tab allTab = new Tab(Messages.get("enquiries.tab.all"), all);
        allTab.setId("tab-all");
        Tab dueTab = new Tab(Messages.get("enquiries.tab.followUps"), due);
        dueTab.setId("tab-follow-ups");
        Tab checkTab = new Tab(Messages.get("enquiries.tab.toCheck"), check);
        checkTab.setId("tab-to-check");
        checkTab.setTooltip(new javafx.scene.control.Tooltip(Messages.get("enquiries.tab.toCheck.tip")));
        tabs.getTabs().setAll(allTab, dueTab, checkTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == dueTab) {
                list.refreshQueue();
            } else if (now == checkTab) {
                list.refreshToCheck();
            }
        });
        VBox left = new VBox(8, filters(), tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, formView.root());
        split.setDividerPositions(0.52);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox top = new VBox(10, title, searchRow, exporting);
        BorderPane root = new BorderPane(split, top, null, null, null);
        BorderPane.setMargin(split, new Insets(10, 0, 0, 0));
        root.getStyleClass().addAll(Styles.SCREEN, "enquiries-screen");
        root.setPadding(new Insets(16, 20, 12, 20));
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (formView.handleShortcut(e)) {
                e.consume();
            }
        });
        return root;
    }

    private Node filters() {
        ComboBox<EnquiryStatus> status = enumFilter("filter-status", EnquiryStatus.values(), "enquiry.status.",
                "enquiries.filter.anyStatus", EnquiryStatus.class);
        status.valueProperty().bindBidirectional(list.statusProperty());
        ComboBox<Channel> channel = enumFilter("filter-channel", Channel.values(), "enquiry.channel.",
                "enquiries.filter.anyChannel", Channel.class);
        channel.valueProperty().bindBidirectional(list.channelProperty());
        ComboBox<Centre> centre = new ComboBox<>();
        centre.setId("filter-centre");
        centre.setConverter(anyOr(Messages.get("enquiries.filter.anyCentre"), Centre::name));
        centre.valueProperty().bindBidirectional(list.centreProperty());
        form.centres().addListener((javafx.collections.ListChangeListener<Centre>) c -> {
            centre.getItems().setAll((Centre) null);
            centre.getItems().addAll(form.centres());
        });
        ComboBox<MedicalCondition> condition = new ComboBox<>();
        condition.setId("filter-condition");
        condition.setConverter(anyOr(Messages.get("enquiries.filter.anyCondition"), MedicalCondition::name));
        condition.valueProperty().bindBidirectional(list.conditionProperty());
        form.conditions().addListener((javafx.collections.ListChangeListener<MedicalCondition>) c -> {
            condition.getItems().setAll((MedicalCondition) null);
            condition.getItems().addAll(form.conditions());
        });
        CheckBox followUp = new CheckBox(Messages.get("enquiries.filter.followUpDue"));
        followUp.setId("filter-follow-up-due");
        followUp.selectedProperty().bindBidirectional(list.followUpDueProperty());
        DatePicker from = DateFields.picker();
        from.setId("filter-created-from");
        from.setPromptText(Messages.get("enquiries.filter.createdFrom"));
        from.setPrefWidth(150);
        from.valueProperty().bindBidirectional(list.createdFromProperty());
        DatePicker to = DateFields.picker();
        to.setId("filter-created-to");
        to.setPromptText(Messages.get("enquiries.filter.createdTo"));
        to.setPrefWidth(150);
        to.valueProperty().bindBidirectional(list.createdToProperty());
        Button clear = new Button(Messages.get("enquiries.filter.clear"));
        clear.setId("filter-clear");
        clear.setOnAction(e -> list.clearFilters());
        FlowPane pane = new FlowPane(8, 6, status, channel, centre, condition, followUp, from, to, clear);
        pane.setAlignment(Pos.CENTER_LEFT);
        return pane;
    }

    private static <E extends Enum<E>> ComboBox<E> enumFilter(String id, E[] values, String prefix, String anyKey,
                                                             Class<E> type) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(null);
        box.getItems().addAll(values);
        box.setConverter(EnumLabels.converter(prefix, anyKey, type));
        return box;
    }

    private static <T> StringConverter<T> anyOr(String any, java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? any : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    @Override
    public void onShow() {
        view();
        if (!loaded) {
            loaded = true;
            form.loadReferenceData(list::refreshAll);
        } else {
            list.refreshAll();
        }
    }

    @Override
    public boolean onNew() {
        view();
        tabs.getSelectionModel().selectFirst();
        formView.newEnquiry();
        return true;
    }

    @Override
    public boolean onFind() {
        view();
        search.requestFocus();
        search.selectAll();
        return true;
    }
}
