"""scikit-learn side of the UMAP figures (umap-learn itself is not installable here).

  bound:  /usr/bin/python3 bench/umap_peer.py bound [--limit 2000] [--ours map.tsv]
          trustworthiness (k=10, cosine) of scikit-learn's Barnes-Hut t-SNE (the settings of
          tsne_peer.py run) on the first N words of the bundled vectors: the bound
          UmapTrustworthinessTest quotes; with --ours, also that of an Embedscope map of the same
          words, by scikit-learn, to check the test's own trustworthiness against it.
For the 10k GloVe comparison use tsne_peer.py run and trust (see README.md).
"""
import argparse
import os
import sys
import time

from sklearn.manifold import TSNE, trustworthiness

sys.path.insert(0, os.path.dirname(__file__))
from bias_peer_data import Vectors  # noqa: E402
from peer_common import emit, load_tsv  # noqa: E402


def bound(args):
    vectors = Vectors.bundled()
    words = vectors.words[: args.limit]
    x = vectors.matrix[: args.limit]
    tsne = TSNE(n_components=2, perplexity=30, n_iter=1000, init="pca", metric="cosine", learning_rate="auto",
                method="barnes_hut", random_state=0)
    start = time.perf_counter()
    y = tsne.fit_transform(x)
    result = {"points": len(words), "tsne_seconds": time.perf_counter() - start,
              "tsne_trustworthiness": trustworthiness(x, y, n_neighbors=10, metric="cosine")}
    if args.ours:
        map_words, ours = load_tsv(args.ours)
        if map_words != words:
            sys.exit(args.ours + ": words differ from the first " + str(len(words)) + " bundled words")
        result["ours_trustworthiness"] = trustworthiness(x, ours, n_neighbors=10, metric="cosine")
    emit(result)


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("bound")
    b.add_argument("--limit", type=int, default=2000)
    b.add_argument("--ours")
    args = parser.parse_args()
    bound(args)


if __name__ == "__main__":
    main()
