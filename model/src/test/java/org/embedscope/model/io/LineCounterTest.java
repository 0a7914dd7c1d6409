package org.embedscope.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineCounterTest {
    @Test
    void handCountedCases() {
        assertCounts("a 1\nb 2\n", 2, 2);
        assertCounts("a 1\nb 2", 1, 2);
        assertCounts("a 1\n\nb 2\n", 3, 2);
        assertCounts("a 1\r\n  \r\nb 2\r\n", 3, 2);
        assertCounts("\n\n\n", 3, 0);
        assertCounts(" a 1\n", 1, 1);
        assertCounts("", 0, 0);
        assertCounts("abcdefg\n\tbcdefghij\n", 2, 2);
    }

    private static void assertCounts(String text, long lines, long rows) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(new long[] {lines, rows}, LineCounter.count(bytes, bytes.length), text);
    }

    @Test
    void wordAtATimeCountAgreesWithByteByByte() {
        Random random = new Random(11);
        String alphabet = "ab1.\n\n \t\r";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int j = 0; j < length; j++) {
                text.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length())) : 'x');
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(LineCounter.exact(bytes, bytes.length), LineCounter.count(bytes, bytes.length),
                    text.toString());
        }
    }
}
