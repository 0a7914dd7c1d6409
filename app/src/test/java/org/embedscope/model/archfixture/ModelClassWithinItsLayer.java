package org.embedscope.model.archfixture;

import java.util.List;
import org.embedscope.model.Metric;

/** Keeps to its layer: only the JDK and model types. */
public class ModelClassWithinItsLayer {
    public List<Metric> metrics() {
        return List.of(Metric.values());
    }
}
