package org.embedscope.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.search.Neighbor;
import org.embedscope.model.search.NeighborSearch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same 200 x 10 float32 vectors as written by gensim 4.2 (word2vec binary, word2vec text, GloVe
 * text), by hand in fastText's .vec layout, and by numpy (TSV + metadata, npy in four layouts); see
 * fixtures/make_fixtures.py. Every file must give the same words, bit-identical floats, and the
 * neighbours gensim reports.
 */
class VectorFormatsInteropTest {
    static Path fixture(String name) {
        try {
            return Path.of(VectorFormatsInteropTest.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static VectorStore open(String name) {
        return VectorFiles.open(fixture(name), OpenOptions.defaults().withCache(false), Progress.NONE);
    }

    @ParameterizedTest
    @CsvSource({
        "small.bin, word2vec-binary",
        "small.w2v.txt, word2vec",
        "small.vec, word2vec",
        "small.glove.txt, glove",
        "small.vectors.tsv, tsv",
        "small.npy, npy",
        "small64.npy, npy",
        "smallF.npy, npy",
        "smallBE.npy, npy",
    })
    void everyFormatGivesTheSameStore(String file, String format) {
        VectorStore reference = open("small.bin");
        // small.npy finds small.vocab by its name; the others are given it, as with --metadata.
        VectorStore store = file.endsWith(".npy") && !file.equals("small.npy")
                ? VectorFiles.open(fixture(file), OpenOptions.defaults().withCache(false)
                        .withMetadata(fixture("small.vocab")), Progress.NONE)
                : open(file);
        assertEquals(format, store.info().format());
        assertEquals(200, store.size());
        assertEquals(10, store.dimension());
        assertEquals(reference.vocabulary().asList(), store.vocabulary().asList());
        assertArrayEquals(reference.rawVectors(), store.rawVectors());
        assertEquals(List.of(), store.warnings());
    }

    @ParameterizedTest
    @CsvSource({"small.bin", "small.vec", "small.vectors.tsv", "small.npy"})
    void neighboursMatchGensim(String file) {
        // gensim: kv.most_similar('w000', topn=3) and kv.most_similar('café', topn=3) (make_fixtures.py).
        NeighborSearch search = new NeighborSearch(open(file));
        List<Neighbor> w000 = search.nearest("w000", 3);
        assertNeighbours(w000, new String[] {"naïve", "w003", "w075"}, new double[] {0.764253, 0.745933, 0.717661});
        List<Neighbor> cafe = search.nearest("café", 3);
        assertNeighbours(cafe, new String[] {"w049", "w046", "w192"}, new double[] {0.853094, 0.740514, 0.680204});
    }

    private static void assertNeighbours(List<Neighbor> actual, String[] words, double[] scores) {
        assertEquals(words.length, actual.size());
        for (int i = 0; i < words.length; i++) {
            assertEquals(words[i], actual.get(i).word());
            assertEquals(scores[i], actual.get(i).score(), 1e-6);
        }
    }

    @org.junit.jupiter.api.Test
    void tsvKeepsItsMetadataColumns() {
        VectorStore store = open("small.vectors.tsv");
        assertEquals(List.of("word", "group"), store.metadata().columns());
        assertEquals("g2", store.metadata().value(1, 197));
        assertEquals("café", store.metadata().value(0, 196));
    }
}
