package org.embedscope.model.cluster;

/**
 * Clusters of all points.
 *
 * @param labels         cluster 0..k-1 of each point, in input order
 * @param sizes          points per cluster
 * @param centralMembers per cluster, the members most similar (cosine) to its centroid, most
 *                       central first: good names for a legend
 * @param inertia        sum of squared distances of the unit vectors to their centroids
 * @param iterations     Lloyd iterations run
 */
public record KMeansResult(int k, int[] labels, int[] sizes, int[][] centralMembers, double inertia, int iterations) {
}
