"""Shared helpers for the projection peer scripts (run with Debian's /usr/bin/python3)."""
import json
import numpy as np


def load_glove(path, limit=None):
    """The first `limit` rows of a GloVe text file, in file order, as float32."""
    words, rows = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if limit is not None and len(words) >= limit:
                break
            parts = line.rstrip("\n").split(" ")
            words.append(parts[0])
            rows.append(np.asarray(parts[1:], dtype=np.float32))
    return words, np.vstack(rows)


def load_tsv(path):
    """An Embedscope `project` TSV: header `word x y [z]`, one row per word in file order."""
    words, rows = [], []
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        assert header[0] == "word", header
        for line in f:
            parts = line.rstrip("\n").split("\t")
            words.append(parts[0])
            rows.append([float(v) for v in parts[1:]])
    return words, np.asarray(rows, dtype=np.float64)


def save_tsv(path, words, coordinates):
    names = ["x", "y", "z"][: coordinates.shape[1]]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\t".join(["word"] + names) + "\n")
        for w, row in zip(words, coordinates):
            f.write(w + "\t" + "\t".join(repr(float(v)) for v in row) + "\n")


def emit(result):
    print(json.dumps(result, indent=2))
