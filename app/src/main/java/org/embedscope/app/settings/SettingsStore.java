package org.embedscope.app.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.embedscope.model.DataFormatException;

/**
 * Reads and writes {@link Settings} as JSON in the user's configuration folder:
 * $EMBEDSCOPE_CONFIG_DIR, else $XDG_CONFIG_HOME/embedscope, else ~/.config/embedscope.
 * A missing file means default settings. A damaged one also does, but it is moved aside (to
 * settings.json.damaged) rather than overwritten by the next save, and {@link #problem()} says so.
 */
public final class SettingsStore {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private DataFormatException problem;

    public SettingsStore(Path folder) {
        this.file = folder.resolve("settings.json");
    }

    public static SettingsStore forUser() {
        String explicit = System.getenv("EMBEDSCOPE_CONFIG_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return new SettingsStore(Path.of(explicit));
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return new SettingsStore(base.resolve("embedscope"));
    }

    public Path file() {
        return file;
    }

    public Settings load() {
        if (!Files.isRegularFile(file)) {
            return new Settings();
        }
        try {
            Settings settings = MAPPER.readValue(file.toFile(), Settings.class);
            return settings == null ? new Settings() : settings;
        } catch (JsonProcessingException e) {
            Path kept = file.resolveSibling(file.getFileName() + ".damaged");
            String where = e.getLocation() == null ? "" : ", line " + e.getLocation().getLineNr();
            try {
                Files.move(file, kept, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                kept = null;
            }
            problem = DataFormatException.inFile(file.toString(), "is not valid settings" + where
                    + "; the defaults are used" + (kept == null ? "" : " and the file was kept as " + kept.getFileName()));
            return new Settings();
        } catch (IOException e) {
            problem = DataFormatException.inFile(file.toString(), "cannot be read (" + e.getMessage()
                    + "); the defaults are used");
            return new Settings();
        }
    }

    /** Why the last {@link #load()} fell back to defaults for an existing file, or null. */
    public DataFormatException problem() {
        return problem;
    }

    /** Saves atomically (write a temporary file, then rename) so a crash never leaves half a file. */
    public void save(Settings settings) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        MAPPER.writeValue(temporary.toFile(), settings);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
