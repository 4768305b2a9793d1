package org.handoutstudio.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** A template's title and description, as "Save as template" and "Rename" ask for them. */
final class TemplateNameFields {

    private final TextField title;
    private final TextArea description;
    private final GridPane grid = new GridPane();

    TemplateNameFields(String startTitle, String startDescription) {
        title = new TextField(startTitle);
        title.setId("templateTitle");
        description = new TextArea(startDescription);
        description.setId("templateDescription");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        Label titleLabel = new Label(Messages.get("template.field.title"));
        titleLabel.setLabelFor(title);
        Label descriptionLabel = new Label(Messages.get("template.field.description"));
        descriptionLabel.setLabelFor(description);
        grid.addRow(0, titleLabel, title);
        grid.addRow(1, descriptionLabel, description);
    }

    /** Two rows; callers may add more below. */
    GridPane grid() {
        return grid;
    }

    TextField titleField() {
        return title;
    }

    String title() {
        return title.getText().strip();
    }

    /** The description, or the title when none was written (the chooser shows one under each title). */
    String description() {
        return description.getText().isBlank() ? title() : description.getText().strip();
    }
}
