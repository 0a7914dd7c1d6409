package org.embedscope.model.io;

import java.nio.file.Path;

/**
 * How to open a vector file. Start from {@link #defaults()} and change what you need.
 *
 * @param format   the format, or null to detect it from the content and extension
 * @param metadata labels / vocabulary for tsv and npy, or null to look for the usual sibling file
 * @param limit    read only the first this many words; 0 reads all
 * @param useCache read and write the binary cache (see {@link VectorCache})
 * @param cacheDir where the cache lives, or null for {@link VectorCache#defaultDirectory()}
 */
public record OpenOptions(VectorFormat format, Path metadata, int limit, boolean useCache, Path cacheDir) {
    public OpenOptions {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 (all) or positive: " + limit);
        }
    }

    public static OpenOptions defaults() {
        return new OpenOptions(null, null, 0, true, null);
    }

    public OpenOptions withFormat(VectorFormat format) {
        return new OpenOptions(format, metadata, limit, useCache, cacheDir);
    }

    public OpenOptions withMetadata(Path metadata) {
        return new OpenOptions(format, metadata, limit, useCache, cacheDir);
    }

    public OpenOptions withLimit(int limit) {
        return new OpenOptions(format, metadata, limit, useCache, cacheDir);
    }

    public OpenOptions withCache(boolean useCache) {
        return new OpenOptions(format, metadata, limit, useCache, cacheDir);
    }

    public OpenOptions withCacheDir(Path cacheDir) {
        return new OpenOptions(format, metadata, limit, useCache, cacheDir);
    }
}
