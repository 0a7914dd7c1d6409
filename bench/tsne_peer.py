"""scikit-learn peer for `embedscope project --method tsne`.

  run:    /usr/bin/python3 bench/tsne_peer.py run --vectors FILE --limit 10000 --out sk.tsv
          (TSNE(init='pca', metric='cosine', perplexity=30, n_iter=1000, learning_rate='auto',
           method='barnes_hut', random_state=0); prints seconds of fit_transform and the KL)
  trust:  /usr/bin/python3 bench/tsne_peer.py trust --vectors FILE --limit 10000 ours.tsv sk.tsv
          (sklearn trustworthiness, k=10, metric cosine, for each map)
  trust-sample: /usr/bin/python3 bench/tsne_peer.py trust-sample --vectors FILE --limit 0 --sample 1000 map.tsv
          (the same trustworthiness estimated from a random sample of points, for maps too large for
           scikit-learn's all-pairs matrix: each sampled point's input ranks against every point, in
           float64, its map neighbours by brute force; an independent check of `project
           --trustworthiness-sample`, whose sample differs)
"""
import argparse
import sys
import time

import numpy as np
from sklearn.manifold import TSNE, trustworthiness

from peer_common import emit, load_glove, load_tsv, save_tsv


def run(args):
    words, x = load_glove(args.vectors, args.limit)
    tsne = TSNE(n_components=args.dims, perplexity=args.perplexity, n_iter=args.iterations, init="pca",
                metric=args.metric, learning_rate="auto", method="barnes_hut", random_state=args.seed)
    start = time.perf_counter()
    y = tsne.fit_transform(x)
    seconds = time.perf_counter() - start
    if args.out:
        save_tsv(args.out, words, y)
    emit({"method": "tsne", "points": len(words), "dims": args.dims, "seconds": seconds,
          "kl_divergence": float(tsne.kl_divergence_)})


def trust(args):
    words, x = load_glove(args.vectors, args.limit)
    result = {}
    for path in args.maps:
        map_words, y = load_tsv(path)
        if map_words != words:
            sys.exit(path + ": words differ from the first " + str(len(words)) + " of the vectors file")
        result[path] = trustworthiness(x, y, n_neighbors=args.k, metric="cosine")
    emit(result)


def trust_sample(args):
    """The same sampled words for every map, their exact input ranks computed once and shared."""
    words, x = load_glove(args.vectors, args.limit or None)
    x = x.astype(np.float64)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-30)
    n, k = len(words), args.k
    maps = []
    for path in args.maps:
        map_words, y = load_tsv(path)
        if map_words != words:
            sys.exit(path + ": words differ from those of the vectors file")
        maps.append(y)
    sample = np.sort(np.random.default_rng(args.seed).choice(n, size=min(args.sample, n), replace=False))
    penalties = np.zeros(len(maps))
    for start in range(0, len(sample), 64):
        block = sample[start:start + 64]
        dist = 1 - x[block] @ x.T
        dist[np.arange(len(block)), block] = np.inf
        order = np.argsort(dist, axis=1, kind="stable")
        ranks = np.empty_like(order)
        rows = np.arange(len(block))[:, None]
        ranks[rows, order] = np.arange(1, n + 1)[None, :]
        for m, y in enumerate(maps):
            on_map = ((y[block][:, None, :] - y[None, :, :]) ** 2).sum(axis=2)
            on_map[np.arange(len(block)), block] = np.inf
            nearest = np.argpartition(on_map, k, axis=1)[:, :k]
            penalties[m] += np.maximum(0, ranks[rows, nearest] - k).sum()
    scale = 2.0 / (len(sample) * k * (2.0 * n - 3.0 * k - 1))
    result = {path: 1 - scale * penalty for path, penalty in zip(args.maps, penalties)}
    result["sample"] = int(len(sample))
    emit(result)


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run")
    r.add_argument("--vectors", required=True)
    r.add_argument("--limit", type=int, default=10000)
    r.add_argument("--dims", type=int, default=2)
    r.add_argument("--perplexity", type=float, default=30)
    r.add_argument("--iterations", type=int, default=1000)
    r.add_argument("--metric", default="cosine")
    r.add_argument("--seed", type=int, default=0)
    r.add_argument("--out")
    t = sub.add_parser("trust")
    t.add_argument("--vectors", required=True)
    t.add_argument("--limit", type=int, default=10000)
    t.add_argument("--k", type=int, default=10)
    t.add_argument("maps", nargs="+")
    s = sub.add_parser("trust-sample")
    s.add_argument("--vectors", required=True)
    s.add_argument("--limit", type=int, default=0)
    s.add_argument("--k", type=int, default=10)
    s.add_argument("--sample", type=int, default=1000)
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("maps", nargs="+")
    args = parser.parse_args()
    {"run": run, "trust": trust, "trust-sample": trust_sample}[args.command](args)


if __name__ == "__main__":
    main()
