package org.embedscope.app.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.embedscope.model.Progress;

/** SHA-256 of a file's bytes, the name a session gives its vectors: a moved or renamed file is still found to be the same. */
public final class ContentHash {
    private static final int BUFFER = 1 << 20;

    private ContentHash() {
    }

    public static String of(Path file, Progress progress) throws IOException {
        long size = Files.size(file);
        try (InputStream in = Files.newInputStream(file)) {
            return "sha256:" + digest(in, size, progress);
        }
    }

    /** The digest of the bundled dataset's resources, words then vectors. */
    public static String ofStreams(InputStream... streams) throws IOException {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[BUFFER];
        for (InputStream in : streams) {
            try (in) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    sha.update(buffer, 0, n);
                }
            }
        }
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }

    private static String digest(InputStream in, long size, Progress progress) throws IOException {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[BUFFER];
        long done = 0;
        try (DigestInputStream digesting = new DigestInputStream(in, sha)) {
            for (int n; (n = digesting.read(buffer)) > 0; ) {
                done += n;
                if ((done & ((64L << 20) - 1)) < n) {
                    progress.checkCancelled();
                    progress.update(size == 0 ? -1 : (double) done / size, "Checking the vectors' content");
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
