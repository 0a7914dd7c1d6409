package org.embedscope.app.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.List;

/** What the app remembers between runs. Unknown fields are ignored so old and new versions coexist. */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Settings {
    /** Most recent first, as absolute paths. */
    public List<String> recentFiles = new ArrayList<>();
    /** Where the Open dialog starts. */
    public String lastDirectory;
    /** Where the main window was when it was last closed, or null. */
    public WindowBounds window;
    /** How each recent file was opened (format id, metadata path, word limit), by absolute path. */
    public java.util.Map<String, OpenedWith> recentOptions = new java.util.LinkedHashMap<>();
    /** "dark" (the default) or "light". */
    public String theme;
    /** The session last saved or opened, offered on the next start; null if none. */
    public String lastSession;

    /** Whether the window opens with the start page; null (never chosen) means yes. */
    public Boolean showStartPage;

    /**
     * A copy that later changes to this one do not reach (the lists, the map and its entries are
     * copied), so it can be written on another thread while the FX thread goes on changing these.
     */
    public Settings copy() {
        Settings copy = new Settings();
        copy.recentFiles = new ArrayList<>(recentFiles);
        copy.lastDirectory = lastDirectory;
        copy.window = window;
        copy.recentOptions = new java.util.LinkedHashMap<>();
        recentOptions.forEach((path, options) -> copy.recentOptions.put(path, options == null ? null : options.copy()));
        copy.theme = theme;
        copy.lastSession = lastSession;
        copy.showStartPage = showStartPage;
        return copy;
    }
}
