package org.embedscope.app.gui.common;

import java.util.List;
import java.util.function.Function;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A text field that suggests vocabulary words as the user types (most frequent first). Enter fires
 * the field's action with the text as typed, even while suggestions show; arrow keys then Enter, or
 * a click, pick a suggestion and fire it.
 */
public final class WordField extends TextField {
    private final ContextMenu suggestions = new ContextMenu();
    private final Function<String, List<String>> completer;
    private boolean suppress;
    /** True once the user moved into the suggestions with the arrow keys: then Enter picks one. */
    private boolean navigated;
    private int highlighted = -1;

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
        // Arrow keys in the field walk the suggestions; Enter picks the highlighted one, else runs the text.
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!suggestions.isShowing()) {
                return;
            }
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                int step = e.getCode() == KeyCode.DOWN ? 1 : -1;
                highlight(Math.max(-1, Math.min(suggestions.getItems().size() - 1, highlighted + step)));
                navigated = highlighted >= 0;
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && highlighted >= 0) {
                e.consume();
                suggestions.getItems().get(highlighted).fire();
                suggestions.hide();
            }
        });
        addEventHandler(javafx.event.ActionEvent.ACTION, e -> suggestions.hide());
        // The popup takes the keys while it shows; Enter there must still run what was typed.
        suggestions.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
                navigated = true;
            } else if (e.getCode() == KeyCode.ENTER && !navigated) {
                e.consume();
                suggestions.hide();
                fireEvent(new javafx.event.ActionEvent());
            }
        });
        suggestions.setOnHidden(e -> {
            navigated = false;
            highlighted = -1;
        });
    }

    /**
     * Keeps the field and a view-model property equal both ways; the property's changes (a preset,
     * a restored state) replace the text without popping up suggestions.
     */
    public void follow(javafx.beans.property.StringProperty property) {
        setTextQuietly(property.get());
        textProperty().addListener((o, old, text) -> property.set(text));
        property.addListener((o, old, text) -> {
            if (text != null && !text.equals(getText())) {
                setTextQuietly(text);
            }
        });
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
        highlighted = -1;
        navigated = false;
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

    private void highlight(int index) {
        highlighted = index;
        for (int i = 0; i < suggestions.getItems().size(); i++) {
            var content = ((CustomMenuItem) suggestions.getItems().get(i)).getContent();
            content.getStyleClass().remove("highlighted");
            if (i == index) {
                content.getStyleClass().add("highlighted");
            }
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
