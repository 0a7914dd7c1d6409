package org.embedscope.app.gui.projection;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.embedscope.app.gui.workspace.WordGroup;
import org.embedscope.model.Metric;
import org.embedscope.model.io.WordListFile;
import org.embedscope.model.projection.CustomAxesSpec;
import org.embedscope.model.projection.InvalidProjectionException;
import org.embedscope.model.projection.PcaSpec;
import org.embedscope.model.projection.ProjectionSpec;
import org.embedscope.model.projection.TsneSpec;
import org.embedscope.model.projection.UmapSpec;
import org.embedscope.model.projection.WordSelection;
import org.embedscope.model.tsne.TsneOptions;

/** The Map panel's editable inputs as properties, and the projection spec and word selection they describe. */
public final class ProjectionSettings {
    private final ObjectProperty<ProjectionMethod> method = new SimpleObjectProperty<>(this, "method");
    private final IntegerProperty dims = new SimpleIntegerProperty(this, "dims");
    private final IntegerProperty pcX = new SimpleIntegerProperty(this, "pcX");
    private final IntegerProperty pcY = new SimpleIntegerProperty(this, "pcY");
    private final IntegerProperty pcZ = new SimpleIntegerProperty(this, "pcZ");
    private final DoubleProperty perplexity = new SimpleDoubleProperty(this, "perplexity");
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate");
    private final IntegerProperty iterations = new SimpleIntegerProperty(this, "iterations");
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed");
    private final ObjectProperty<Metric> tsneMetric = new SimpleObjectProperty<>(this, "tsneMetric");
    private final StringProperty xAxis = new SimpleStringProperty(this, "xAxis");
    private final StringProperty yAxis = new SimpleStringProperty(this, "yAxis");
    private final StringProperty zAxis = new SimpleStringProperty(this, "zAxis");
    private final ObjectProperty<WordSource> words = new SimpleObjectProperty<>(this, "words");
    private final IntegerProperty firstCount = new SimpleIntegerProperty(this, "firstCount");
    private final StringProperty wordList = new SimpleStringProperty(this, "wordList");
    private final IntegerProperty umapNeighbours = new SimpleIntegerProperty(this, "umapNeighbours");
    private final DoubleProperty umapMinDist = new SimpleDoubleProperty(this, "umapMinDist");
    private final IntegerProperty umapEpochs = new SimpleIntegerProperty(this, "umapEpochs");
    private final DoubleProperty umapRepulsion = new SimpleDoubleProperty(this, "umapRepulsion");

    ProjectionSettings() {
        set(ProjectionState.DEFAULT);
    }

    public ObjectProperty<ProjectionMethod> methodProperty() {
        return method;
    }

    /** 2 or 3. */
    public IntegerProperty dimsProperty() {
        return dims;
    }

    /** 1-based principal components for the axes. */
    public IntegerProperty pcXProperty() {
        return pcX;
    }

    public IntegerProperty pcYProperty() {
        return pcY;
    }

    public IntegerProperty pcZProperty() {
        return pcZ;
    }

    public DoubleProperty perplexityProperty() {
        return perplexity;
    }

    /** 0 means auto: max(N / 12 / 4, 50). */
    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    public IntegerProperty iterationsProperty() {
        return iterations;
    }

    public IntegerProperty seedProperty() {
        return seed;
    }

    public ObjectProperty<Metric> tsneMetricProperty() {
        return tsneMetric;
    }

    public StringProperty xAxisProperty() {
        return xAxis;
    }

    public StringProperty yAxisProperty() {
        return yAxis;
    }

    public StringProperty zAxisProperty() {
        return zAxis;
    }

    public ObjectProperty<WordSource> wordsProperty() {
        return words;
    }

    public IntegerProperty firstCountProperty() {
        return firstCount;
    }

    /** The words to project with {@link WordSource#LIST}, one per line. */
    public StringProperty wordListProperty() {
        return wordList;
    }

    public IntegerProperty umapNeighboursProperty() {
        return umapNeighbours;
    }

    public DoubleProperty umapMinDistProperty() {
        return umapMinDist;
    }

    public DoubleProperty umapRepulsionProperty() {
        return umapRepulsion;
    }

    /** 0 means auto: 500 up to 10,000 words, 200 above. */
    public IntegerProperty umapEpochsProperty() {
        return umapEpochs;
    }

    ProjectionState get() {
        return new ProjectionState(method.get(), dims.get(), List.of(pcX.get(), pcY.get(), pcZ.get()),
                perplexity.get(), learningRate.get(), iterations.get(), seed.get(), tsneMetric.get(),
                List.of(text(xAxis), text(yAxis), text(zAxis)), words.get(), firstCount.get(), text(wordList),
                umapNeighbours.get(), umapMinDist.get(), umapEpochs.get(), umapRepulsion.get());
    }

    void set(ProjectionState state) {
        method.set(state.method());
        dims.set(state.dims());
        pcX.set(state.components().get(0));
        pcY.set(state.components().get(1));
        pcZ.set(state.components().get(2));
        perplexity.set(state.perplexity());
        learningRate.set(state.learningRate());
        iterations.set(state.iterations());
        seed.set(state.seed());
        tsneMetric.set(state.tsneMetric());
        xAxis.set(state.axes().get(0));
        yAxis.set(state.axes().get(1));
        zAxis.set(state.axes().get(2));
        words.set(state.words());
        firstCount.set(state.firstCount());
        wordList.set(state.wordList());
        umapNeighbours.set(state.umapNeighbours());
        umapMinDist.set(state.umapMinDist());
        umapEpochs.set(state.umapEpochs());
        umapRepulsion.set(state.umapRepulsion());
    }

    /** The spec these settings describe; throws {@link InvalidProjectionException} when they make none. */
    ProjectionSpec spec() {
        int d = dims.get();
        ProjectionSpec.requireDims(d);
        return switch (method.get()) {
            case PCA -> new PcaSpec(d, List.of(pcX.get(), pcY.get(), pcZ.get()).subList(0, d));
            case TSNE -> new TsneSpec(d, perplexity.get(), learningRate.get(), iterations.get(), seed.get(),
                    tsneMetric.get(), TsneOptions.Init.PCA, TsneOptions.defaults().theta(),
                    TsneOptions.Neighbours.AUTO);
            case UMAP -> new UmapSpec(d, umapNeighbours.get(), umapMinDist.get(), UmapSpec.DEFAULT_SPREAD,
                    umapRepulsion.get(), umapEpochs.get(), seed.get(), Metric.COSINE);
            case CUSTOM -> new CustomAxesSpec(List.of(text(xAxis), text(yAxis), text(zAxis)).subList(0, d));
        };
    }

    /** The words these settings choose; the selection comes from the workspace. */
    WordSelection selection(WordGroup selected) {
        return switch (words.get()) {
            case ALL -> WordSelection.all();
            case FIRST -> WordSelection.first(firstCount.get());
            case LIST -> {
                List<String> typed = WordListFile.parse(text(wordList));
                if (typed.isEmpty()) {
                    throw new InvalidProjectionException("type the words to project, one per line, or load a file");
                }
                yield WordSelection.of(typed);
            }
            case SELECTION -> {
                if (selected.isEmpty()) {
                    throw new InvalidProjectionException("nothing is selected: select words first (for example a"
                            + " word and its neighbours in the Neighbours panel)");
                }
                yield WordSelection.of(selected.words());
            }
        };
    }

    private static String text(StringProperty property) {
        return property.get() == null ? "" : property.get();
    }
}
