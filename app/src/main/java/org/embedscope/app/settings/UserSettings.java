package org.embedscope.app.settings;

/**
 * The user's settings for one run of the app: read once, shared by everything that remembers
 * something (recent files, the window's place), saved whole after each change, in the background.
 */
public final class UserSettings {
    private final SettingsStore store;
    private final Settings settings;
    private final SettingsWriter writer;

    public UserSettings(SettingsStore store) {
        this(store, new SettingsWriter(store));
    }

    public UserSettings(SettingsStore store, SettingsWriter writer) {
        this.store = store;
        this.settings = store.load();
        this.writer = writer;
    }

    /** Why the saved settings could not be used (defaults are), or null. */
    public Exception loadProblem() {
        return store.problem();
    }

    /** The live settings; change them, then {@link #save()}. */
    public Settings settings() {
        return settings;
    }

    /**
     * Saves a copy of the settings as they are now, on the writer's thread (copying is cheap; writing
     * the JSON is not, and a settings file that cannot be written is no reason to interrupt the user).
     */
    public void save() {
        writer.submit(settings.copy());
    }

    /** Waits until the saves so far are on disk: before the app exits, so the last one is not lost. */
    public void flush() {
        writer.flush();
    }
}
