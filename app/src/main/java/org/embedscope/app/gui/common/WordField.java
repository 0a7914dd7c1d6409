package org.embedscope.app.gui.common;

import java.util.List;
import java.util.function.Function;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * A text field that suggests vocabulary words as the user types (most frequent first). Enter or
 * picking a suggestion fires the field's action.
 */
public final class WordField extends TextField {
    private final ContextMenu suggestions = new ContextMenu();
    private final Function<String, List<String>> completer;
    private boolean suppress;

    public WordField(Function<String, List<String>> completer) {
        this.completer = completer;
        getStyleClass().add("word-field");
        suggestions.getStyleClass().add("word-suggestions");
        textProperty().addListener((o, old, text) -> {
            if (!suppress && isFocused()) {
                suggest(text);
            }
        });
        focusedProperty().addListener((o, old, focused) -> {
            if (!focused) {
                suggestions.hide();
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                suggestions.hide();
            } else if (e.getCode() == KeyCode.DOWN && !suggestions.isShowing()) {
                suggest(getText());
            }
        });
        addEventHandler(javafx.event.ActionEvent.ACTION, e -> suggestions.hide());
    }

    /** Sets the text without popping up suggestions (for programmatic updates). */
    public void setTextQuietly(String text) {
        suppress = true;
        try {
            setText(text);
            positionCaret(text == null ? 0 : text.length());
        } finally {
            suppress = false;
        }
    }

    private void suggest(String text) {
        String prefix = lastTerm(text);
        List<String> words = prefix.isEmpty() ? List.of() : completer.apply(prefix);
        if (words.isEmpty() || (words.size() == 1 && words.get(0).equals(prefix))) {
            suggestions.hide();
            return;
        }
        suggestions.getItems().clear();
        for (String word : words) {
            CustomMenuItem item = new CustomMenuItem(new Label(word), true);
            item.setOnAction(e -> {
                setTextQuietly(text.substring(0, text.length() - prefix.length()) + word);
                fireEvent(new javafx.event.ActionEvent());
            });
            suggestions.getItems().add(item);
        }
        if (!suggestions.isShowing() && getScene() != null && getScene().getWindow() != null) {
            suggestions.show(this, Side.BOTTOM, 0, 0);
        }
    }

    /** The word being typed: the text after the last space (expressions have several words). */
    private static String lastTerm(String text) {
        if (text == null) {
            return "";
        }
        int space = text.lastIndexOf(' ');
        return text.substring(space + 1);
    }
}
