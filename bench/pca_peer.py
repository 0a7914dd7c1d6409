"""scikit-learn peer for `embedscope project --method pca`.

  /usr/bin/python3 bench/pca_peer.py --vectors FILE [--limit N] [--repeats 3]
      [--ours ours.tsv --components 1,2,3 --ours-json ours.json]

Times PCA(n_components=10, svd_solver='full').fit_transform (median of the repeats), and, given
our output, compares each requested component: |Pearson correlation| of the coordinates (signs
are arbitrary) and the explained-variance ratios.
"""
import argparse
import json
import statistics
import time

import numpy as np
from sklearn.decomposition import PCA

from peer_common import emit, load_glove, load_tsv


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--vectors", required=True)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--ours")
    parser.add_argument("--ours-json")
    parser.add_argument("--components", default="1,2,3")
    args = parser.parse_args()
    words, x = load_glove(args.vectors, args.limit)
    times = []
    for _ in range(args.repeats):
        pca = PCA(n_components=10, svd_solver="full")
        start = time.perf_counter()
        y = pca.fit_transform(x)
        times.append(time.perf_counter() - start)
    result = {"points": len(words), "seconds": times, "median_seconds": statistics.median(times),
              "explained_variance_ratio": [float(v) for v in pca.explained_variance_ratio_]}
    if args.ours:
        our_words, ours = load_tsv(args.ours)
        assert our_words == words, "words differ"
        components = [int(c) - 1 for c in args.components.split(",")]
        result["abs_corr"] = [abs(float(np.corrcoef(ours[:, i], y[:, c])[0, 1])) for i, c in enumerate(components)]
    if args.ours_json:
        with open(args.ours_json) as f:
            our_ratio = json.load(f)["explained_variance_ratio"]
        n = min(len(our_ratio), 10)
        result["max_ratio_difference"] = max(abs(our_ratio[i] - pca.explained_variance_ratio_[i]) for i in range(n))
    emit(result)


if __name__ == "__main__":
    main()
