package org.embedscope.model.io;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** How the cache header stores strings: one at a time, or many as one block that reads back fast. */
final class CacheStrings {
    private CacheStrings() {
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    static String readString(ByteBuffer in) {
        int length = in.getInt();
        String s = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }

    /**
     * Many strings as one block: count, whether all are ASCII, their byte lengths, then their bytes.
     * Reading it back is a bulk int copy and one cheap String per word.
     */
    static void writeStrings(DataOutputStream out, String[] strings) throws IOException {
        byte[][] encoded = new byte[strings.length][];
        boolean ascii = true;
        for (int i = 0; i < strings.length; i++) {
            encoded[i] = strings[i].getBytes(StandardCharsets.UTF_8);
            ascii &= encoded[i].length == strings[i].length();
        }
        out.writeInt(strings.length);
        out.writeBoolean(ascii);
        for (byte[] e : encoded) {
            out.writeInt(e.length);
        }
        for (byte[] e : encoded) {
            out.write(e);
        }
    }

    /** Reads a block of {@code count} strings, keeping the first {@code keep} (the rest are skipped). */
    static String[] readStrings(ByteBuffer in, int count, int keep) throws IOException {
        if (in.getInt() != count) {
            throw new IOException("bad string count");
        }
        boolean ascii = in.get() != 0;
        int[] lengths = new int[count];
        in.asIntBuffer().get(lengths);
        in.position(in.position() + 4 * count);
        byte[] bytes = in.array();
        int at = in.position();
        String[] strings = new String[keep];
        for (int i = 0; i < count; i++) {
            int length = lengths[i];
            if (length < 0 || at + length > in.limit()) {
                throw new IOException("bad string length");
            }
            if (i < keep) {
                strings[i] = new String(bytes, at, length, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            }
            at += length;
        }
        in.position(at);
        return strings;
    }
}
