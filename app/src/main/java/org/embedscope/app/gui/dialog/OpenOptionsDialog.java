package org.embedscope.app.gui.dialog;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.embedscope.model.io.OpenOptions;
import org.embedscope.model.io.VectorFormat;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * File > Open With Options: the file plus what the command line's --format, --metadata, --limit and
 * --no-cache say, for files whose format cannot be detected or that are too big to load whole.
 */
final class OpenOptionsDialog extends Dialog<OpenRequest> {
    private final TextField file = new TextField();
    private final ChoiceBox<VectorFormat> format = new ChoiceBox<>();
    private final TextField metadata = new TextField();
    private final Spinner<Integer> limit = new Spinner<>(0, Integer.MAX_VALUE, 0, 10_000);
    private final CheckBox cache = new CheckBox("Keep a fast binary copy for the next open");

    OpenOptionsDialog(Window owner, Path startFolder) {
        initOwner(owner);
        setTitle("Open with options");
        setHeaderText("Open a vector file");
        getDialogPane().setId("open-options-dialog");

        List<VectorFormat> formats = new ArrayList<>();
        formats.add(null);
        formats.addAll(List.of(VectorFormat.values()));
        format.setItems(FXCollections.observableArrayList(formats));
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(VectorFormat f) {
                return f == null ? "Detect automatically" : f.id();
            }

            @Override
            public VectorFormat fromString(String text) {
                return null;
            }
        });
        format.setValue(null);
        limit.setEditable(true);
        limit.setTooltip(new Tooltip("Read only the first N words (0 reads them all)"));
        cache.setSelected(true);
        file.setPrefColumnCount(32);
        metadata.setPromptText("optional: labels for .tsv or .npy vectors");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("File"), row(file, browse(file, startFolder)));
        grid.addRow(1, new Label("Format"), format);
        grid.addRow(2, new Label("Metadata"), row(metadata, browse(metadata, startFolder)));
        grid.addRow(3, new Label("Words"), new HBox(8, limit, new Label("first words only (0 = all)")));
        grid.addRow(4, new Label(""), cache);
        getDialogPane().setContent(grid);

        ButtonType open = new ButtonType("Open", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
        getDialogPane().lookupButton(open).disableProperty().bind(file.textProperty().isEmpty());
        setResultConverter(button -> button == open ? request() : null);
    }

    private OpenRequest request() {
        Path vectors = Path.of(file.getText().strip());
        String meta = metadata.getText().strip();
        OpenOptions options = OpenOptions.defaults()
                .withFormat(format.getValue())
                .withMetadata(meta.isEmpty() ? null : Path.of(meta))
                .withLimit(limit.getValue() == null ? 0 : limit.getValue())
                .withCache(cache.isSelected());
        return new OpenRequest(vectors, options);
    }

    private static HBox row(TextField field, Button browse) {
        HBox.setHgrow(field, Priority.ALWAYS);
        return new HBox(6, field, browse);
    }

    private Button browse(TextField target, Path startFolder) {
        Button button = new Button(null, new FontIcon("mdi2f-folder-open-outline"));
        button.setTooltip(new Tooltip("Browse\u2026"));
        button.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            if (startFolder != null && Files.isDirectory(startFolder)) {
                chooser.setInitialDirectory(startFolder.toFile());
            }
            File chosen = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
            if (chosen != null) {
                target.setText(chosen.getAbsolutePath());
            }
        });
        return button;
    }

    static Optional<OpenRequest> ask(Window owner, Path startFolder) {
        return new OpenOptionsDialog(owner, startFolder).showAndWait();
    }
}
