package org.embedscope.app.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.embedscope.app.settings.Settings;
import org.embedscope.app.settings.UserSettings;

/** The File > Open Recent list, most recent first, remembered in the settings file. */
public final class RecentFiles {
    static final int LIMIT = 10;

    private final UserSettings user;
    private final Settings settings;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);

    public RecentFiles(UserSettings user) {
        this.user = user;
        this.settings = user.settings();
        for (String path : settings.recentFiles) {
            files.add(Path.of(path));
        }
    }

    public ObservableList<Path> files() {
        return readOnly;
    }

    /** Moves (or adds) the file to the top and remembers its folder for the next Open dialog. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        if (files.size() > LIMIT) {
            files.remove(LIMIT, files.size());
        }
        Path parent = absolute.getParent();
        settings.lastDirectory = parent == null ? null : parent.toString();
        save();
    }

    /** As {@link #add(Path)}, remembering the options it was opened with for Open Recent. */
    public void add(Path file, org.embedscope.model.io.OpenOptions options) {
        org.embedscope.app.settings.OpenedWith with = new org.embedscope.app.settings.OpenedWith();
        with.format = options.format() == null ? null : options.format().id();
        with.metadata = options.metadata() == null ? null : options.metadata().toAbsolutePath().toString();
        with.limit = options.limit();
        settings.recentOptions.put(file.toAbsolutePath().normalize().toString(), with);
        settings.recentOptions.keySet().removeIf(key -> files.stream().noneMatch(f -> f.toString().equals(key))
                && !key.equals(file.toAbsolutePath().normalize().toString()));
        add(file);
    }

    /** The options the file was last opened with (defaults if unknown or unreadable). */
    public org.embedscope.model.io.OpenOptions optionsFor(Path file) {
        org.embedscope.model.io.OpenOptions options = org.embedscope.model.io.OpenOptions.defaults();
        org.embedscope.app.settings.OpenedWith with = settings.recentOptions.get(file.toString());
        if (with == null) {
            return options;
        }
        try {
            if (with.format != null) {
                options = options.withFormat(org.embedscope.model.io.VectorFormat.parse(with.format));
            }
            if (with.metadata != null) {
                options = options.withMetadata(Path.of(with.metadata));
            }
            return options.withLimit(Math.max(0, with.limit));
        } catch (RuntimeException damaged) {
            return org.embedscope.model.io.OpenOptions.defaults();
        }
    }

    public void remove(Path file) {
        files.remove(file);
        save();
    }

    public void clear() {
        files.clear();
        save();
    }

    /** The folder the Open dialog should start in, or null. */
    public Path lastDirectory() {
        return settings.lastDirectory == null ? null : Path.of(settings.lastDirectory);
    }

    private void save() {
        List<String> paths = new ArrayList<>();
        files.forEach(p -> paths.add(p.toString()));
        settings.recentFiles = paths;
        user.save();
    }

    /** The session last saved or opened, or null. */
    public Path lastSession() {
        return settings.lastSession == null ? null : Path.of(settings.lastSession);
    }

    public void setLastSession(Path file) {
        settings.lastSession = file == null ? null : file.toAbsolutePath().toString();
        user.save();
    }
}
