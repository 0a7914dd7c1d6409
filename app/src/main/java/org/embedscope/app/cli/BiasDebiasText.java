package org.embedscope.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.embedscope.model.bias.BiasDirection;
import org.embedscope.model.bias.DebiasCheck;
import org.embedscope.model.bias.DebiasCost;
import org.embedscope.model.bias.DebiasResult;
import org.embedscope.model.bias.LeanRecovery;

/** `bias debias` for people: what was done, what it cost, what is left. */
final class BiasDebiasText {
    private BiasDebiasText() {
    }

    static void print(PrintWriter out, BiasDirection direction, DebiasResult result, LeanRecovery lean, DebiasCost cost,
            DebiasCheck check, List<Path> written) {
        BiasReport.printDirection(out, direction);
        out.printf("Neutralised %,d words, kept %,d as specific, equalised %d pairs%n", result.neutralised(),
                result.kept(), result.equalised().size());
        out.printf("%-36s %8s %8s%n", "", "before", "after");
        out.printf("%-36s %8.4f %8.4f%n", "Analogy accuracy (" + cost.analogyQuestions() + " questions)",
                cost.analogyBefore(), cost.analogyAfter());
        out.printf("%-36s %8.4f %8.4f%n", "WordSim-353 Spearman (" + cost.similarityPairs() + " pairs)",
                cost.similarityBefore(), cost.similarityAfter());
        out.printf("%-36s %8.4f %8.4f%n", "Lean recovered by k-means (" + lean.words() + " words)", lean.before(),
                lean.after());
        out.printf("Checks: neutral words |cos| <= %.1e; pairs off the direction <= %.1e, (a + b).g <= %.1e%n",
                check.largestNeutralCosine(), check.largestPairOffDirection(), check.largestPairSumAlong());
        for (Path file : written) {
            out.printf("Wrote %s%n", file);
        }
    }
}
