package org.embedscope.model.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.embedscope.model.DatasetInfo;
import org.embedscope.model.Metric;
import org.embedscope.model.VectorStore;
import org.embedscope.model.simd.Kernels;
import org.embedscope.model.simd.Simd;
import org.junit.jupiter.api.Test;

/** The bounded search against a brute-force double scan, on both kernel implementations. */
class ExactnessTest {
    private static final int ROWS = 6000;
    private static final int DIM = 37; // not a multiple of any vector width
    private static final VectorStore STORE = randomStore();

    private static VectorStore randomStore() {
        Random random = new Random(5);
        String[] words = new String[ROWS];
        float[] v = new float[ROWS * DIM];
        for (int i = 0; i < ROWS; i++) {
            words[i] = "w" + i;
            double scale = 0.2 + 3 * random.nextDouble();
            for (int d = 0; d < DIM; d++) {
                v[i * DIM + d] = (float) (scale * random.nextGaussian());
            }
        }
        // exact duplicates and a scaled copy: ties that only the index can break
        System.arraycopy(v, 10 * DIM, v, 4000 * DIM, DIM);
        System.arraycopy(v, 10 * DIM, v, 20 * DIM, DIM);
        for (int d = 0; d < DIM; d++) {
            v[5000 * DIM + d] = 2 * v[10 * DIM + d];
        }
        Arrays.fill(v, 77 * DIM, 78 * DIM, 0f); // an all-zero row
        return VectorStore.of(words, v, DIM, DatasetInfo.of("t", "t", "glove"));
    }

    /**
     * The oracle: every score from the float rows in plain double arithmetic written here, so that a
     * mistake in the implementation's own exact arithmetic cannot hide.
     */
    private static int[] bruteForce(double[] query, Metric metric, int k, int[] excluded) {
        float[] v = STORE.rawVectors();
        double queryNorm = Math.sqrt(Arrays.stream(query).map(x -> x * x).sum());
        double[] score = new double[ROWS];
        for (int r = 0; r < ROWS; r++) {
            double dot = 0;
            double squares = 0;
            double squaredDistance = 0;
            double absolute = 0;
            for (int d = 0; d < DIM; d++) {
                double x = v[r * DIM + d];
                dot += x * query[d];
                squares += x * x;
                squaredDistance += (x - query[d]) * (x - query[d]);
                absolute += Math.abs(x - query[d]);
            }
            score[r] = switch (metric) {
                case COSINE -> squares == 0 || queryNorm == 0 ? 0 : dot / (Math.sqrt(squares) * queryNorm);
                case DOT -> dot;
                case EUCLIDEAN -> -Math.sqrt(squaredDistance);
                case MANHATTAN -> -absolute;
            };
        }
        return IntStream.range(0, ROWS).boxed()
                .filter(r -> Arrays.stream(excluded).noneMatch(e -> e == r))
                .sorted(Comparator.<Integer>comparingDouble(r -> -score[r]).thenComparing(r -> r))
                .limit(k).mapToInt(Integer::intValue).toArray();
    }

    @Test
    void everyMetricMatchesBruteForceOnBothKernels() {
        Random random = new Random(9);
        for (Kernels kernels : kernelsToTest()) {
            NeighborSearch search = new NeighborSearch(STORE, kernels);
            for (int trial = 0; trial < 12; trial++) {
                double[] query = trial < 4 ? STORE.unitVector(10 + trial * 990) : randomQuery(random);
                int[] excluded = trial % 3 == 0 ? new int[] {10, 4000} : new int[0];
                for (Metric metric : Metric.values()) {
                    int k = 1 + random.nextInt(40);
                    List<Neighbor> result = search.nearest(query, k, metric, excluded);
                    int[] rows = result.stream().mapToInt(Neighbor::index).toArray();
                    assertArrayEquals(bruteForce(query, metric, k, excluded), rows, kernels.name() + " " + metric);
                }
            }
        }
    }

    @Test
    void duplicatesTieToTheLowerIndex() {
        List<Neighbor> result = new NeighborSearch(STORE).nearest(STORE.unitVector(10), 4, Metric.COSINE, new int[0]);
        assertEquals(List.of(10, 20, 4000, 5000), result.stream().map(Neighbor::index).toList());
    }

    @Test
    void rankCountsBetterRows() {
        double[] query = STORE.unitVector(3);
        QueryScan scan = QueryScan.cosine(STORE, Simd.kernels(), query);
        int[] top = bruteForce(query, Metric.COSINE, 300, new int[] {3});
        for (int i : new int[] {0, 1, 57, 299}) {
            assertEquals(i + 1, scan.rank(top[i], new int[] {3}));
        }
    }

    private static double[] randomQuery(Random random) {
        double[] q = new double[DIM];
        for (int d = 0; d < DIM; d++) {
            q[d] = random.nextGaussian() * 2;
        }
        return q;
    }

    static List<Kernels> kernelsToTest() {
        return Simd.vector() == null ? List.of(Simd.plain()) : List.of(Simd.plain(), Simd.vector());
    }
}
