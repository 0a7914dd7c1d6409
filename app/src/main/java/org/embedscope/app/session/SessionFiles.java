package org.embedscope.app.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Reads and writes session files: versioned JSON, written atomically (a temporary file renamed into place). */
public final class SessionFiles {
    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private SessionFiles() {
    }

    public static ObjectMapper json() {
        return JSON;
    }

    public static void write(Path file, Session session) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            JSON.writeValue(temp.toFile(), session);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** @throws SessionException naming the file and what is wrong with it */
    public static Session read(Path file) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new SessionException(name + " is a folder, not a session file");
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new SessionException(name + (line > 0 ? ", line " + line : "") + ": not a valid session file ("
                    + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject() || !root.has("version")) {
            throw new SessionException(name + " is not an Embedscope session (it has no format version)");
        }
        int version = root.get("version").asInt(-1);
        if (version > Session.VERSION) {
            throw new SessionException(name + " was saved by a newer Embedscope (session format " + version
                    + "); this version reads format " + Session.VERSION + " and older. Update Embedscope to open it.");
        }
        if (version < 1) {
            throw new SessionException(name + " has an unknown session format version: " + root.get("version"));
        }
        try {
            Session session = JSON.treeToValue(root, Session.class);
            if (session.dataset() == null || session.current() == null) {
                throw new SessionException(name + " is incomplete: it names no dataset or no picture");
            }
            return session;
        } catch (JsonProcessingException e) {
            throw new SessionException(name + ": a part of the session cannot be read (" + e.getOriginalMessage() + ")");
        }
    }
}
