"""Vectors and bundled word lists for bias_peer.py (run with Debian's /usr/bin/python3)."""
import json
import os
import struct

import numpy as np

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
DATA = os.path.join(ROOT, 'assets', 'data')
MAGIC = b'EMBSCOPE-F16\n'


class Vectors:
    """Words in file order and their float32 vectors; unit vectors in float64."""

    def __init__(self, words, matrix):
        self.words = words
        self.matrix = matrix
        self.dimension = matrix.shape[1]
        self.index = {w: i for i, w in enumerate(words)}
        self._norms = np.linalg.norm(matrix.astype(np.float64), axis=1)

    @staticmethod
    def open(path):
        if path is None:
            return Vectors.bundled()
        return Vectors(*Vectors.read_glove_rows(path))

    @staticmethod
    def bundled():
        """assets/data/glove-6b-100d-50k.f16 (layout in assets/README.md), widened to float32."""
        with open(os.path.join(DATA, 'glove-6b-100d-50k.words.txt'), encoding='utf-8') as f:
            words = f.read().split('\n')
        if words and words[-1] == '':
            words.pop()
        with open(os.path.join(DATA, 'glove-6b-100d-50k.f16'), 'rb') as f:
            raw = f.read()
        rows, dim = struct.unpack_from('<ii', raw, len(MAGIC))
        halves = np.frombuffer(raw, dtype='<f2', count=rows * dim, offset=len(MAGIC) + 8)
        return Vectors(words, halves.astype(np.float32).reshape(rows, dim))

    @staticmethod
    def read_glove_rows(path):
        """GloVe text (no header), or word2vec text with a `count dimension` first line."""
        words, rows = [], []
        with open(path, encoding='utf-8') as f:
            for number, line in enumerate(f):
                parts = line.rstrip('\n').rstrip(' ').split(' ')
                if number == 0 and len(parts) == 2:
                    continue
                words.append(parts[0])
                rows.append(np.asarray(parts[1:], dtype=np.float32))
        return words, np.vstack(rows)

    def row(self, word):
        """The word as typed, else its lower case, else None."""
        found = self.index.get(word)
        return found if found is not None else self.index.get(word.lower())

    def unit(self, word):
        i = self.row(word)
        return self.matrix[i].astype(np.float64) / self._norms[i]

    def units(self, first):
        m = self.matrix[:first].astype(np.float64)
        norms = self._norms[:first, None]
        return np.divide(m, norms, out=np.zeros_like(m), where=norms > 0)

    def all_units(self):
        return self.units(len(self.words))


def bundled_lists():
    def read(name):
        with open(os.path.join(DATA, 'bias', name), encoding='utf-8') as f:
            return json.load(f)
    return {
        'definitional': [tuple(p) for p in read('definitional_pairs.json')],
        'equalize': [tuple(p) for p in read('equalize_pairs.json')],
        'specific': read('gender_specific_seed.json'),
        'professions': [p[0] for p in read('professions.json')],
        'weat': read('weat.json'),
    }
