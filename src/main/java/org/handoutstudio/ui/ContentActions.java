package org.handoutstudio.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.controlsfx.control.CheckListView;
import org.handoutstudio.library.ItemCopies;
import org.handoutstudio.library.ItemType;
import org.handoutstudio.library.LibraryItem;
import org.handoutstudio.library.LibraryPacks;
import org.handoutstudio.library.Provenance;
import org.handoutstudio.library.SafetyNetting;

/**
 * The window's flows for the practice's own content: new items, copies and our versions of
 * bundled ones, editing and deleting; library packs out and in; saving the handout as a template.
 * Each asks the user what it needs and acts through the {@link LibraryContentModel} and
 * {@link SharingModel}.
 */
final class ContentActions {

    private final EditorViewModel model;
    private final Node anchor;
    private final DialogService dialogs;

    ContentActions(EditorViewModel model, Node anchor, DialogService dialogs) {
        this.model = model;
        this.anchor = anchor;
        this.dialogs = dialogs;
    }

    private Window owner() {
        return anchor.getScene() == null ? null : anchor.getScene().getWindow();
    }

    private LibraryContentModel content() {
        return model.content();
    }

    void newItem(ItemType type) {
        Provenance provenance = Provenance.first(content().author(), content().today(), List.of());
        LibraryItem blank = switch (type) {
            case EXERCISE -> ItemCopies.blankExercise(provenance);
            case ADVICE -> ItemCopies.blankAdvice(provenance);
            case SAFETY_NETTING -> ItemCopies.blankSafetyNetting(provenance, routes());
        };
        open(content().create(blank));
    }

    /** The tiers' routes as every bundled safety-netting item gives them (999, the GP practice or 111, the practice). */
    private SafetyNetting routes() {
        return content().library().items().stream().filter(SafetyNetting.class::isInstance).map(SafetyNetting.class::cast)
                .filter(item -> item.sections().size() == 3).findFirst().orElseThrow();
    }

    void copy(LibraryItem item) {
        open(content().copy(item));
    }

    void override(LibraryItem item) {
        open(content().override(item));
    }

    void edit(LibraryItem item) {
        open(content().isOwn(item) ? content().edit(item) : content().copy(item));
    }

    /** Opens the form for {@code draft}; tests reach the window through {@link #lastForm}. */
    private void open(LibraryContentModel.Draft draft) {
        lastForm = new ItemFormDialog(owner(), content(), draft);
        lastForm.showAndWait();
    }

    private ItemFormDialog lastForm;

    ItemFormDialog lastForm() {
        return lastForm;
    }

    void delete(LibraryItem item) {
        if (!content().isOwn(item)) {
            return;
        }
        ButtonType yes = new ButtonType(Messages.get("content.delete.yes"), ButtonBar.ButtonData.YES);
        Alert sure = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("content.delete.confirm", item.title()), yes,
                ButtonType.CANCEL);
        sure.initOwner(owner());
        sure.setHeaderText(Messages.format("content.delete.header", item.title()));
        if (sure.showAndWait().filter(yes::equals).isPresent()) {
            content().delete(item, error -> error.ifPresent(dialogs::showError));
        }
    }

    void exportPack() {
        List<LibraryItem> own = model.sharing().ownItems();
        CheckListView<LibraryItem> choices = new CheckListView<>();
        choices.setId("packItems");
        choices.getItems().setAll(own.isEmpty() ? model.sharing().allItems() : own);
        choices.setCellFactory(view -> new CheckBoxListCell<>(choices::getItemBooleanProperty,
                Messages.choiceNames("", LibraryItem::title)));
        own.forEach(item -> choices.getCheckModel().check(item));
        choices.setPrefSize(460, 360);
        Dialog<List<LibraryItem>> dialog = new Dialog<>();
        dialog.initOwner(owner());
        dialog.setTitle(Messages.get("pack.export.title"));
        dialog.setHeaderText(Messages.get(own.isEmpty() ? "pack.export.noneOwn" : "pack.export.header"));
        dialog.getDialogPane().setContent(choices);
        ButtonType next = new ButtonType(Messages.get("pack.export.next"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(next, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == next ? List.copyOf(choices.getCheckModel().getCheckedItems()) : null);
        Optional<List<LibraryItem>> chosen = dialog.showAndWait().filter(items -> !items.isEmpty());
        if (chosen.isEmpty()) {
            return;
        }
        dialogs.choosePackToExport("library-pack.zip").ifPresent(zip ->
                model.sharing().exportPack(chosen.get(), zip, this::report));
    }

    void importPack() {
        dialogs.choosePackToImport().ifPresent(this::importPack);
    }

    /** Reads {@code zip}, shows what it would add and replace, and imports it if the user agrees. */
    void importPack(Path zip) {
        model.sharing().readPack(zip, preview -> {
            LibraryPacks.Plan plan = preview.plan();
            StringBuilder text = new StringBuilder();
            appendList(text, "pack.import.adds", plan.adds());
            appendList(text, "pack.import.replaces", plan.replaces());
            appendList(text, "pack.import.overrides", plan.overridesBundled());
            ButtonType go = new ButtonType(Messages.get("pack.import.go"), ButtonBar.ButtonData.YES);
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, text.toString().strip(), go, ButtonType.CANCEL);
            ask.initOwner(owner());
            ask.setHeaderText(Messages.format("pack.import.header", zip.getFileName(), plan.adds().size(),
                    plan.replaces().size()));
            if (ask.showAndWait().filter(go::equals).isPresent()) {
                model.sharing().importPack(preview, this::report);
            }
        }, dialogs::showError);
    }

    private static void appendList(StringBuilder text, String key, List<LibraryItem> items) {
        if (!items.isEmpty()) {
            text.append(Messages.get(key)).append('\n');
            items.forEach(item -> text.append("  \u2022 ").append(item.title()).append(" (").append(item.id()).append(")\n"));
            text.append('\n');
        }
    }

    void saveAsTemplate() {
        TemplateNameFields names = new TemplateNameFields(model.editing().document().get().title(), "");
        CheckBox shared = new CheckBox(Messages.get("template.save.shared"));
        shared.setId("templateShared");
        shared.setDisable(!model.sharing().hasSharedFolder());
        GridPane grid = names.grid();
        grid.add(shared, 1, 2);
        Label privacy = new Label(Messages.get("template.save.privacy"));
        privacy.setWrapText(true);
        privacy.getStyleClass().add("muted");
        grid.add(privacy, 0, 3, 2, 1);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner());
        dialog.setTitle(Messages.get("template.save.title"));
        dialog.getDialogPane().setContent(grid);
        ButtonType save = new ButtonType(Messages.get("template.save.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(save).disableProperty()
                .bind(names.titleField().textProperty().map(String::isBlank));
        if (dialog.showAndWait().filter(save::equals).isPresent()) {
            model.sharing().saveAsTemplate(model.editing().document().get(), names.title(), names.description(),
                    shared.isSelected(), this::report);
        }
    }

    private void report(SharingModel.Outcome outcome) {
        if (!outcome.done()) {
            dialogs.showError(outcome.message());
        }
    }
}
