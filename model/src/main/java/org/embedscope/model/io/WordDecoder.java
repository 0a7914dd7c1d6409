package org.embedscope.model.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns word bytes into Strings. ASCII takes the cheap Latin-1 copy; other bytes are decoded
 * strictly so that invalid UTF-8 is noticed (and then replaced by U+FFFD) instead of being
 * silently replaced. One instance per thread: decoders are not thread-safe.
 */
final class WordDecoder {
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private boolean replaced;

    /** @param ascii true when the caller already knows every byte is below 0x80 */
    String decode(byte[] bytes, int from, int length, boolean ascii) {
        replaced = false;
        if (ascii) {
            return new String(bytes, from, length, StandardCharsets.ISO_8859_1);
        }
        try {
            return strict.decode(ByteBuffer.wrap(bytes, from, length)).toString();
        } catch (CharacterCodingException e) {
            replaced = true;
            return new String(bytes, from, length, StandardCharsets.UTF_8);
        }
    }

    String decode(byte[] bytes, int from, int length) {
        boolean ascii = true;
        for (int i = from; i < from + length; i++) {
            if (bytes[i] < 0) {
                ascii = false;
                break;
            }
        }
        return decode(bytes, from, length, ascii);
    }

    /** Whether the last decoded word had invalid bytes that were replaced. */
    boolean replaced() {
        return replaced;
    }
}
