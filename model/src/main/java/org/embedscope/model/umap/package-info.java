/**
 * UMAP (McInnes, Healy and Melville 2018): the fuzzy simplicial set of the k-nearest-neighbour
 * graph ({@link org.embedscope.model.umap.FuzzySimplicialSet}), a spectral or PCA start, and SGD
 * with negative sampling that gives the same map for a seed whatever the thread count
 * ({@link org.embedscope.model.umap.UmapRun} is the entry point).
 */
package org.embedscope.model.umap;
