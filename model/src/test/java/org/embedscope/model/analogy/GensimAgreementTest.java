package org.embedscope.model.analogy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.io.OpenOptions;
import org.embedscope.model.io.VectorFiles;
import org.embedscope.model.io.VectorFormat;
import org.embedscope.model.search.Neighbor;
import org.junit.jupiter.api.Test;

/** Analogies on the synthetic evaluation vectors against gensim 4.2's answers. */
class GensimAgreementTest {
    private static VectorStore store() throws URISyntaxException {
        return VectorFiles.open(Path.of(GensimAgreementTest.class
                .getResource("/org/embedscope/model/eval/synthetic.glove.txt").toURI()),
                OpenOptions.defaults().withFormat(VectorFormat.GLOVE).withCache(false), Progress.NONE);
    }

    private static void check(VectorStore store, AnalogyMethod method, String a, String b, String c,
            List<String> words, double... scores) {
        List<Neighbor> answers = Analogies.solve(store, a, b, c, method, words.size(), false).answers();
        assertEquals(words, answers.stream().map(Neighbor::word).toList(), method + " " + a + " " + b + " " + c);
        for (int i = 0; i < scores.length; i++) {
            assertEquals(scores[i], answers.get(i).score(), 2e-6);
        }
    }

    @Test
    void mostSimilarAndCosmulAsGensim() throws Exception {
        VectorStore s = store();
        // printed by bench/make_eval_fixtures.py: kv.most_similar(positive=[b, c], negative=[a], topn=4)
        // and kv.most_similar_cosmul(...), scores rounded to 6 places
        check(s, AnalogyMethod.ADD, "c00", "k00", "c01", List.of("k01", "w041", "k08", "k17"),
                0.864639, 0.796947, 0.74661, 0.69336);
        check(s, AnalogyMethod.MUL, "c00", "k00", "c01", List.of("w043", "k23", "w041", "k03"),
                1.847088, 1.507632, 1.442685, 1.324302);
        check(s, AnalogyMethod.ADD, "w001", "w002", "w003", List.of("c22", "c20", "w111", "va"),
                0.766734, 0.662551, 0.619544, 0.597775);
        check(s, AnalogyMethod.MUL, "w001", "w002", "w003", List.of("c16", "va", "c22", "late21"),
                2.022211, 1.793704, 1.575519, 1.237594);
        check(s, AnalogyMethod.ADD, "k10", "c10", "k11", List.of("k03", "c03", "k20", "k29"),
                0.808169, 0.718753, 0.70845, 0.691325);
        check(s, AnalogyMethod.MUL, "k10", "c10", "k11", List.of("k03", "k20", "c03", "k29"),
                0.801775, 0.767265, 0.763402, 0.759016);
    }
}
