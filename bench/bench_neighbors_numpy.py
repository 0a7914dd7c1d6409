#!/usr/bin/python3
"""Measurement aid, not part of the product: the numpy peer for `embedscope bench`.

Loads the same GloVe text file, normalises the matrix once, and times exact cosine top-10 queries
the way a numpy user writes them (normalised matrix times query vector, then argpartition), for the
same words `embedscope bench` times: ranks 100 to 100 + N - 1, after N warm-up queries on the next N
words. Prints the median in milliseconds. Run it right after `embedscope bench` to compare in the
same conditions:

    /usr/bin/python3 bench/bench_neighbors_numpy.py /work/data/glove.6B.100d.txt [N]
"""
import json
import sys
import time

import numpy as np

FIRST = 100


def load(path):
    words, rows = [], []
    with open(path, encoding='utf8') as f:
        for line in f:
            parts = line.rstrip('\n').split(' ')
            words.append(parts[0])
            rows.append(np.array(parts[1:], dtype=np.float32))
    return words, np.vstack(rows)


def query(unit, row, k=10):
    scores = unit @ unit[row]
    best = np.argpartition(-scores, k + 1)[:k + 1]
    best = best[np.argsort(-scores[best])]
    return [i for i in best if i != row][:k]


def main():
    path = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    start = time.perf_counter()
    words, matrix = load(path)
    load_seconds = time.perf_counter() - start
    unit = matrix / np.linalg.norm(matrix, axis=1, keepdims=True)
    for i in range(n):
        query(unit, FIRST + n + i)
    times = []
    for i in range(n):
        t = time.perf_counter()
        query(unit, FIRST + i)
        times.append((time.perf_counter() - t) * 1e3)
    print(json.dumps({'load_seconds': round(load_seconds, 3), 'neighbors_p50_ms': round(float(np.median(times)), 3),
                      'neighbors_p90_ms': round(float(np.percentile(times, 90)), 3), 'neighbor_queries': n,
                      'words': len(words)}))


if __name__ == '__main__':
    main()
