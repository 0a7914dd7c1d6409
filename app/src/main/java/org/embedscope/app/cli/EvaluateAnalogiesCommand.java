package org.embedscope.app.cli;

import org.embedscope.app.data.BundledEvaluationSets;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.analogy.AnalogyMethod;
import org.embedscope.model.eval.AnalogyEvaluation;
import org.embedscope.model.eval.AnalogyQuestions;
import org.embedscope.model.eval.AnalogyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analogies", description = {
    "Accuracy on an analogy test set, as gensim's evaluate_word_analogies computes it: case-insensitive; "
            + "a question with a word outside the first N words is skipped; the prediction is the best word "
            + "among the first N that is not one of the three inputs."})
final class EvaluateAnalogiesCommand implements Callable<Integer> {
    /** Questions times words above which warming the kernels up pays (a million questions-words is milliseconds). */
    private static final double BIG_EVALUATION = 1e7;
    /** Question lines in the bundled Google set, the usual test set. */
    private static final double BUNDLED_QUESTIONS = 19_544;

    @Mixin
    DatasetOptions dataset;

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUESTIONS",
            description = "questions-words.txt format (default: the bundled Google analogy set).")
    Path questions;

    @Option(names = "--restrict", defaultValue = "300000", paramLabel = "N",
            description = "Only the first N words count (default: ${DEFAULT-VALUE}, as gensim).")
    int restrict;

    @Option(names = "--method", defaultValue = "add", paramLabel = "METHOD",
            description = "add (3CosAdd, gensim's, default) or mul (3CosMul).")
    String method;

    @Mixin
    ReportOptions output;

    /**
     * Called with the raw arguments before the command line is even modelled (picocli's set-up takes
     * a fifth of a second on one core while the other idles): starts compiling the evaluation
     * kernels when the arguments ask for a big evaluation. A rough look only; the real parse still
     * validates everything, and a wrong guess costs a little CPU, never a result.
     */
    static void startEarly(String[] args) {
        int restrict = AnalogyEvaluation.DEFAULT_RESTRICT;
        AnalogyMethod chosen = AnalogyMethod.ADD;
        for (int i = 0; i + 1 < args.length; i++) {
            try {
                if (args[i].equals("--restrict")) {
                    restrict = Integer.parseInt(args[i + 1]);
                } else if (args[i].equals("--method")) {
                    chosen = AnalogyMethod.parse(args[i + 1]);
                }
            } catch (IllegalArgumentException e) {
                return; // the real parse reports it
            }
        }
        if (chosen != AnalogyMethod.PAIR_DIRECTION && BUNDLED_QUESTIONS * restrict > BIG_EVALUATION) {
            AnalogyEvaluation.warmUpInBackground(chosen);
        }
    }

    @Override
    public Integer call() throws Exception {
        AnalogyMethod chosen = AnalogyCommand.parseMethod(method);
        if (chosen == AnalogyMethod.PAIR_DIRECTION) {
            throw new UsageException("--method must be add or mul for evaluation");
        }
        if (restrict < 0) {
            throw new UsageException("--restrict must not be negative: " + restrict);
        }
        long start = System.nanoTime();
        AnalogyQuestions set = read();
        if ((double) set.questionCount() * restrict > BIG_EVALUATION) {
            AnalogyEvaluation.warmUpInBackground(chosen); // compiles the kernels while the vectors load
        }
        double readSeconds = (System.nanoTime() - start) / 1e9;
        // Words past the first `restrict` can neither be asked about nor answer: they need not be read.
        VectorStore store = dataset.loadFirst(restrict);
        start = System.nanoTime();
        AnalogyReport report = AnalogyEvaluation.run(store, set, restrict, chosen, Progress.NONE);
        print(report, readSeconds + (System.nanoTime() - start) / 1e9, set.name());
        return 0;
    }

    private AnalogyQuestions read() throws Exception {
        if (questions != null) {
            return AnalogyQuestions.read(questions);
        }
        try (InputStream in = BundledEvaluationSets.open(BundledEvaluationSets.GOOGLE_ANALOGIES)) {
            return AnalogyQuestions.read(BundledEvaluationSets.GOOGLE_ANALOGIES, in);
        }
    }

    private void print(AnalogyReport report, double seconds, String name) {
        PrintWriter out = output.out();
        if (output.json) {
            ObjectNode node = JsonOutput.object();
            node.put("correct", report.correct());
            node.put("total", report.total());
            node.put("accuracy", JsonOutput.round(report.accuracy(), 6));
            node.put("seconds", JsonOutput.round(seconds, 3));
            node.put("skipped", report.skipped());
            node.put("restrict", restrict);
            node.put("method", AnalogyCommand.parseMethod(method).id());
            node.put("questions", name);
            ArrayNode sections = node.putArray("sections");
            report.sections().forEach(s -> sections.addObject().put("name", s.name()).put("correct", s.correct())
                    .put("total", s.total()));
            JsonOutput.print(out, node);
        } else {
            for (AnalogyReport.SectionScore s : report.sections()) {
                out.printf("%-32s %6d / %-6d %6.2f %%%n", s.name(), s.correct(), s.total(), 100 * s.accuracy());
            }
            out.printf("%d questions skipped (a word outside the first %,d); %.2f s%n", report.skipped(), restrict,
                    seconds);
        }
    }
}
