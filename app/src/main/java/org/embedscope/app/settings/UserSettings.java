package org.embedscope.app.settings;

import java.io.IOException;

/**
 * The user's settings for one run of the app: read once, shared by everything that remembers
 * something (recent files, the window's place), saved whole after each change.
 */
public final class UserSettings {
    private final SettingsStore store;
    private final Settings settings;

    public UserSettings(SettingsStore store) {
        this.store = store;
        this.settings = store.load();
    }

    /** Why the saved settings could not be used (defaults are), or null. */
    public Exception loadProblem() {
        return store.problem();
    }

    /** The live settings; change them, then {@link #save()}. */
    public Settings settings() {
        return settings;
    }

    /** Saves; a settings file that cannot be written is no reason to interrupt the user's work. */
    public void save() {
        try {
            store.save(settings);
        } catch (IOException e) {
            // Forgetting a preference is better than an error dialog about it.
        }
    }
}
