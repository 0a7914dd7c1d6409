/**
 * t-SNE for the whole vocabulary, on background threads, watchable while it runs.
 *
 * <p>Use: {@code TsneRun run = new TsneRun(TsneOptions.defaults().withDims(2), data, n, dim);}
 * then, on a worker thread, {@code TsneResult r = run.run(progress, listener);}. The listener gets
 * fresh float copies of the map on that worker thread at most every
 * {@link org.embedscope.model.tsne.TsneOptions#snapshotMillis()} ms (200 by default); a GUI posts
 * them to its own thread. {@code pause()}, {@code resume()} and {@code cancel()} are thread-safe
 * and may be called at any time, also before {@code run} starts; cancel (or the Progress
 * reporting cancelled) makes {@code run} throw {@link org.embedscope.model.CancelledException},
 * also while paused.
 *
 * <p>Pipeline: input neighbours (exact SIMD scan up to 50,000 points, else a random-projection
 * forest refined by neighbour-of-neighbour search), perplexity calibration and symmetrisation,
 * PCA initialisation, then gradient descent with Barnes-Hut repulsion (quadtree or octree rebuilt
 * every iteration, walked once per group of nearby points) and SIMD attraction. Every parallel
 * step works on fixed chunks combined in a fixed order, so one seed gives one map.
 */
package org.embedscope.model.tsne;
