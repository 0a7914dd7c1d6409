package org.embedscope.app.gui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * Tooltips that explain every number in the window: when the pointer first rests on a label or a
 * table cell that shows a number, the measures its text (or its column's title) names are looked up in
 * the {@link Glossary} and installed as its tooltip. Done on hover rather than per view, so a panel
 * added later explains its numbers too; a control with its own tooltip keeps it.
 */
public final class NumberTips {
    private static final Pattern NUMBER = Pattern.compile("\\d");
    private static final String INSTALLED = "embedscope.numberTip";

    private NumberTips() {
    }

    public static void install(Scene scene) {
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, e -> {
            Node picked = e.getPickResult().getIntersectedNode();
            for (Node n = picked; n != null; n = n.getParent()) {
                if (n instanceof Labeled labeled) {
                    explain(labeled);
                    return;
                }
            }
        });
    }

    /** Installs (or refreshes) the tooltip a label's number deserves; returns its text, or null. */
    public static String explain(Labeled labeled) {
        if (labeled.getTooltip() != null && !Boolean.TRUE.equals(labeled.getProperties().get(INSTALLED))) {
            return labeled.getTooltip().getText();
        }
        String text = tipFor(labeled);
        if (text == null) {
            if (labeled.getTooltip() != null) {
                labeled.setTooltip(null);
            }
            return null;
        }
        if (labeled.getTooltip() == null || !text.equals(labeled.getTooltip().getText())) {
            Tooltip tip = new Tooltip(text);
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            tip.setShowDelay(Duration.millis(350));
            labeled.setTooltip(tip);
            labeled.getProperties().put(INSTALLED, true);
        }
        return text;
    }

    /** The explanation of the numbers a label shows, or null when it shows none or names no measure. */
    static String tipFor(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || !NUMBER.matcher(text).find()) {
            return null;
        }
        List<String> context = new ArrayList<>();
        context.add(text);
        if (labeled.getUserData() instanceof String measure) {
            context.add(measure);
        }
        // A number drawn inside a cell (a score with its bar) is explained by the cell's column or list.
        for (Node n = labeled; n != null; n = n.getParent()) {
            if (n instanceof TableCell<?, ?> cell && cell.getTableColumn() != null) {
                context.add(cell.getTableColumn().getText());
                if (cell.getTableColumn().getUserData() instanceof String measure) {
                    context.add(measure);
                }
                break;
            }
            if (n instanceof javafx.scene.control.ListCell<?> cell && cell.getListView() != null) {
                if (cell.getListView().getUserData() instanceof String measure) {
                    context.add(measure);
                }
                break;
            }
        }
        List<String> sentences = Glossary.explain(String.join(" ", context));
        return sentences.isEmpty() ? null : String.join("\n", sentences);
    }

    /** Names the measure a label's bare number is: hovering explains it. */
    public static void measure(Labeled label, String measure) {
        label.setUserData(measure);
    }

    /** Names the measure a list's numbers are: hovering an item explains it. */
    public static void measure(javafx.scene.control.ListView<?> list, String measure) {
        list.setUserData(measure);
    }

    /** Names the measure a column's numbers are (a "Score" column): hovering a cell explains it. */
    public static void measure(javafx.scene.control.TableColumn<?, ?> column, String measure) {
        column.setUserData(measure);
    }
}
