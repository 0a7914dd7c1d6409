package org.embedscope.model.tsne;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import org.embedscope.model.Metric;
import org.embedscope.model.Progress;
import org.embedscope.model.cluster.KMeans;
import org.embedscope.model.knn.ApproximateKnn;
import org.embedscope.model.knn.KnnGraph;
import org.embedscope.model.knn.SyntheticData;
import org.junit.jupiter.api.Test;

/**
 * Parallel streams started inside a ForkJoinPool task run in that pool, so running the same work
 * in pools of 1 and 3 threads checks that results do not depend on how work is scheduled.
 */
class ThreadIndependenceTest {
    private static final float[] DATA = SyntheticData.blobs(6, 120, 10, 1.0, 23);
    private static final int N = 720;

    private static <T> T inPool(int threads, Callable<T> work) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(work).get();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void tsneMapIsTheSameWithOneOrThreeThreads() throws Exception {
        TsneOptions options = TsneOptions.defaults().withPerplexity(10).withIterations(120)
                .withEarlyExaggeration(12, 50).withNeighbours(TsneOptions.Neighbours.APPROXIMATE);
        Callable<float[]> work = () -> new TsneRun(options, DATA, N, 10).run(Progress.NONE, TsneListener.NONE).positions();
        assertArrayEquals(inPool(1, work), inPool(3, work));
    }

    @Test
    void neighboursAndClustersAreTheSameWithOneOrThreeThreads() throws Exception {
        Callable<KnnGraph> knn = () -> ApproximateKnn.compute(DATA, N, 10, 12, Metric.COSINE, 4,
                new ApproximateKnn.Settings(2, 40, 4, 16), Progress.NONE);
        KnnGraph one = inPool(1, knn);
        KnnGraph three = inPool(3, knn);
        assertArrayEquals(one.neighbors(), three.neighbors());
        assertArrayEquals(one.distances(), three.distances());
        Callable<int[]> kmeans = () -> KMeans.fit(DATA, N, 10, 6, 9, 50, Progress.NONE).labels();
        assertArrayEquals(inPool(1, kmeans), inPool(3, kmeans));
    }
}
