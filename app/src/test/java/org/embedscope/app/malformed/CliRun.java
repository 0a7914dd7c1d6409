package org.embedscope.app.malformed;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.embedscope.app.cli.EmbedscopeCommand;

/** One run of the real command line in this process, with what it printed. */
record CliRun(int code, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EmbedscopeCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true), args)
                .execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
