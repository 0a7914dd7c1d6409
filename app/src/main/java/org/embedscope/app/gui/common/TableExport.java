package org.embedscope.app.gui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.embedscope.app.errors.ErrorMessages;
import org.embedscope.app.export.CsvText;
import org.embedscope.app.gui.dialog.Dialogs;
import org.embedscope.app.gui.dialog.FxDialogs;
import org.kordamp.ikonli.javafx.FontIcon;

/** "Export as CSV…" on a result table's context menu: the table as shown, headers and cell text. */
public final class TableExport {
    private TableExport() {
    }

    public static void install(TableView<?> table, String suggestedName) {
        MenuItem export = new MenuItem("Export as CSV\u2026", new FontIcon("mdi2e-export"));
        export.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle("Export the table");
            chooser.setInitialFileName(suggestedName);
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
            java.io.File file = chooser.showSaveDialog(table.getScene() == null ? null : table.getScene().getWindow());
            if (file != null) {
                write(table, file.toPath(), new FxDialogs(() -> table.getScene() == null ? null
                        : table.getScene().getWindow()));
            }
        });
        table.setContextMenu(new ContextMenu(export));
    }

    /** Writes the table (a few hundred rows at most, so on the FX thread). */
    public static void write(TableView<?> table, Path file, Dialogs dialogs) {
        List<String> header = new ArrayList<>();
        for (TableColumn<?, ?> column : table.getColumns()) {
            header.add(column.getText());
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < table.getItems().size(); i++) {
            List<String> row = new ArrayList<>();
            for (TableColumn<?, ?> column : table.getColumns()) {
                Object value = column.getCellData(i);
                row.add(value == null ? "" : value.toString());
            }
            rows.add(row);
        }
        try {
            CsvText.write(file, header, rows, ',');
        } catch (Exception e) {
            dialogs.showError("Could not export the table", ErrorMessages.sentence(e));
        }
    }

    /** Asks where to save rows that are not in a table (a list of scores, say) and writes them as CSV. */
    public static void saveRows(javafx.scene.Node owner, String suggestedName, List<String> header,
            List<List<String>> rows) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Export as CSV");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
        java.io.File file = chooser.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        if (file != null) {
            try {
                CsvText.write(file.toPath(), header, rows, ',');
            } catch (Exception e) {
                new FxDialogs(() -> owner.getScene() == null ? null : owner.getScene().getWindow())
                        .showError("Could not export", ErrorMessages.sentence(e));
            }
        }
    }
}
