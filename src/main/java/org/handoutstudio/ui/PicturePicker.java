package org.handoutstudio.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.handoutstudio.figures.FigureCatalogue;
import org.handoutstudio.io.RasterImages;
import org.handoutstudio.layout.FigureSource;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibrarySearch;
import org.handoutstudio.ui.preview.FxPagePainter;

/**
 * An exercise's picture: one of the bundled figures (searchable by the exercises that use it,
 * with thumbnails) or a photo of the practice's own, checked before it is taken.
 */
final class PicturePicker extends VBox {

    /** The figure or photo chosen: a photo wins over a figure when both are set. */
    record Picture(String figure, String photo) { }

    private static final double THUMB_WIDTH = 96;
    private static final double THUMB_HEIGHT = 44;

    private final ObjectProperty<Picture> picture = new SimpleObjectProperty<>();
    private final FigureSource figures;
    private final Exercise sample;
    private final Label photoLabel = new Label();
    private final ListView<String> list;

    /**
     * @param onPhotoProblem gets a message when a chosen photo is refused (not an image, cut short, too large)
     */
    PicturePicker(Picture initial, Exercise sample, Library library, FigureSource figures, TaskExecutor executor,
                  Consumer<String> onPhotoProblem) {
        this.figures = figures;
        this.sample = sample;
        setId("picturePicker");
        setSpacing(6);
        picture.set(initial);
        Map<String, String> usedBy = new HashMap<>();
        library.items().stream().filter(Exercise.class::isInstance).map(Exercise.class::cast)
                .filter(exercise -> exercise.figure() != null)
                .forEach(exercise -> usedBy.merge(exercise.figure(), exercise.title(), (a, b) -> a + ", " + b));
        FilteredList<String> shown = new FilteredList<>(FXCollections.observableArrayList(FigureCatalogue.bundledIds()));
        TextField search = new TextField();
        search.setId("figureSearch");
        search.setPromptText(Messages.get("form.figure.search"));
        search.setAccessibleText(Messages.get("form.figure.search"));
        search.textProperty().addListener((o, a, words) -> {
            String folded = LibrarySearch.fold(words.strip());
            shown.setPredicate(id -> folded.isEmpty() || LibrarySearch.fold(id + " " + usedBy.getOrDefault(id, ""))
                    .contains(folded));
        });
        list = new ListView<>(shown);
        list.setId("figureList");
        list.setPrefHeight(190);
        list.setAccessibleText(Messages.get("form.figure.list"));
        list.setCellFactory(view -> new FigureCell(usedBy));
        if (initial.figure() != null) {
            list.getSelectionModel().select(initial.figure());
            list.scrollTo(initial.figure());
        }
        list.getSelectionModel().selectedItemProperty().addListener((o, a, chosen) -> {
            if (chosen != null) {
                picture.set(new Picture(chosen, null));
            }
        });

        Button importPhoto = new Button(Messages.get("form.photo.import"));
        importPhoto.setId("importPhoto");
        importPhoto.setOnAction(event -> choosePhoto().ifPresent(file -> choosePhotoFile(file, executor, onPhotoProblem)));
        Button removePhoto = new Button(Messages.get("form.photo.remove"));
        removePhoto.setId("removePhoto");
        removePhoto.setOnAction(event -> picture.set(new Picture(picture.get().figure(), null)));
        removePhoto.disableProperty().bind(picture.map(chosen -> chosen.photo() == null));
        photoLabel.textProperty().bind(picture.map(chosen -> chosen.photo() == null ? Messages.get("form.photo.none")
                : Messages.format("form.photo.chosen", Path.of(chosen.photo()).getFileName())));
        photoLabel.setWrapText(true);
        HBox photoRow = new HBox(8, importPhoto, removePhoto, photoLabel);
        photoRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(search, list, photoRow);
    }

    ObjectProperty<Picture> pictureProperty() {
        return picture;
    }

    ListView<String> list() {
        return list;
    }

    /** Chooses a photo file; tests replace this. */
    Optional<Path> choosePhoto() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("form.photo.import"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("files.images"),
                List.of("*.png", "*.jpg", "*.jpeg", "*.PNG", "*.JPG", "*.JPEG")));
        var file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        return Optional.ofNullable(file).map(File::toPath);
    }

    /** Chooses {@code file} as the photo, as the import button does after its file chooser. */
    void choosePhotoFile(Path file, TaskExecutor executor, Consumer<String> onPhotoProblem) {
        executor.run(() -> RasterImages.load(file, 300, 300), image -> picture.set(new Picture(picture.get().figure(),
                file.toString())), failure -> onPhotoProblem.accept(failure.getMessage()));
    }

    private final class FigureCell extends ListCell<String> {
        private final Canvas thumbnail = new Canvas(THUMB_WIDTH, THUMB_HEIGHT);
        private final Label name = new Label();
        private final Map<String, String> usedBy;

        FigureCell(Map<String, String> usedBy) {
            this.usedBy = usedBy;
            name.setWrapText(true);
            name.setMaxWidth(260);
        }

        @Override
        protected void updateItem(String id, boolean empty) {
            super.updateItem(id, empty);
            if (empty || id == null) {
                setGraphic(null);
                return;
            }
            String users = usedBy.getOrDefault(id, id);
            name.setText(users);
            setAccessibleText(Messages.format("form.figure.cell", users));
            var g = thumbnail.getGraphicsContext2D();
            g.clearRect(0, 0, THUMB_WIDTH, THUMB_HEIGHT);
            figures.drawingFor(sample.withFigure(id)).ifPresent(drawing -> {
                double scale = Math.min(THUMB_WIDTH / drawing.width(), THUMB_HEIGHT / drawing.height());
                FxPagePainter.paintDrawing(g, drawing, (THUMB_WIDTH - drawing.width() * scale) / 2,
                        (THUMB_HEIGHT - drawing.height() * scale) / 2, scale);
            });
            HBox row = new HBox(8, thumbnail, name);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
        }
    }
}
