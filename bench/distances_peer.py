"""`embedscope distances --json` against numpy and scikit-learn on the same sample words.

For each case the launcher reports its sample (store rows); this script reduces the vectors itself
(scikit-learn's full-SVD PCA of the most frequent words, or the first stored coordinates), measures
every sample word's exact nearest-neighbour distance in float64 and the mean over all pairs of the
sample, and compares: nearest mean and sd to 1e-3 relative, the random-pair mean (20,000 random
pairs against all pairs) to 2 %. Prints one line per case, OK or MISMATCH; exits with the mismatches.

    /usr/bin/python3 bench/distances_peer.py [--launcher app/target/embedscope]
"""
import argparse
import json
import subprocess
import sys

import numpy as np
from sklearn.decomposition import PCA

from bias_peer_data import Vectors

CASES = [('pca', 'cosine', 2), ('pca', 'cosine', 10), ('pca', 'cosine', 100), ('pca', 'euclidean', 10),
         ('raw', 'cosine', 10), ('raw', 'euclidean', 100)]


def distances(points, metric):
    x = points.astype(np.float64)
    if metric == 'cosine':
        norms = np.linalg.norm(x, axis=1, keepdims=True)
        x = np.divide(x, norms, out=np.zeros_like(x), where=norms > 0)
        d = np.clip(1 - x @ x.T, 0, 2)
    else:
        sq = (x * x).sum(axis=1)
        d = np.sqrt(np.maximum(sq[:, None] + sq[None, :] - 2 * x @ x.T, 0))
    return d


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--launcher', default='app/target/embedscope')
    args = parser.parse_args()
    vectors = Vectors.bundled()
    mismatches = 0
    for source, metric, dims in CASES:
        ours = json.loads(subprocess.run([args.launcher, 'distances', '--source', source, '--metric', metric,
                                          '--dims', str(dims), '--json'], check=True, capture_output=True,
                                         text=True).stdout)
        rows = np.array(ours['sample_rows'])
        pool = vectors.matrix[:ours['from']]
        if source == 'pca':
            reduced = PCA(n_components=dims, svd_solver='full').fit_transform(pool.astype(np.float64))
        else:
            reduced = pool[:, :dims]
        d = distances(reduced[rows], metric)
        off_diagonal = d[~np.eye(len(rows), dtype=bool)]
        np.fill_diagonal(d, np.inf)
        nearest = d.min(axis=1)
        s = ours['summary']
        checks = [('mean_nearest', nearest.mean(), s['mean_nearest'], 1e-3),
                  ('sd_nearest', nearest.std(ddof=1), s['sd_nearest'], 1e-3),
                  ('mean_random', off_diagonal.mean(), s['mean_random'], 0.02)]
        for name, peer, value, tolerance in checks:
            scale = max(abs(peer), 1e-6)
            ok = abs(peer - value) <= tolerance * scale + 1e-7
            mismatches += not ok
            print(f"{source} {metric} d={dims} {name}: ours {value:.6f} numpy {peer:.6f} "
                  f"{'OK' if ok else 'MISMATCH'}")
    return mismatches


if __name__ == '__main__':
    sys.exit(main())
