package org.embedscope.app.cli;

import picocli.CommandLine.Option;

/** `-k N`: how many words a query lists. */
final class TopOption {
    @Option(names = {"-k", "--top"}, defaultValue = "10", paramLabel = "N",
            description = "How many words to list (default: ${DEFAULT-VALUE}).")
    int k;

    /** The count, refused below 1 with a usage error. */
    int k() {
        if (k < 1) {
            throw new UsageException("-k must be at least 1, not " + k);
        }
        return k;
    }
}
