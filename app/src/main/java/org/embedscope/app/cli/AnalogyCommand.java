package org.embedscope.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.embedscope.model.VectorStore;
import org.embedscope.model.analogy.Analogies;
import org.embedscope.model.analogy.AnalogyMethod;
import org.embedscope.model.analogy.AnalogyResult;
import org.embedscope.model.analogy.AnalogyTerm;
import org.embedscope.model.expr.ExpressionException;
import org.embedscope.model.expr.ResolvedWord;
import org.embedscope.model.search.Neighbor;
import org.embedscope.model.simd.Simd;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analogy", description = {"Solve A : B :: C : ? exactly over the whole vocabulary.",
    "add (3CosAdd) is gensim's most_similar(positive=[B, C], negative=[A]); mul (3CosMul) is gensim's "
            + "most_similar_cosmul; pair maximises cos(D - C, B - A). A, B and C may be vector expressions."})
final class AnalogyCommand implements Callable<Integer> {
    @Mixin
    DatasetOptions dataset;

    @Parameters(index = "0", paramLabel = "A")
    String a;

    @Parameters(index = "1", paramLabel = "B")
    String b;

    @Parameters(index = "2", paramLabel = "C")
    String c;

    @Mixin
    TopOption top;

    @Option(names = "--method", defaultValue = "add", paramLabel = "METHOD", description = "add (default), mul or pair.")
    String method;

    @Option(names = "--include-inputs", description = "Let A, B and C be answers too (C itself often wins).")
    boolean includeInputs;

    @Option(names = "--expect", paramLabel = "WORD", description = "Also report the rank of this expected answer.")
    String expected;

    @Mixin
    ReportOptions output;

    @Override
    public Integer call() throws Exception {
        int k = top.k();
        AnalogyMethod chosen = parseMethod(method);
        VectorStore store = dataset.load();
        AnalogyTerm ta = term(store, a);
        AnalogyTerm tb = term(store, b);
        AnalogyTerm tc = term(store, c);
        AnalogyResult result = Analogies.solve(store, ta, tb, tc, chosen, k, includeInputs, Simd.kernels());
        int rank = expected == null ? -1 : result.rankOf(expected);
        print(chosen, result, rank, resolved(store));
        return 0;
    }

    static AnalogyMethod parseMethod(String text) {
        try {
            return AnalogyMethod.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static AnalogyTerm term(VectorStore store, String text) {
        try {
            return AnalogyTerm.parse(store, text);
        } catch (ExpressionException e) {
            throw new UsageException("in '" + text + "': " + e.getMessage());
        }
    }

    private List<ResolvedWord> resolved(VectorStore store) {
        List<ResolvedWord> words = new ArrayList<>();
        for (String text : List.of(a, b, c)) {
            words.addAll(QueryText.parse(text, store).words());
        }
        return words;
    }

    private void print(AnalogyMethod chosen, AnalogyResult result, int rank, List<ResolvedWord> words) {
        PrintWriter out = output.out();
        if (output.json) {
            ObjectNode node = JsonOutput.object();
            node.put("a", a).put("b", b).put("c", c).put("method", chosen.id());
            QueryText.putLowerCased(node, words);
            ArrayNode array = node.putArray("results");
            for (Neighbor n : result.answers()) {
                array.addObject().put("word", n.word()).put("score", JsonOutput.round(n.score(), 6));
            }
            if (expected != null) {
                node.putObject("expected").put("word", expected).put("rank", rank);
            }
            JsonOutput.print(out, node);
        } else {
            QueryText.noteLowerCased(output.err(), words);
            out.printf("%s : %s :: %s : ?   (%s)%n", a, b, c, chosen.label());
            for (Neighbor n : result.answers()) {
                out.printf("  %-24s %.4f%n", n.word(), n.score());
            }
            if (expected != null) {
                out.println(rank == 0 ? "  " + expected + " is an input, excluded (see --include-inputs)"
                        : "  " + expected + " ranks #" + rank);
            }
        }
    }
}
