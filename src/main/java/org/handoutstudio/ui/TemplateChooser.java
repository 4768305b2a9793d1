package org.handoutstudio.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.handoutstudio.handout.Template;
import org.handoutstudio.handout.UserTemplates;
import org.handoutstudio.library.Library;

/**
 * New handout: a blank one, or one of the templates, each with its description. The bundled
 * templates come first, then the practice's and the clinician's own, marked, which can be
 * renamed and deleted here.
 */
final class TemplateChooser {

    private TemplateChooser() {
    }

    /** Empty when cancelled; an empty inner Optional means "blank handout". */
    static Optional<Optional<Template>> choose(Window owner, List<UserTemplates.Entry> templates, SharingModel sharing) {
        ListView<Optional<UserTemplates.Entry>> list = new ListView<>();
        list.setId("templateList");
        list.setAccessibleText(Messages.get("template.header"));
        fill(list, templates);
        list.setCellFactory(view -> new TemplateCell());
        list.getSelectionModel().select(0);
        list.setPrefSize(560, 440);

        Button rename = new Button(Messages.get("template.rename"));
        rename.setId("renameTemplate");
        Button delete = new Button(Messages.get("template.delete"));
        delete.setId("deleteTemplate");
        var notOwn = list.getSelectionModel().selectedItemProperty().map(chosen -> chosen == null || chosen.isEmpty()
                || !chosen.get().isEditable()).orElse(true);
        rename.disableProperty().bind(notOwn);
        delete.disableProperty().bind(notOwn);
        Label message = new Label();
        message.getStyleClass().add("muted");
        message.setWrapText(true);
        rename.setOnAction(event -> list.getSelectionModel().getSelectedItem().ifPresent(entry ->
                askForName(owner, entry).ifPresent(named -> {
                    message.setText(sharing.renameTemplate(entry, named[0], named[1]).message());
                    fill(list, sharing.templates());
                })));
        delete.setOnAction(event -> list.getSelectionModel().getSelectedItem().ifPresent(entry -> {
            Alert sure = new Alert(Alert.AlertType.CONFIRMATION,
                    Messages.format("template.delete.confirm", entry.template().title()), ButtonType.OK, ButtonType.CANCEL);
            sure.initOwner(owner);
            if (sure.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
                message.setText(sharing.deleteTemplate(entry).message());
                fill(list, sharing.templates());
            }
        }));
        HBox buttons = new HBox(8, rename, delete);
        VBox content = new VBox(8, list, buttons, message);

        Dialog<Optional<Template>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("template.title"));
        dialog.setHeaderText(Messages.get("template.header"));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                ((Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).fire();
            }
        });
        // The list keeps Enter for itself; here it starts the chosen template, as a double click does.
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                ((Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).fire();
                event.consume();
            }
        });
        // The list has the keyboard: arrows pick a template, Enter starts it, Escape cancels.
        dialog.setOnShown(event -> Platform.runLater(() -> {
            dialog.getDialogPane().getScene().getWindow().requestFocus();
            list.requestFocus();
        }));
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? list.getSelectionModel().getSelectedItem().map(UserTemplates.Entry::template) : null);
        return dialog.showAndWait();
    }

    private static void fill(ListView<Optional<UserTemplates.Entry>> list, List<UserTemplates.Entry> templates) {
        int selected = Math.max(0, list.getSelectionModel().getSelectedIndex());
        List<Optional<UserTemplates.Entry>> rows = new ArrayList<>();
        rows.add(Optional.empty());
        templates.forEach(entry -> rows.add(Optional.of(entry)));
        list.getItems().setAll(rows);
        list.getSelectionModel().select(Math.min(selected, list.getItems().size() - 1));
    }

    /** Asks for a new title and description; {title, description}, or empty when cancelled. */
    private static Optional<String[]> askForName(Window owner, UserTemplates.Entry entry) {
        TemplateNameFields names = new TemplateNameFields(entry.template().title(), entry.template().description());
        Dialog<String[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("template.rename"));
        dialog.getDialogPane().setContent(names.grid());
        ButtonType ok = new ButtonType(Messages.get("template.rename.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ok).disableProperty()
                .bind(names.titleField().textProperty().map(String::isBlank));
        dialog.setResultConverter(button -> button == ok ? new String[] {names.title(), names.description()} : null);
        return dialog.showAndWait();
    }

    private static final class TemplateCell extends ListCell<Optional<UserTemplates.Entry>> {
        @Override
        protected void updateItem(Optional<UserTemplates.Entry> item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            String origin = item.map(entry -> entry.origin() == Library.Origin.USER ? Messages.get("template.origin.user")
                    : entry.origin() == Library.Origin.SHARED ? Messages.get("template.origin.shared") : "").orElse("");
            String name = item.map(entry -> entry.template().title()).orElse(Messages.get("template.blank"));
            Label title = new Label(origin.isEmpty() ? name : name + "  \u00B7 " + origin);
            title.getStyleClass().add("item-title");
            String about = item.map(entry -> entry.template().description()).orElse(Messages.get("template.blank.description"));
            Label description = new Label(about);
            description.setWrapText(true);
            description.getStyleClass().add("muted");
            description.setMaxWidth(500);
            description.setMinHeight(Region.USE_PREF_SIZE); // the whole description, wrapped
            setGraphic(new VBox(2, title, description));
            setAccessibleText(name + (origin.isEmpty() ? "" : ", " + origin) + ". " + about);
        }
    }
}
