package org.embedscope.app.gui.export;

import java.nio.file.Path;
import java.util.List;
import org.embedscope.app.errors.ErrorMessages;
import org.embedscope.app.export.MapPicture;
import org.embedscope.app.export.MapPictures;
import org.embedscope.app.export.MapTable;
import org.embedscope.app.export.PngMap;
import org.embedscope.app.export.SvgMap;
import org.embedscope.app.gui.dialog.Dialogs;
import org.embedscope.app.gui.map.MapViewModel;
import org.embedscope.app.gui.task.BackgroundTask;
import org.embedscope.app.gui.task.TaskExecutor;
import org.embedscope.app.gui.task.TaskSlot;
import org.embedscope.app.gui.workspace.Workspace;
import org.embedscope.model.VectorStore;

/** File > Export: the map as PNG (drawn at 2x) or SVG, its coordinates with metadata as CSV or TSV. */
public final class ExportViewModel {
    private final Workspace workspace;
    private final MapViewModel map;
    private final Dialogs dialogs;
    private final TaskSlot exporting;

    public ExportViewModel(Workspace workspace, MapViewModel map, TaskExecutor executor, Dialogs dialogs) {
        this.workspace = workspace;
        this.map = map;
        this.dialogs = dialogs;
        this.exporting = new TaskSlot(executor);
    }

    public enum Kind {
        PNG("PNG image, drawn at twice the size (*.png)", "*.png", "map.png"),
        SVG("SVG drawing: points, labels as text, legend (*.svg)", "*.svg", "map.svg"),
        CSV("Coordinates and metadata, comma-separated (*.csv)", "*.csv", "map.csv"),
        TSV("Coordinates and metadata, tab-separated (*.tsv)", "*.tsv", "map.tsv");

        final String description;
        final String pattern;
        final String suggested;

        Kind(String description, String pattern, String suggested) {
            this.description = description;
            this.pattern = pattern;
            this.suggested = suggested;
        }
    }

    public void export(Kind kind) {
        if (workspace.store() == null || workspace.layout() == null) {
            dialogs.showInformation("Nothing to export yet", "The map is not drawn yet.");
            return;
        }
        dialogs.chooseSaveFile("Export the map", kind.suggested,
                List.of(new Dialogs.FileFilter(kind.description, List.of(kind.pattern))))
                .ifPresent(file -> exportTo(kind, file));
    }

    /** Writes the map on screen to the file in the background. */
    public void exportTo(Kind kind, Path file) {
        VectorStore store = workspace.store();
        var layout = workspace.layout();
        MapPicture picture = kind == Kind.PNG || kind == Kind.SVG
                ? MapPictures.of(store, layout, map.coloringProperty().get(), marks()) : null;
        exporting.start(BackgroundTask.of("exporting " + file.getFileName(), p -> {
            switch (kind) {
                case PNG -> PngMap.write(picture, file);
                case SVG -> SvgMap.write(picture, file);
                case CSV -> MapTable.write(store, layout, file, ',');
                default -> MapTable.write(store, layout, file, '\t');
            }
            return file;
        }).onFailure(failure -> dialogs.showError("Could not export the map", ErrorMessages.sentence(failure))));
    }

    private List<org.embedscope.app.gui.map.MapAnnotations.Mark> marks() {
        var annotations = map.annotationsProperty().get();
        List<org.embedscope.app.gui.map.MapAnnotations.Mark> marks = new java.util.ArrayList<>();
        int focused = workspace.selectedIndexProperty().get();
        if (focused >= 0) {
            marks.add(new org.embedscope.app.gui.map.MapAnnotations.Mark(focused, javafx.scene.paint.Color.BLACK));
        }
        if (annotations != null) {
            marks.addAll(annotations.marks());
        }
        return marks;
    }
}
