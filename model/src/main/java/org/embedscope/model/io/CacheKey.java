package org.embedscope.model.io;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * Everything a cached store depends on. A source whose size, modification time or sampled content
 * ({@link ContentFingerprint}) changed, or a read with another format, limit or metadata file, gives
 * a different key, so a stale cache is not used: the time alone is not trusted, since copies made
 * with {@code cp -p}, {@code tar -x} or {@code rsync -a} keep the old one.
 */
record CacheKey(String source, long size, long modifiedNanos, long fingerprint, String format, int limit,
        String metadata, long metadataSize, long metadataModifiedNanos, long metadataFingerprint) {

    /** @param format the format asked for, or null when it is to be detected ("auto" in the key) */
    static CacheKey of(Path source, VectorFormat format, int limit, Path metadata) throws IOException {
        Path real = source.toRealPath();
        BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
        String metadataPath = "";
        long metadataSize = -1;
        long metadataModified = -1;
        long metadataFingerprint = 0;
        if (metadata != null) {
            Path realMetadata = metadata.toRealPath();
            BasicFileAttributes m = Files.readAttributes(realMetadata, BasicFileAttributes.class);
            metadataPath = realMetadata.toString();
            metadataSize = m.size();
            metadataModified = m.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            metadataFingerprint = ContentFingerprint.of(realMetadata);
        }
        return new CacheKey(real.toString(), attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                ContentFingerprint.of(real), format == null ? "auto" : format.id(), limit, metadataPath, metadataSize,
                metadataModified, metadataFingerprint);
    }

    /** The same key with another row limit (0 = the whole file). */
    CacheKey withLimit(int newLimit) {
        return new CacheKey(source, size, modifiedNanos, fingerprint, format, newLimit, metadata, metadataSize,
                metadataModifiedNanos, metadataFingerprint);
    }

    /** The key of reading the whole file with the same settings. */
    CacheKey whole() {
        return withLimit(0);
    }

    void write(DataOutputStream out) throws IOException {
        CacheStrings.writeString(out, source);
        out.writeLong(size);
        out.writeLong(modifiedNanos);
        out.writeLong(fingerprint);
        CacheStrings.writeString(out, format);
        out.writeInt(limit);
        CacheStrings.writeString(out, metadata);
        out.writeLong(metadataSize);
        out.writeLong(metadataModifiedNanos);
        out.writeLong(metadataFingerprint);
    }

    static CacheKey read(ByteBuffer in) {
        return new CacheKey(CacheStrings.readString(in), in.getLong(), in.getLong(), in.getLong(),
                CacheStrings.readString(in), in.getInt(), CacheStrings.readString(in), in.getLong(), in.getLong(),
                in.getLong());
    }
}
