package org.embedscope.model.numeric;

/** A smooth cost of one point's position, with its gradient: what {@link PointDescent} minimises. */
@FunctionalInterface
public interface PointObjective {
    /** The cost at {@code position}; writes its gradient into {@code gradient} (same length). */
    double evaluate(double[] position, double[] gradient);
}
