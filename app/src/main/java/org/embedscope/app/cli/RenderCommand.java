package org.embedscope.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.embedscope.app.export.MapPicture;
import org.embedscope.app.export.MapPictures;
import org.embedscope.app.export.PngMap;
import org.embedscope.app.export.SvgMap;
import org.embedscope.app.gui.map.MapAnnotations;
import org.embedscope.app.gui.map.MapColoring;
import org.embedscope.app.gui.map.MapLayout;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.io.WordListFile;
import org.embedscope.model.projection.Projection;
import org.embedscope.model.projection.ProjectionListener;
import org.embedscope.model.projection.ProjectionResult;
import org.embedscope.model.projection.WordSelection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "render", description = {"Draw a static map without a window: an SVG (points, labels as text, legend) "
        + "or a PNG drawn at twice its size.",
    "The projection options are those of project; --select rings and labels words first; --colour rank (the default), "
            + "clusters:K (k-means) or column:NAME (a metadata column)."})
final class RenderCommand implements Callable<Integer> {
    @Mixin
    DatasetOptions dataset;

    @Mixin
    ProjectionOptions projection;

    @Option(names = "--words", paramLabel = "FILE", description = "Draw only these words (one per line).")
    Path words;

    @Option(names = "--select", paramLabel = "WORD", description = "Ring and label this word (repeatable).")
    List<String> select = new ArrayList<>();

    @Option(names = {"--colour", "--color"}, defaultValue = "rank", paramLabel = "HOW",
            description = "rank (default), clusters:K or column:NAME.")
    String colour;

    @Option(names = "--out", required = true, paramLabel = "FILE.svg|FILE.png", description = "Where to draw the map.")
    Path out;

    @Mixin
    ReportOptions output;

    @Override
    public Integer call() throws Exception {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean svg = name.endsWith(".svg");
        if (!svg && !name.endsWith(".png")) {
            throw new UsageException("--out must end in .svg or .png, not " + out.getFileName());
        }
        RenderColours.check(colour);
        WordSelection selection = words == null ? WordSelection.all() : WordSelection.of(WordListFile.read(words));
        VectorStore store = dataset.load();
        ProjectionResult map = Projection.run(store, selection, projection.spec(), Progress.NONE, ProjectionListener.NONE);
        MapLayout layout = new MapLayout(map.rows(), map.positions(), map.dims(), projection.method.name().toUpperCase(
                Locale.ROOT) + " of " + String.format("%,d", map.points()) + " words", axes(map), false);
        MapColoring coloring = RenderColours.of(colour, store, layout);
        List<MapAnnotations.Mark> marks = new ArrayList<>();
        for (String word : select) {
            int row = store.lookup(word);
            if (row < 0) {
                throw new org.embedscope.model.UnknownWordException(word);
            }
            marks.add(new MapAnnotations.Mark(row, javafx.scene.paint.Color.BLACK));
        }
        MapPicture picture = MapPictures.of(store, layout, coloring, marks);
        if (svg) {
            SvgMap.write(picture, out);
        } else {
            PngMap.write(picture, out);
        }
        if (output.json) {
            ObjectNode node = JsonOutput.object();
            node.put("out", out.toString());
            node.put("format", svg ? "svg" : "png");
            node.put("points", map.points());
            JsonOutput.print(output.out(), node);
        } else {
            output.out().printf("drew %,d words to %s%n", map.points(), out);
        }
        return 0;
    }

    private static List<String> axes(ProjectionResult map) {
        List<String> axes = new ArrayList<>();
        if (map.details() instanceof org.embedscope.model.projection.ProjectionDetails.Pca pca) {
            for (int i = 0; i < Math.min(map.dims(), pca.components().size()); i++) {
                axes.add(String.format(Locale.ROOT, "PC%d (%.1f%%)", pca.components().get(i),
                        100 * pca.explainedVarianceRatio()[pca.components().get(i) - 1]));
            }
        }
        while (axes.size() < map.dims()) {
            axes.add("dimension " + (axes.size() + 1));
        }
        return axes;
    }
}
