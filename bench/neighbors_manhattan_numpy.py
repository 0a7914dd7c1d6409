#!/usr/bin/python3
"""Measurement and verification aid, not part of the product: `embedscope neighbors WORD --metric
manhattan` against a numpy brute force.

    /usr/bin/python3 bench/neighbors_manhattan_numpy.py VECTORS [--launcher app/target/embedscope]
        [-k 10] [WORD ...]

Loads the GloVe text file, and for each word (by default a handful from frequent to rare) computes
every row's L1 distance to the word's vector in float64 (the stored float32 values, widened), drops
the word itself and takes the k nearest, ties to the lower row (the more frequent word), as
Embedscope breaks them. Runs the launcher once per word with --json and compares the words in order
and the distances (printed to 6 decimals). Also times the query as a numpy user writes it (float32
matrix minus the query, absolute values summed per row, argpartition), the figure to set against
`embedscope bench`'s manhattan_p50_ms. Prints one line per word and a JSON summary; exits with the
number of words whose answers differ.
"""
import argparse
import json
import subprocess
import sys
import time

import numpy as np

from peer_common import load_glove

WORDS = ['the', 'king', 'paris', 'computer', 'frog', 'quantum', 'zucchini', 'reykjavik']


def nearest(matrix, row, k):
    distances = np.abs(matrix - matrix[row]).sum(axis=1)
    distances[row] = np.inf
    order = np.lexsort((np.arange(len(distances)), distances))[:k]
    return order, distances[order]


def float32_query(matrix, row, k):
    distances = np.abs(matrix - matrix[row]).sum(axis=1)
    best = np.argpartition(distances, k + 1)[:k + 1]
    best = best[np.argsort(distances[best])]
    return [i for i in best if i != row][:k]


def ours(launcher, vectors, word, k):
    out = subprocess.run([launcher, 'neighbors', word, '--metric', 'manhattan', '-k', str(k),
                          '--vectors', vectors, '--json'], check=True, capture_output=True, text=True).stdout
    return [(r['word'], r['score']) for r in json.loads(out)['results']]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('vectors')
    parser.add_argument('words', nargs='*', default=WORDS)
    parser.add_argument('--launcher', default='app/target/embedscope')
    parser.add_argument('-k', type=int, default=10)
    args = parser.parse_args()
    words, single = load_glove(args.vectors)
    matrix = single.astype(np.float64)
    index = {w: i for i, w in enumerate(words)}
    mismatches = 0
    seconds = []
    for word in args.words:
        float32_query(single, index[word], args.k)  # warm-up
        start = time.perf_counter()
        float32_query(single, index[word], args.k)
        seconds.append(time.perf_counter() - start)
        rows, distances = nearest(matrix, index[word], args.k)
        expected = [(words[r], float(d)) for r, d in zip(rows, distances)]
        got = ours(args.launcher, args.vectors, word, args.k)
        same = [w for w, _ in got] == [w for w, _ in expected] and all(
            abs(g - e) <= 5e-7 * max(1.0, e) for (_, g), (_, e) in zip(got, expected))
        mismatches += 0 if same else 1
        print(f"{'OK' if same else 'MISMATCH'} {word}: " + ', '.join(f'{w} {d:.6f}' for w, d in expected), flush=True)
        if not same:
            print('  embedscope: ' + ', '.join(f'{w} {d:.6f}' for w, d in got), flush=True)
    print(json.dumps({'words': len(args.words), 'k': args.k, 'mismatches': mismatches,
                      'numpy_float32_p50_ms': round(float(np.median(seconds)) * 1e3, 3)}))
    sys.exit(mismatches)


if __name__ == '__main__':
    main()
