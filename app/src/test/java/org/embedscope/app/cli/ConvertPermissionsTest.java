package org.embedscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** convert's output gets the permissions any new file gets (the umask's), not a temporary file's 0600. */
class ConvertPermissionsTest {
    @TempDir
    Path dir;

    @Test
    void theWrittenFileHasTheUmaskPermissionsOfANewFile() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(dir.resolve("plain-new-file"));
        Path out = dir.resolve("out.txt");
        CliTest.Run run = CliTest.run("convert", "--to", "glove", "--limit", "3", out.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out));
    }
}
