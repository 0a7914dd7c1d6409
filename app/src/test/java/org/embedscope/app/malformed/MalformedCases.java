package org.embedscope.app.malformed;

import java.io.IOException;
import java.nio.file.Path;

/** The corpus cases that are easier to build than to store: binary, large or compressed files. */
final class MalformedCases {
    private MalformedCases() {
    }

    static void generate(Path dir) throws IOException {
    }
}
