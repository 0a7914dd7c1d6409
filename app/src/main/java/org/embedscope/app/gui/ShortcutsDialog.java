package org.embedscope.app.gui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Help > Keyboard Shortcuts: a two-column table of every accelerator in the menus (read from them,
 * so it cannot go stale), then the map's mouse and key gestures.
 */
final class ShortcutsDialog {
    private static final String[][] GESTURES = {
        {"Wheel", "Zoom the map around the cursor"},
        {"Drag", "Pan the map (rotate in 3D)"},
        {"Shift+drag", "Select the words in a box"},
        {"Ctrl+drag", "Select the words in a lasso"},
        {"Shift+click, Ctrl+click", "Add a word to the selection, or take it out"},
        {"+ / \u2212", "Zoom in / out (map focused)"},
        {"Arrows", "Pan (map focused)"},
        {"0", "Fit the map to the window (map focused)"},
        {"Enter", "Run what a field asks (neighbours, analogy, search)"},
        {"\u2193 in the search field", "Move into the results"},
    };

    private ShortcutsDialog() {
    }

    /** The menu accelerators as (keys, what) rows, in menu order. */
    static List<String[]> accelerators(MenuBar bar) {
        List<String[]> rows = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, menu.getText(), rows);
        }
        return rows;
    }

    private static void collect(Menu menu, String path, List<String[]> rows) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, path + " \u203a " + sub.getText(), rows);
            } else if (item.getAccelerator() != null) {
                rows.add(new String[] {item.getAccelerator().getDisplayText(),
                    path + " \u203a " + item.getText().replace("\u2026", "")});
            }
        }
    }

    static void show(MenuBar bar, Window owner) {
        GridPane grid = new GridPane();
        grid.setId("shortcuts-table");
        grid.setHgap(24);
        grid.setVgap(4);
        grid.setPadding(new Insets(8));
        int row = 0;
        for (String[] entry : accelerators(bar)) {
            grid.addRow(row++, key(entry[0]), new Label(entry[1]));
        }
        Label mouse = new Label("On the map");
        mouse.setStyle("-fx-font-weight: bold; -fx-padding: 8 0 0 0;");
        grid.add(mouse, 0, row++, 2, 1);
        for (String[] entry : GESTURES) {
            grid.addRow(row++, key(entry[0]), new Label(entry[1]));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        alert.show();
    }

    private static Label key(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-family: monospace; -fx-font-weight: bold;");
        return label;
    }
}
