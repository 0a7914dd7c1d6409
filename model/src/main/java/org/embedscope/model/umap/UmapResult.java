package org.embedscope.model.umap;

/**
 * A finished UMAP map.
 *
 * @param positions row-major n x dims, rows in input order
 * @param spectral  whether it started from the spectral layout (else from PCA)
 * @param a         the fitted curve's a
 * @param b         the fitted curve's b
 */
public record UmapResult(int points, int dims, float[] positions, int epochs, boolean spectral, double a, double b) {
}
