package org.embedscope.app.gui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import org.embedscope.app.data.BundledDataset;
import org.embedscope.app.gui.DatasetSource;
import org.embedscope.app.session.ContentHash;
import org.embedscope.app.session.DatasetRef;
import org.embedscope.app.session.SessionException;
import org.embedscope.model.Progress;
import org.embedscope.model.io.OpenOptions;

/** Content hashes of datasets, computed once per file version (path, size, time) in a run. */
final class DatasetHashes {
    private final ConcurrentHashMap<String, String> known = new ConcurrentHashMap<>();

    DatasetRef describe(DatasetSource source, Progress progress) throws IOException {
        OpenOptions options = source.options();
        String format = options.format() == null ? null : options.format().id();
        String metadata = options.metadata() == null ? null : options.metadata().toAbsolutePath().toString();
        if (source.file() == null) {
            return new DatasetRef(null, hash(null, progress), 0, format, options.limit(), metadata);
        }
        Path file = source.file().toAbsolutePath();
        return new DatasetRef(file.toString(), hash(file, progress), Files.size(file), format, options.limit(), metadata);
    }

    /** Checks that the session's vectors are where it says, with the content they had. */
    void requireContent(DatasetRef saved, Path sessionFile, Progress progress) throws IOException {
        if (saved.bundled()) {
            if (!hash(null, progress).equals(saved.contentHash())) {
                throw new SessionException(sessionFile.getFileName() + " was saved on another version of the bundled dataset");
            }
            return;
        }
        Path file = Path.of(saved.path());
        if (!Files.isRegularFile(file)) {
            throw new SessionException(sessionFile.getFileName() + " is about " + file + ", which is no longer there");
        }
        if (!hash(file, progress).equals(saved.contentHash())) {
            throw new SessionException(file.getFileName() + " has changed since " + sessionFile.getFileName()
                    + " was saved (its content hash differs), so the saved map would not fit it");
        }
    }

    private String hash(Path file, Progress progress) throws IOException {
        if (file == null) {
            String key = "bundled";
            String value = known.get(key);
            if (value == null) {
                value = BundledDataset.contentHash();
                known.put(key, value);
            }
            return value;
        }
        String key = file + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis();
        String value = known.get(key);
        if (value == null) {
            value = ContentHash.of(file, progress);
            known.put(key, value);
        }
        return value;
    }
}
