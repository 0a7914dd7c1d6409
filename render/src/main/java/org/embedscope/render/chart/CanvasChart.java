package org.embedscope.render.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.css.CssMetaData;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableDoubleProperty;
import javafx.css.StyleableProperty;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * A small chart drawn on one canvas that fills the region: it is cleared and redrawn whenever the
 * region is resized or {@link #redraw()} is called. Subclasses only paint.
 */
public abstract class CanvasChart extends Region {
    private static final CssMetaData<CanvasChart, Number> FONT_SCALE = new CssMetaData<>("-es-font-scale",
            StyleConverter.getSizeConverter(), 1.0) {
        @Override
        public boolean isSettable(CanvasChart chart) {
            return !chart.fontScale.isBound();
        }

        @Override
        public StyleableProperty<Number> getStyleableProperty(CanvasChart chart) {
            return chart.fontScale;
        }
    };
    private static final List<CssMetaData<? extends Styleable, ?>> CSS;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
        all.add(FONT_SCALE);
        CSS = Collections.unmodifiableList(all);
    }

    private final Canvas canvas = new Canvas();
    // Canvas text does not follow CSS fonts; this factor (CSS -es-font-scale, e.g. for a projector) does.
    private final StyleableDoubleProperty fontScale = new StyleableDoubleProperty(1.0) {
        @Override
        protected void invalidated() {
            redraw();
        }

        @Override
        public Object getBean() {
            return CanvasChart.this;
        }

        @Override
        public String getName() {
            return "fontScale";
        }

        @Override
        public CssMetaData<CanvasChart, Number> getCssMetaData() {
            return FONT_SCALE;
        }
    };

    protected CanvasChart() {
        getStyleClass().add("canvas-chart");
        getChildren().add(canvas);
    }

    /** How much larger than their nominal size texts are drawn (CSS {@code -es-font-scale}). */
    public final DoubleProperty fontScaleProperty() {
        return fontScale;
    }

    /** A length in pixels that grows with the text: a margin that holds axis labels, at the font scale. */
    protected final double scaled(double pixels) {
        return pixels * fontScale.get();
    }

    /** A font of the nominal size times the font scale. */
    protected final Font font(double size) {
        return Font.font(size * fontScale.get());
    }

    /** A font of the nominal size times the font scale. */
    protected final Font font(FontWeight weight, double size) {
        return Font.font(null, weight, size * fontScale.get());
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS;
    }

    protected final Canvas canvas() {
        return canvas;
    }

    /** Clears the canvas and paints it again (nothing is painted while it has no size). */
    protected final void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w > 0 && h > 0) {
            paint(g, w, h);
        }
    }

    /** Paints onto a cleared canvas of this size. */
    protected abstract void paint(GraphicsContext g, double width, double height);

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }
}
