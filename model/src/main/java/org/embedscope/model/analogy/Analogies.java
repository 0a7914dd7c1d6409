package org.embedscope.model.analogy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.embedscope.model.VectorStore;
import org.embedscope.model.numeric.RowNorms;
import org.embedscope.model.search.Neighbor;
import org.embedscope.model.search.QueryScan;
import org.embedscope.model.search.Ranked;
import org.embedscope.model.simd.Kernels;
import org.embedscope.model.simd.Simd;

/**
 * Solves a : b :: c : ? exactly over the whole vocabulary. With single words and inputs excluded,
 * 3CosAdd gives gensim's {@code most_similar(positive=[b, c], negative=[a], topn=k)} and 3CosMul its
 * {@code most_similar_cosmul(...)}, up to the last bits of the scores (ours are computed in double).
 */
public final class Analogies {
    private Analogies() {
    }

    /** a, b, c are words or vector expressions (see {@link org.embedscope.model.expr.VectorExpression}). */
    public static AnalogyResult solve(VectorStore store, String a, String b, String c, AnalogyMethod method, int k,
            boolean includeInputs) {
        return solve(store, AnalogyTerm.parse(store, a), AnalogyTerm.parse(store, b), AnalogyTerm.parse(store, c),
                method, k, includeInputs, Simd.kernels());
    }

    public static AnalogyResult solve(VectorStore store, AnalogyTerm a, AnalogyTerm b, AnalogyTerm c,
            AnalogyMethod method, int k, boolean includeInputs, Kernels kernels) {
        QueryScan scan = scan(store, a, b, c, method, kernels);
        int[] excluded = includeInputs ? new int[0] : inputs(a, b, c);
        Ranked ranked = scan.top(Math.max(0, k), excluded);
        List<Neighbor> answers = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            answers.add(new Neighbor(ranked.rows()[i], store.word(ranked.rows()[i]), ranked.scores()[i]));
        }
        return new AnalogyResult(store, method, a, b, c, answers, excluded, scan);
    }

    static int[] inputs(AnalogyTerm... terms) {
        Set<Integer> all = new LinkedHashSet<>();
        for (AnalogyTerm t : terms) {
            for (int i : t.wordIndices()) {
                all.add(i);
            }
        }
        return all.stream().mapToInt(Integer::intValue).toArray();
    }

    static QueryScan scan(VectorStore store, AnalogyTerm a, AnalogyTerm b, AnalogyTerm c, AnalogyMethod method,
            Kernels kernels) {
        switch (method) {
            case ADD: {
                double[] query = new double[store.dimension()];
                for (int d = 0; d < query.length; d++) {
                    query[d] = b.unit()[d] + c.unit()[d] - a.unit()[d];
                }
                return QueryScan.cosine(store, kernels, RowNorms.unit(query));
            }
            case MUL:
                return QueryScan.of(store, kernels, new double[][] {a.unit(), b.unit(), c.unit()},
                        CosMulScore::bounds, row -> CosMulScore.exact(store, row, a.unit(), b.unit(), c.unit()));
            case PAIR_DIRECTION: {
                PairDirectionScore score = new PairDirectionScore(store, a.unit(), b.unit(), c.unit());
                return QueryScan.of(store, kernels, score.queries(), score::bounds, score::exact);
            }
            default:
                throw new AssertionError(method);
        }
    }
}
