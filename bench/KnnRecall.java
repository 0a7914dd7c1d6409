import java.nio.file.Path;
import java.util.Locale;
import org.embedscope.model.Metric;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.io.OpenOptions;
import org.embedscope.model.io.VectorFiles;
import org.embedscope.model.knn.ApproximateKnn;
import org.embedscope.model.knn.KnnGraph;
import org.embedscope.model.knn.SampledRecall;

/**
 * The approximate neighbour search alone: its seconds and its recall against exact neighbours of a
 * sample of words (cosine), on the first N words of a vector file. A single-file program, run with
 * the packaged jars (see bench/README.md):
 *
 *   java --add-modules jdk.incubator.vector -cp 'app/target/lib/*' bench/KnnRecall.java FILE N K
 *        [TREES ROUNDS CANDIDATES]
 */
public class KnnRecall {
    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int limit = Integer.parseInt(args[1]);
        int k = Integer.parseInt(args[2]);
        ApproximateKnn.Settings settings = args.length >= 6
                ? new ApproximateKnn.Settings(Integer.parseInt(args[3]), 256, Integer.parseInt(args[4]),
                        Integer.parseInt(args[5]))
                : ApproximateKnn.Settings.defaults();
        VectorStore store = VectorFiles.open(file, OpenOptions.defaults(), Progress.NONE);
        int n = Math.min(limit, store.size());
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        float[] data = store.rowsOf(rows);
        long start = System.nanoTime();
        Progress rounds = new Progress() {
            @Override
            public void update(double fraction, String message) {
                if (message != null && message.contains("changed")) {
                    System.err.printf(Locale.ROOT, "%7.1f s  %s%n", (System.nanoTime() - start) / 1e9, message);
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        KnnGraph graph = ApproximateKnn.compute(data, n, store.dimension(), k, Metric.COSINE, 0, settings, rounds);
        double seconds = (System.nanoTime() - start) / 1e9;
        double recall = SampledRecall.of(graph, data, store.dimension(), 500, 7, Progress.NONE);
        System.out.printf(Locale.ROOT, "{\"words\":%d,\"k\":%d,\"settings\":\"%s\",\"seconds\":%.1f,\"recall_500\":%.4f}%n",
                n, k, settings, seconds, recall);
    }
}
