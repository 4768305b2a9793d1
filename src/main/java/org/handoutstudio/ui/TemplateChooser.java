package org.handoutstudio.ui;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.handoutstudio.handout.Template;

/** New handout: a blank one, or one of the templates, each with its description. */
final class TemplateChooser {

    private TemplateChooser() {
    }

    /** Empty when cancelled; an empty inner Optional means "blank handout". */
    static Optional<Optional<Template>> choose(Window owner, List<Template> templates) {
        ListView<Optional<Template>> list = new ListView<>();
        list.setId("templateList");
        list.getItems().add(Optional.empty());
        templates.forEach(template -> list.getItems().add(Optional.of(template)));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Optional<Template> item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                Label title = new Label(item.map(Template::title).orElse(Messages.get("template.blank")));
                title.getStyleClass().add("item-title");
                Label description = new Label(item.map(Template::description).orElse(Messages.get("template.blank.description")));
                description.setWrapText(true);
                description.getStyleClass().add("muted");
                description.setMaxWidth(460);
                description.setMinHeight(Region.USE_PREF_SIZE); // the whole description, wrapped
                setGraphic(new VBox(2, title, description));
                setAccessibleText(title.getText() + ". " + description.getText());
            }
        });
        list.getSelectionModel().select(0);
        list.setAccessibleText(Messages.get("template.header"));
        list.setPrefSize(520, 420);
        Dialog<Optional<Template>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("template.title"));
        dialog.setHeaderText(Messages.get("template.header"));
        dialog.getDialogPane().setContent(list);
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
        dialog.setResultConverter(button -> button == ButtonType.OK ? list.getSelectionModel().getSelectedItem() : null);
        return dialog.showAndWait();
    }
}
