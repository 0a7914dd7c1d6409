package org.embedscope.model.analogy;

import java.util.List;
import org.embedscope.model.UnknownWordException;
import org.embedscope.model.VectorStore;
import org.embedscope.model.search.Neighbor;
import org.embedscope.model.search.QueryScan;

/**
 * The answers to a : b :: c : ?, best first, with what a view needs to draw them: the input terms
 * (their word indices, or -1 for expressions) and each answer's word index.
 */
public final class AnalogyResult {
    private final VectorStore store;
    private final AnalogyMethod method;
    private final AnalogyTerm a;
    private final AnalogyTerm b;
    private final AnalogyTerm c;
    private final List<Neighbor> answers;
    private final int[] excluded;
    private final QueryScan scan;

    AnalogyResult(VectorStore store, AnalogyMethod method, AnalogyTerm a, AnalogyTerm b, AnalogyTerm c,
            List<Neighbor> answers, int[] excluded, QueryScan scan) {
        this.store = store;
        this.method = method;
        this.a = a;
        this.b = b;
        this.c = c;
        this.answers = List.copyOf(answers);
        this.excluded = excluded;
        this.scan = scan;
    }

    public AnalogyMethod method() {
        return method;
    }

    public AnalogyTerm a() {
        return a;
    }

    public AnalogyTerm b() {
        return b;
    }

    public AnalogyTerm c() {
        return c;
    }

    /** The best answers, best first; scores are the method's (cosine for 3CosAdd). */
    public List<Neighbor> answers() {
        return answers;
    }

    /** Word indices kept out of the answers (the inputs' words), empty when inputs were included. */
    public int[] excluded() {
        return excluded.clone();
    }

    /**
     * The 1-based rank of a word among all candidate answers (ties to the more frequent word), or 0
     * when the word is an excluded input.
     *
     * @throws UnknownWordException when neither the word nor its lower-case form is known
     */
    public int rankOf(String expected) {
        int index = store.indexOf(expected);
        if (index < 0) {
            index = store.indexOf(expected.toLowerCase(java.util.Locale.ROOT));
        }
        if (index < 0) {
            throw new UnknownWordException(expected);
        }
        for (int e : excluded) {
            if (e == index) {
                return 0;
            }
        }
        return scan.rank(index, excluded);
    }

}
