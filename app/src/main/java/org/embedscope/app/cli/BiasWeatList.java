package org.embedscope.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.embedscope.app.data.bias.BundledBiasLists;
import org.embedscope.app.data.bias.WeatTest;

/** `bias weat --list`: the bundled tests, then every bundled set name usable as X, Y, A or B. */
final class BiasWeatList {
    private BiasWeatList() {
    }

    static void print(ReportOptions output) {
        List<WeatTest> tests = BundledBiasLists.weatTests();
        List<String> sets = BundledBiasLists.weatSetNames();
        if (output.json) {
            ObjectNode node = JsonOutput.object();
            ArrayNode array = node.putArray("tests");
            for (WeatTest test : tests) {
                ObjectNode item = array.addObject().put("id", test.id()).put("title", test.title());
                item.putArray("targets").add(id(test.x())).add(id(test.y()));
                item.putArray("attributes").add(id(test.a())).add(id(test.b()));
            }
            BiasReport.putWords(node.putArray("sets"), sets);
            JsonOutput.print(output.out(), node);
            return;
        }
        PrintWriter out = output.out();
        for (WeatTest test : tests) {
            out.printf("  %-8s %s  (--targets %s %s --attributes %s %s)%n", test.id(), test.title(), id(test.x()),
                    id(test.y()), id(test.a()), id(test.b()));
        }
        out.printf("Word sets: %s%n", String.join(", ", sets));
    }

    /** The name to type for a bundled set: the file's key, which reports show with spaces. */
    private static String id(WeatTest.NamedWords set) {
        return set.name().replace(' ', '_');
    }
}
