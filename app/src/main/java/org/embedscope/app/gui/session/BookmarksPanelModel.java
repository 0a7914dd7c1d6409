package org.embedscope.app.gui.session;

import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.embedscope.app.gui.map.MapAnnotations;
import org.embedscope.app.gui.panel.PanelModel;

/** The bookmarks side panel over the session's bookmarks; created before the session model, attached after. */
public final class BookmarksPanelModel implements PanelModel<BookmarksState> {
    private final SimpleObjectProperty<MapAnnotations> none = new SimpleObjectProperty<>(MapAnnotations.NONE);
    private SessionViewModel sessions;

    public void attach(SessionViewModel model) {
        this.sessions = model;
    }

    public SessionViewModel sessions() {
        return sessions;
    }

    @Override
    public ObservableValue<MapAnnotations> mapAnnotations() {
        return none;
    }

    @Override
    public BookmarksState snapshot() {
        return new BookmarksState();
    }

    @Override
    public void restore(BookmarksState state) {
        // Nothing of its own to restore: opening a session brings its bookmarks.
    }

    @Override
    public Class<BookmarksState> stateType() {
        return BookmarksState.class;
    }
}
