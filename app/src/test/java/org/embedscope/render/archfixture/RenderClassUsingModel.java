package org.embedscope.render.archfixture;

import org.embedscope.model.Metric;

/** Breaks the layering on purpose: a render class taking a model type. */
public class RenderClassUsingModel {
    public String title(Metric metric) {
        return metric.name();
    }
}
