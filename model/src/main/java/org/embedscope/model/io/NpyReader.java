package org.embedscope.model.io;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.embedscope.model.DataFormatException;
import org.embedscope.model.Progress;

/**
 * Reads a 2-D NumPy .npy array of float16, float32 or float64. The header is a Python dict literal;
 * it is read with three patterns and nothing else, so nothing is ever evaluated or unpickled, and
 * object arrays are refused.
 */
final class NpyReader {
    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("['\"]descr['\"]\\s*:\\s*['\"]([^'\"]*)['\"]");
    private static final Pattern FORTRAN = Pattern.compile("['\"]fortran_order['\"]\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("['\"]shape['\"]\\s*:\\s*\\(([^)]*)\\)");
    private static final int BLOCK_BYTES = 8 << 20;

    private NpyReader() {
    }

    record Header(ByteOrder order, int itemSize, boolean fortran, long rows, long columns, long dataStart) {
    }

    static Header header(SourceFile file) throws IOException {
        byte[] start = new byte[12];
        int got = file.read(0, start, 0, start.length);
        if (got < 10 || !Arrays.equals(Arrays.copyOf(start, 6), MAGIC)) {
            throw DataFormatException.inFile(file.name(), "not a NumPy .npy file (it does not start with \\x93NUMPY)");
        }
        int major = start[6];
        long headerLength;
        int prefix;
        if (major == 1) {
            headerLength = (start[8] & 0xFF) | (start[9] & 0xFF) << 8;
            prefix = 10;
        } else if (major == 2 || major == 3) {
            headerLength = (start[8] & 0xFFL) | (start[9] & 0xFFL) << 8 | (start[10] & 0xFFL) << 16 | (start[11] & 0xFFL) << 24;
            prefix = 12;
        } else {
            throw DataFormatException.inFile(file.name(), "unsupported .npy version " + major);
        }
        if (headerLength > 1 << 20 || prefix + headerLength > file.length()) {
            throw DataFormatException.inFile(file.name(), "the .npy header is damaged (length " + headerLength + ")");
        }
        byte[] text = new byte[(int) headerLength];
        file.readFully(prefix, text, 0, text.length);
        return parse(file.name(), new String(text, StandardCharsets.UTF_8), prefix + headerLength);
    }

    private static Header parse(String name, String dict, long dataStart) {
        Matcher descr = DESCR.matcher(dict);
        Matcher fortran = FORTRAN.matcher(dict);
        Matcher shape = SHAPE.matcher(dict);
        if (!descr.find() || !fortran.find() || !shape.find()) {
            throw DataFormatException.inFile(name, "the .npy header lacks descr, fortran_order or shape");
        }
        String type = descr.group(1);
        if (!type.matches("[<>|=]?f[248]")) {
            throw DataFormatException.inFile(name, "holds dtype '" + type + "'; only float16/32/64 arrays can be read"
                    + " (arrays of Python objects are never unpickled)");
        }
        ByteOrder order = type.startsWith(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        int itemSize = type.charAt(type.length() - 1) - '0';
        String[] dims = shape.group(1).split(",");
        long[] sizes = Arrays.stream(dims).map(String::trim).filter(s -> !s.isEmpty())
                .mapToLong(s -> s.matches("\\d{1,18}") ? Long.parseLong(s) : -1).toArray();
        if (sizes.length != 2 || sizes[0] < 0 || sizes[1] <= 0) {
            throw DataFormatException.inFile(name, "has shape (" + shape.group(1).trim() + "); a 2-D array (words,"
                    + " dimensions) is needed");
        }
        return new Header(order, itemSize, fortran.group(1).equals("True"), sizes[0], sizes[1], dataStart);
    }

    static RawRows read(SourceFile file, int limit, Progress progress) throws IOException {
        Header h = header(file);
        ReadWarnings warnings = new ReadWarnings();
        long available = file.length() - h.dataStart();
        double needed = (double) h.rows() * h.columns() * h.itemSize();
        if (needed > available) {
            throw DataFormatException.inFile(file.name(), "truncated: shape " + h.rows() + " x " + h.columns()
                    + " needs " + (long) needed + " bytes of data but the file has " + available);
        }
        if (needed < available) {
            warnings.add("trailing bytes", file.name() + ": " + (available - (long) needed)
                    + " bytes after the array were ignored");
        }
        if (h.rows() == 0) {
            throw DataFormatException.inFile(file.name(), "the array has no rows");
        }
        long rows = limit > 0 ? Math.min(limit, h.rows()) : h.rows();
        float[] vectors = Allocation.floats(file.name(), rows, h.columns());
        int dimension = (int) h.columns();
        if (h.fortran()) {
            for (int d = 0; d < dimension; d++) {
                progress.checkCancelled();
                long at = h.dataStart() + (long) d * h.rows() * h.itemSize();
                decode(file, h, at, rows, vectors, d, dimension);
            }
        } else {
            decode(file, h, h.dataStart(), rows * dimension, vectors, 0, 1);
        }
        zeroNonFinite(file.name(), vectors, dimension, warnings);
        progress.update(0.95, "Read " + file.name());
        return new RawRows(null, vectors, dimension, null, row -> "row " + (row + 1), warnings);
    }

    /** Decodes {@code count} consecutive items into vectors[first], vectors[first + stride], ... */
    private static void decode(SourceFile file, Header h, long at, long count, float[] vectors, int first, int stride)
            throws IOException {
        VarHandle half = MethodHandles.byteArrayViewVarHandle(short[].class, h.order());
        VarHandle single = MethodHandles.byteArrayViewVarHandle(int[].class, h.order());
        VarHandle dbl = MethodHandles.byteArrayViewVarHandle(long[].class, h.order());
        int size = h.itemSize();
        byte[] block = new byte[(int) Math.min(BLOCK_BYTES, count * size)];
        long done = 0;
        int target = first;
        while (done < count) {
            int items = (int) Math.min(block.length / size, count - done);
            file.readFully(at + done * size, block, 0, items * size);
            for (int i = 0; i < items; i++, target += stride) {
                vectors[target] = switch (size) {
                    case 2 -> Float16.toFloat((short) half.get(block, i * 2));
                    case 4 -> Float.intBitsToFloat((int) single.get(block, i * 4));
                    default -> (float) Double.longBitsToDouble((long) dbl.get(block, i * 8));
                };
            }
            done += items;
        }
    }

    private static void zeroNonFinite(String name, float[] vectors, int dimension, ReadWarnings warnings) {
        for (int base = 0; base < vectors.length; base += dimension) {
            boolean nonFinite = false;
            for (int d = base; d < base + dimension; d++) {
                nonFinite |= !Float.isFinite(vectors[d]);
            }
            if (nonFinite) {
                Arrays.fill(vectors, base, base + dimension, 0f);
                int row = base / dimension + 1;
                warnings.add("rows with NaN or infinite values", name + ", row " + row
                        + ": NaN or infinite value; vector set to zeros");
            }
        }
    }
}
