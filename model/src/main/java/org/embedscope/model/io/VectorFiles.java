package org.embedscope.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.embedscope.model.CancelledException;
import org.embedscope.model.DataFormatException;
import org.embedscope.model.Metadata;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;

/**
 * The one entry point for opening and saving vector files. {@link #open} detects the format, uses
 * the cache, and turns every problem into a {@link DataFormatException} whose message can be shown
 * to a user as it is; tolerated problems end up in {@link VectorStore#warnings()}.
 */
public final class VectorFiles {
    /** Smaller files parse faster than a cache would help; they are never cached. */
    static final long CACHE_MIN_BYTES = 1 << 20;

    private VectorFiles() {
    }

    /**
     * Opens a vector file.
     *
     * @throws DataFormatException for a missing, unreadable or malformed file (message names the file,
     *                             and the line for text formats)
     * @throws CancelledException  when {@code progress} reported a cancellation
     */
    public static VectorStore open(Path path, OpenOptions options, Progress progress) {
        return open(path, options, progress, CACHE_MIN_BYTES);
    }

    static VectorStore open(Path path, OpenOptions options, Progress progress, long cacheMinBytes) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw DataFormatException.inFile(name, "is a folder, not a vector file");
            }
            if (!attributes.isRegularFile()) {
                // A pipe (mkfifo, or <(zcat f.gz) as /dev/fd/N): no size, no second read, no cache.
                try (InputStream in = PipeOpener.open(path, name, progress);
                        UnpackedCopy copy = UnpackedCopy.of(in, name, scratchDirectory(options), progress)) {
                    return parse(copy.path(), name, path, options, progress, null, null);
                }
            }
            if (attributes.size() == 0) {
                throw DataFormatException.inFile(name, "the file is empty");
            }
            VectorCache cache = options.useCache() && attributes.size() >= cacheMinBytes
                    ? new VectorCache(options.cacheDir() != null ? options.cacheDir() : VectorCache.defaultDirectory())
                    : null;
            // The key holds the format asked for (or "auto"), so a cache hit needs no detection.
            Path metadata = options.format() != null ? metadataFile(path, options.format(), options) : null;
            if (options.format() == null && options.metadata() != null) {
                metadata = options.metadata();
            } else if (options.format() == null) {
                metadata = autoMetadata(path);
            }
            CacheKey key = cache == null ? null : CacheKey.of(path, options.format(), options.limit(), metadata);
            if (cache != null) {
                progress.update(0, "Opening " + name);
                VectorStore cached = cache.load(key, name, path.toAbsolutePath().toString(), progress);
                if (cached != null) {
                    progress.update(1, "Opened " + name);
                    return cached;
                }
            }
            if (UnpackedCopy.isGzip(path)) {
                try (InputStream in = Files.newInputStream(path);
                        UnpackedCopy copy = UnpackedCopy.of(in, name, scratchDirectory(options), progress)) {
                    return parse(copy.path(), name, path, options, progress, cache, key);
                }
            }
            return parse(path, name, path, options, progress, cache, key);
        } catch (NoSuchFileException e) {
            throw DataFormatException.inFile(fileOf(e, name), "no such file");
        } catch (AccessDeniedException e) {
            throw DataFormatException.inFile(fileOf(e, name), "permission denied");
        } catch (IOException e) {
            throw DataFormatException.inFile(name, "cannot be read: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw DataFormatException.inFile(name, "cannot be read: " + e.getCause().getMessage());
        } catch (OutOfMemoryError e) {
            throw DataFormatException.inFile(name, "not enough memory to load it; use --limit, or give Java more"
                    + " memory (EMBEDSCOPE_JAVA_OPTS=-Xmx...)");
        }
    }

    /** Reads {@code plain} (the source, or its unpacked copy) as {@code source}, and caches the result. */
    private static VectorStore parse(Path plain, String name, Path source, OpenOptions options, Progress progress,
            VectorCache cache, CacheKey key) throws IOException {
        try (SourceFile file = new SourceFile(plain, name)) {
            if (file.length() == 0) {
                throw DataFormatException.inFile(name, "the file is empty");
            }
            VectorFormat format = options.format() != null ? options.format() : FormatDetector.detect(file);
            Path metadata = metadataFile(source, format, options);
            VectorStore store = read(file, source.toAbsolutePath().toString(), format, metadata, options.limit(),
                    progress);
            // A first-N read must not replace the cache of the whole file, which serves it too.
            if (cache != null && !(key.limit() > 0 && cache.holdsWhole(key))) {
                progress.update(0.97, "Caching " + name);
                cache.save(key, store, progress);
            }
            progress.update(1, "Opened " + name);
            return store;
        }
    }

    /** Where unpacked copies go: beside the cache, which is meant to hold files of this size. */
    private static Path scratchDirectory(OpenOptions options) {
        return options.cacheDir() != null ? options.cacheDir() : VectorCache.defaultDirectory();
    }

    /**
     * Writes the store in a format other than npy. For TSV, the labels go to a metadata file named
     * by {@link #metadataFileFor(Path)} (one word per line, or a header and all metadata columns
     * when the store has several).
     *
     * @return the files written
     * @throws DataFormatException when a word cannot be represented in the format, or writing fails
     */
    public static java.util.List<Path> save(VectorStore store, Path out, VectorFormat format, Progress progress) {
        try {
            return VectorWriter.write(store, out, format, progress);
        } catch (IOException e) {
            String name = out.getFileName() == null ? out.toString() : out.getFileName().toString();
            throw DataFormatException.inFile(name, "cannot be written: " + e.getMessage());
        }
    }

    /** The metadata file that goes with a TSV vectors file: vectors.tsv -> metadata.tsv, x.tsv -> x-metadata.tsv. */
    public static Path metadataFileFor(Path vectorsTsv) {
        return MetadataReader.siblingFor(vectorsTsv);
    }

    private static String fileOf(FileSystemException e, String fallback) {
        if (e.getFile() == null) {
            return fallback;
        }
        Path file = Path.of(e.getFile()).getFileName();
        return file == null ? e.getFile() : file.toString();
    }

    /** Any metadata file that detection could pair with this path, for the cache key only. */
    private static Path autoMetadata(Path path) {
        String extension = FormatDetector.extension(path.getFileName().toString());
        if (extension.equals("npy")) {
            return metadataFile(path, VectorFormat.NPY, OpenOptions.defaults());
        }
        return metadataFile(path, VectorFormat.TSV, OpenOptions.defaults());
    }

    private static Path metadataFile(Path path, VectorFormat format, OpenOptions options) {
        if (options.metadata() != null) {
            if (!format.usesMetadataFile()) {
                throw DataFormatException.inFile(path.getFileName().toString(), "a metadata file can only be given"
                        + " for tsv and npy vectors; this file is " + format.id());
            }
            return options.metadata();
        }
        if (format == VectorFormat.TSV) {
            Path sibling = MetadataReader.siblingFor(path);
            return Files.isRegularFile(sibling) ? sibling : null;
        }
        if (format == VectorFormat.NPY) {
            for (Path candidate : MetadataReader.npyCandidates(path)) {
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static VectorStore read(SourceFile file, String source, VectorFormat format, Path metadataPath, int limit,
            Progress progress) throws IOException {
        RawRows raw = switch (format) {
            case GLOVE -> TextVectorReader.read(file, TextVectorReader.Kind.GLOVE, limit, progress);
            case WORD2VEC -> TextVectorReader.read(file, TextVectorReader.Kind.WORD2VEC, limit, progress);
            case TSV -> TextVectorReader.read(file, TextVectorReader.Kind.TSV, limit, progress);
            case WORD2VEC_BINARY -> Word2VecBinaryReader.read(file, limit, progress);
            case NPY -> NpyReader.read(file, limit, progress);
        };
        String[] words = raw.words();
        Metadata metadata = Metadata.none();
        if (words == null) {
            if (metadataPath != null) {
                MetadataReader.Labels labels = MetadataReader.read(metadataPath, raw.rows(), limit > 0 && raw.rows() == limit, file.name(),
                        raw.warnings());
                words = labels.words();
                metadata = labels.metadata();
            } else {
                words = new String[raw.rows()];
                for (int i = 0; i < words.length; i++) {
                    words[i] = Integer.toString(i);
                }
                raw.warnings().add("no metadata", file.name() + ": no metadata file found (looked for "
                        + MetadataReader.siblingFor(Path.of(file.name())).getFileName()
                        + "); points are named by their row number from 0");
            }
        }
        progress.update(0.95, "Indexing " + file.name());
        return StoreAssembler.assemble(file.name(), source, format.id(), raw, words, metadata);
    }
}
