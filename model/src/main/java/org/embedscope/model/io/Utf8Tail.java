package org.embedscope.model.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Tells a word whose last character was cut by a byte limit from bytes that are not UTF-8 at all. */
final class Utf8Tail {
    private Utf8Tail() {
    }

    /**
     * True when the bytes are valid UTF-8 except for an incomplete character at the very end: a
     * lead byte followed by fewer continuation bytes than it announces.
     */
    static boolean onlyCutAtTheEnd(byte[] bytes, int length) {
        int lead = length - 1;
        while (lead >= 0 && length - lead <= 3 && (bytes[lead] & 0xC0) == 0x80) {
            lead--;
        }
        if (lead < 0) {
            return false;
        }
        int b = bytes[lead] & 0xFF;
        int announced = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 0;
        if (announced == 0 || length - lead >= announced) {
            return false;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, lead));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
