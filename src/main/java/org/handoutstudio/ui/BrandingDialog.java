package org.handoutstudio.ui;

import java.io.File;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.handoutstudio.graphics.Colour;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.HandoutFiles;
import org.handoutstudio.handout.Paper;
import org.handoutstudio.handout.Settings;
import org.handoutstudio.io.InvalidContentException;

/**
 * The practice's branding and the user's settings. Colours are checked for contrast as they are
 * picked; a branding file can be exported for the whole practice and imported from one.
 */
final class BrandingDialog {

    private BrandingDialog() {
    }

    static Optional<Settings> edit(Window owner, Settings settings) {
        Branding b = settings.branding();
        TextField practice = field("practiceName", b.practiceName());
        TextField logo = field("logo", b.logo());
        ColorPicker primary = new ColorPicker(fx(b.primary()));
        primary.setId("primaryColour");
        ColorPicker accent = new ColorPicker(fx(b.accent()));
        accent.setId("accentColour");
        Label contrast = new Label();
        contrast.setId("contrastHint");
        contrast.setWrapText(true);
        TextField address = field("address", b.address());
        TextField phone = field("phone", b.phone());
        TextField hours = field("hours", b.hours());
        TextField email = field("email", b.email());
        TextField website = field("website", b.website());
        TextField footer = field("footerText", b.footerText());
        TextField outOfHours = field("outOfHours", b.outOfHours());
        outOfHours.setPromptText(Messages.get("branding.outOfHours.prompt"));
        TextField clinician = field("clinicianName", settings.clinicianName());
        TextField role = field("clinicianRole", settings.clinicianRole());
        ChoiceBox<Paper> paper = new ChoiceBox<>();
        paper.getItems().addAll(Paper.values());
        paper.setConverter(Messages.choiceNames("", Messages::label));
        paper.setValue(settings.paper());
        CheckBox largePrint = new CheckBox(Messages.get("branding.largePrint"));
        largePrint.setMnemonicParsing(true);
        largePrint.setSelected(Boolean.TRUE.equals(settings.largePrint()));
        TextField shared = field("sharedLibrary", settings.sharedLibraryFolder());

        Button chooseLogo = new Button(Messages.get("branding.chooseLogo"));
        chooseLogo.setMinWidth(Region.USE_PREF_SIZE);
        chooseLogo.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("branding.images"), "*.png", "*.jpg", "*.jpeg"));
            File file = chooser.showOpenDialog(owner);
            if (file != null) {
                logo.setText(file.getAbsolutePath());
            }
        });

        Dialog<Settings> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("branding.title"));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        grid.addRow(row++, label("branding.practice", practice), practice);
        grid.addRow(row++, label("branding.logo", logo), new HBox(6, logo, chooseLogo));
        grid.addRow(row++, label("branding.primary", primary), primary);
        grid.addRow(row++, label("branding.accent", accent), accent);
        grid.add(contrast, 1, row++);
        grid.addRow(row++, label("branding.address", address), address);
        grid.addRow(row++, label("branding.phone", phone), phone);
        grid.addRow(row++, label("branding.hours", hours), hours);
        grid.addRow(row++, label("branding.email", email), email);
        grid.addRow(row++, label("branding.website", website), website);
        grid.addRow(row++, label("branding.footer", footer), footer);
        grid.addRow(row++, label("branding.outOfHours", outOfHours), outOfHours);
        grid.addRow(row++, label("branding.clinician", clinician), clinician);
        grid.addRow(row++, label("branding.role", role), role);
        grid.addRow(row++, label("branding.paper", paper), paper);
        grid.add(largePrint, 1, row++);
        grid.addRow(row++, label("branding.shared", shared), shared);
        grid.add(hintLabel("branding.logo.drop"), 1, row++);

        ButtonType exportType = new ButtonType(Messages.get("branding.export"), ButtonBar.ButtonData.LEFT);
        ButtonType importType = new ButtonType(Messages.get("branding.import"), ButtonBar.ButtonData.LEFT);
        // On a small screen the form scrolls inside the dialog rather than running off the screen.
        grid.setPadding(new Insets(4, 12, 4, 4));
        ScrollPane form = new ScrollPane(grid);
        form.setFitToWidth(true);
        dialog.getDialogPane().setContent(form);
        dialog.setOnShown(event -> Platform.runLater(() -> fitOnScreen(dialog, form)));
        dialog.getDialogPane().getStylesheets().add(EditorApp.stylesheet());
        // A PNG or JPEG dragged from the desktop onto the dialog becomes the logo.
        FileDrop.images(dialog.getDialogPane(), file -> logo.setText(file.toAbsolutePath().toString()));
        dialog.getDialogPane().getButtonTypes().addAll(importType, exportType, ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        for (ButtonType type : dialog.getDialogPane().getButtonTypes()) {
            Button button = (Button) dialog.getDialogPane().lookupButton(type);
            button.setMinWidth(Region.USE_PREF_SIZE); // whole words, each button as wide as its own
            ButtonBar.setButtonUniformSize(button, false);
        }

        Runnable check = () -> {
            double first = hex(primary.getValue()).contrastRatio(Colour.WHITE);
            double second = hex(accent.getValue()).contrastRatio(Colour.WHITE);
            boolean good = first >= Branding.MIN_CONTRAST && second >= Branding.MIN_CONTRAST;
            contrast.setText(Messages.format(good ? "branding.contrast.good" : "branding.contrast.low", first, second));
            contrast.getStyleClass().setAll(good ? "muted" : "hint");
            ok.setDisable(!good);
        };
        primary.valueProperty().addListener((o, a, v) -> check.run());
        accent.valueProperty().addListener((o, a, v) -> check.run());
        check.run();

        Supplier<Branding> current = () -> new Branding(Branding.CURRENT_SCHEMA, text(practice),
                text(logo), hex(primary.getValue()).toHex(), hex(accent.getValue()).toHex(), text(address), text(phone),
                text(hours), text(email), text(website), text(footer), text(outOfHours));
        ((Button) dialog.getDialogPane().lookupButton(exportType)).addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("practice-branding.json");
            File file = chooser.showSaveDialog(owner);
            if (file != null) {
                try {
                    HandoutFiles.writeBranding(file.toPath(), current.get());
                } catch (IOException e) {
                    contrast.setText(Messages.format("branding.writeFailed", file, e.getMessage()));
                }
            }
        });
        ((Button) dialog.getDialogPane().lookupButton(importType)).addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            FileChooser chooser = new FileChooser();
            File file = chooser.showOpenDialog(owner);
            if (file == null) {
                return;
            }
            try {
                Branding imported = HandoutFiles.readBranding(file.toPath());
                practice.setText(imported.practiceName());
                logo.setText(imported.logo());
                primary.setValue(fx(imported.primary()));
                accent.setValue(fx(imported.accent()));
                address.setText(imported.address());
                phone.setText(imported.phone());
                hours.setText(imported.hours());
                email.setText(imported.email());
                website.setText(imported.website());
                footer.setText(imported.footerText());
                outOfHours.setText(imported.outOfHours());
            } catch (IOException | InvalidContentException e) {
                contrast.setText(Messages.format("branding.importFailed", file, e.getMessage()));
            }
        });
        dialog.setResultConverter(button -> button != ButtonType.OK ? null : new Settings(Settings.CURRENT_SCHEMA,
                current.get(), text(clinician), text(role), paper.getValue(), largePrint.isSelected(), text(shared),
                settings.recentFiles(), settings.theme()));
        return dialog.showAndWait();
    }

    /** Shrinks the dialog to the screen it is on (its form then scrolls), and moves it fully onto it. */
    private static void fitOnScreen(Dialog<?> dialog, ScrollPane form) {
        Window window = dialog.getDialogPane().getScene().getWindow();
        var screens = Screen.getScreensForRectangle(window.getX() + window.getWidth() / 2, 0, 1, 1);
        Rectangle2D screen = (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
        double over = window.getHeight() - screen.getHeight();
        if (over > 0) {
            form.setPrefViewportHeight(form.getViewportBounds().getHeight() - over);
            window.sizeToScene();
        }
        if (window.getY() < screen.getMinY() || window.getY() + window.getHeight() > screen.getMaxY()) {
            window.setY(screen.getMinY() + Math.max(0, (screen.getHeight() - window.getHeight()) / 2));
        }
    }

    /** A field's label: it names the field for screen readers, and its mnemonic (Alt+letter) reaches it. */
    private static Label label(String key, Control field) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label hintLabel(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("muted");
        label.setWrapText(true);
        return label;
    }

    private static TextField field(String id, String value) {
        TextField field = new TextField(value == null ? "" : value);
        field.setId(id);
        field.setPrefColumnCount(28);
        return field;
    }

    private static String text(TextField field) {
        return field.getText() == null || field.getText().isBlank() ? null : field.getText().strip();
    }

    static Color fx(Colour colour) {
        return Color.rgb(colour.red(), colour.green(), colour.blue());
    }

    static Colour hex(Color colour) {
        return new Colour((int) Math.round(colour.getRed() * 255), (int) Math.round(colour.getGreen() * 255),
                (int) Math.round(colour.getBlue() * 255));
    }
}
