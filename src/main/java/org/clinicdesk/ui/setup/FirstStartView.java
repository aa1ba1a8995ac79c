package org.clinicdesk.ui.setup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import javafx.beans.binding.StringBinding;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.ui.common.Messages;

/** The first-start form (FXML). Binds fields to the view model and forwards Save. */
public final class FirstStartView {
    private final FirstStartViewModel viewModel;
    private final Consumer<Centre> onDone;
    private final Parent root;

    @FXML private TextField clinicName;
    @FXML private TextField centreName;
    @FXML private TextField centreCity;
    @FXML private TextField centreAddress;
    @FXML private TextField centrePhone;
    @FXML private TextField centreWhatsapp;
    @FXML private Label clinicNameError;
    @FXML private Label centreNameError;
    @FXML private Label centreCityError;
    @FXML private Label centrePhoneError;
    @FXML private Label centreWhatsappError;
    @FXML private Label formError;
    @FXML private Button save;

    public FirstStartView(FirstStartViewModel viewModel, Consumer<Centre> onDone) {
        this.viewModel = viewModel;
        this.onDone = onDone;
        FXMLLoader loader = new FXMLLoader(FirstStartView.class.getResource("FirstStartView.fxml"), Messages.bundle());
        loader.setController(this);
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FXML
    private void initialize() {
        clinicName.textProperty().bindBidirectional(viewModel.clinicNameProperty());
        centreName.textProperty().bindBidirectional(viewModel.centreNameProperty());
        centreCity.textProperty().bindBidirectional(viewModel.centreCityProperty());
        centreAddress.textProperty().bindBidirectional(viewModel.centreAddressProperty());
        centrePhone.textProperty().bindBidirectional(viewModel.centrePhoneProperty());
        centreWhatsapp.textProperty().bindBidirectional(viewModel.centreWhatsappProperty());
        bindError(clinicNameError, viewModel.errors().field("clinicName"));
        bindError(centreNameError, viewModel.errors().field("centreName"));
        bindError(centreCityError, viewModel.errors().field("centreCity"));
        bindError(centrePhoneError, viewModel.errors().field("centrePhone"));
        bindError(centreWhatsappError, viewModel.errors().field("centreWhatsapp"));
        formError.textProperty().bind(viewModel.errors().form());
        formError.visibleProperty().bind(formError.textProperty().isNotEmpty());
        formError.managedProperty().bind(formError.visibleProperty());
        save.disableProperty().bind(viewModel.savingProperty());
        save.setDefaultButton(true);
    }

    static void bindError(Label label, StringBinding message) {
        label.textProperty().bind(message);
        label.visibleProperty().bind(message.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    @FXML
    private void onSave() {
        viewModel.save(onDone);
    }

    public Parent root() {
        return root;
    }

    public void focusFirstField() {
        clinicName.requestFocus();
    }
}
