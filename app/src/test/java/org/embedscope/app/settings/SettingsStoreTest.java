package org.embedscope.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.embedscope.app.errors.ErrorMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged settings file gives defaults and a message, and survives the next save. */
class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void aDamagedFileIsKeptAsideAndNamedInTheMessage() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\n  \"recentFiles\": [\n  oops\n");
        SettingsStore store = new SettingsStore(dir);
        Settings settings = store.load();
        assertNotNull(settings);
        String message = ErrorMessages.sentence(store.problem());
        assertTrue(message.startsWith(file + ": is not valid settings, line 3"), message);
        assertTrue(message.contains("settings.json.damaged"), message);
        assertEquals("{\n  \"recentFiles\": [\n  oops\n", Files.readString(dir.resolve("settings.json.damaged")));
        store.save(settings);
        assertTrue(Files.exists(dir.resolve("settings.json.damaged")));
    }

    @Test
    void aMissingFileIsNoProblem() {
        SettingsStore store = new SettingsStore(dir);
        assertNotNull(store.load());
        assertNull(store.problem());
    }
}
