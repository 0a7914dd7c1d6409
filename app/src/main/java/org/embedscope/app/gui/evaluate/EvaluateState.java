package org.embedscope.app.gui.evaluate;

import java.nio.file.Path;
import org.embedscope.model.analogy.AnalogyMethod;
import org.embedscope.model.eval.AnalogyEvaluation;

/**
 * The evaluation panel's inputs.
 *
 * @param analogyFile    a question file, or null for the bundled Google analogy set
 * @param similarityFile a word-pair file, or null for the bundled WordSim-353
 * @param restrict       only the first N words are candidates (gensim's restrict_vocab)
 */
public record EvaluateState(Path analogyFile, Path similarityFile, int restrict, AnalogyMethod method) {
    public static final EvaluateState DEFAULT = new EvaluateState(null, null, AnalogyEvaluation.DEFAULT_RESTRICT,
            AnalogyMethod.ADD);
}
