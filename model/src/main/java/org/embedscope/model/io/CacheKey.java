package org.embedscope.model.io;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * Everything a cached store depends on. A source whose size or modification time changed, or a
 * read with another format, limit or metadata file, gives a different key, so a stale cache is
 * never used. (A file rewritten with the same size within the file system's time resolution
 * would not be noticed; no cheap check can.)
 */
record CacheKey(String source, long size, long modifiedNanos, String format, int limit, String metadata,
        long metadataSize, long metadataModifiedNanos) {

    /** @param format the format asked for, or null when it is to be detected ("auto" in the key) */
    static CacheKey of(Path source, VectorFormat format, int limit, Path metadata) throws IOException {
        Path real = source.toRealPath();
        BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
        String metadataPath = "";
        long metadataSize = -1;
        long metadataModified = -1;
        if (metadata != null) {
            Path realMetadata = metadata.toRealPath();
            BasicFileAttributes m = Files.readAttributes(realMetadata, BasicFileAttributes.class);
            metadataPath = realMetadata.toString();
            metadataSize = m.size();
            metadataModified = m.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        }
        return new CacheKey(real.toString(), attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                format == null ? "auto" : format.id(), limit, metadataPath, metadataSize, metadataModified);
    }

    /** The same key with another row limit (0 = the whole file). */
    CacheKey withLimit(int newLimit) {
        return new CacheKey(source, size, modifiedNanos, format, newLimit, metadata, metadataSize, metadataModifiedNanos);
    }

    /** The key of reading the whole file with the same settings. */
    CacheKey whole() {
        return withLimit(0);
    }

    void write(DataOutputStream out) throws IOException {
        VectorCache.writeString(out, source);
        out.writeLong(size);
        out.writeLong(modifiedNanos);
        VectorCache.writeString(out, format);
        out.writeInt(limit);
        VectorCache.writeString(out, metadata);
        out.writeLong(metadataSize);
        out.writeLong(metadataModifiedNanos);
    }

    static CacheKey read(ByteBuffer in) {
        return new CacheKey(VectorCache.readString(in), in.getLong(), in.getLong(), VectorCache.readString(in),
                in.getInt(), VectorCache.readString(in), in.getLong(), in.getLong());
    }
}
