package org.embedscope.model.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Whether a sample of bytes is text: what format detection and the binary reader's messages ask. */
final class TextSample {
    private TextSample() {
    }

    /**
     * No control bytes but tab, CR and LF, and valid UTF-8 (a character cut by the sample's end is
     * fine).
     */
    static boolean looksLikeText(byte[] sample, int length) {
        for (int i = 0; i < length; i++) {
            int b = sample[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' || b == 0x7F) {
                return false;
            }
        }
        int end = length;
        int back = 0;
        while (end > 0 && back < 3 && (sample[end - 1] & 0xC0) == 0x80) {
            end--;
            back++;
        }
        if (end > 0 && (sample[end - 1] & 0x80) != 0) {
            end--;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(sample, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
