#!/usr/bin/python3
"""Measurement aid, not part of the product: an independent numpy (and scikit-learn) implementation of
the published bias measures, compared with `embedscope bias ... --json` on the same vectors.

    /usr/bin/python3 bench/bias_peer.py [--vectors FILE] [--launcher app/target/embedscope] [--no-debias]

Written from the papers' definitions:
- Bolukbasi et al. 2016 (and debiaswe's doPCA): every vector normalised; each definitional pair centred
  on its mean; PCA(n_components=10) of the centred vectors; the direction g is the first component,
  here signed toward the first word of the pairs. A word's projection is cos(w, g); DirectBias_c is the
  mean of |cos(w, g)|^c; beta(w, v) = (w.v - w_perp.v_perp / (|w_perp| |v_perp|)) / w.v.
- Hard debiasing: neutralise w := (w - (w.g) g) / |...| for every word not gender-specific; equalise
  each pair (lower, title, upper case): nu = mean without g, a, b := nu +- sqrt(1 - |nu|^2) g, the
  sign following (a - b).g.
- Caliskan et al. 2017: s(w) = mean cos(w, A) - mean cos(w, B); effect size (mean_X s - mean_Y s) /
  std over X and Y with ddof=1; one-sided p = share of equal-size partitions whose sum_X' s - sum_Y' s
  is strictly greater than the observed, every partition when there are at most 1,000,000, else a
  random sample (then compared within four standard errors).

Words are looked up as typed, else in lower case, and missing ones are dropped, the input rule
Embedscope documents. Prints one line per comparison, `OK` or `MISMATCH` with the largest absolute
difference, and exits with the number of mismatches.
"""
import argparse
import itertools
import json
import math
import os
import subprocess
import sys
import tempfile

import numpy as np

from bias_peer_data import Vectors, bundled_lists

TOLERANCE = 1e-3
EXACT_LIMIT = 1_000_000


class Peer:
    def __init__(self, vectors, launcher, vectors_arg):
        self.v = vectors
        self.launcher = launcher
        self.vectors_arg = vectors_arg
        self.mismatches = 0

    def ours(self, *args, refused=None):
        """Our JSON; with `refused`, the error message instead when the command exits 1."""
        command = [self.launcher, 'bias', *args, '--json'] + (['--vectors', self.vectors_arg] if self.vectors_arg else [])
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode == 1 and refused:
            return {'refused': done.stderr.strip()}
        if done.returncode != 0:
            sys.exit('%s failed (%d): %s' % (' '.join(command), done.returncode, done.stderr.strip()))
        return json.loads(done.stdout)

    def report(self, what, difference, tolerance=TOLERANCE, detail=''):
        ok = difference <= tolerance
        self.mismatches += 0 if ok else 1
        print('%-9s %-58s max |diff| %.2e%s' % ('OK' if ok else 'MISMATCH', what, difference, detail))

    def same(self, what, ours, theirs):
        ok = ours == theirs
        self.mismatches += 0 if ok else 1
        print('%-9s %-58s %s' % ('OK' if ok else 'MISMATCH', what, ours if ok else '%s != %s' % (ours, theirs)))


def direction(v, pairs):
    """debiaswe's doPCA on the found pairs: the first component, signed toward the first words, and the ratios."""
    from sklearn.decomposition import PCA
    rows, lean = [], 0
    found = [(a, b) for a, b in pairs if v.row(a) is not None and v.row(b) is not None]
    for a, b in found:
        ua, ub = v.unit(a), v.unit(b)
        centre = (ua + ub) / 2
        rows += [ua - centre, ub - centre]
        lean = lean + (ua - ub)
    pca = PCA(n_components=min(10, len(found))).fit(np.array(rows))
    g = pca.components_[0]
    g = g if g @ lean > 0 else -g
    return g / np.linalg.norm(g), pca.explained_variance_ratio_


def weat(v, x, y, a, b, draws=100_000, seed=0):
    x, y, a, b = ([w for w in s if v.row(w) is not None] for s in (x, y, a, b))
    A = np.array([v.unit(w) for w in a])
    B = np.array([v.unit(w) for w in b])
    s = np.array([(A @ v.unit(w)).mean() - (B @ v.unit(w)).mean() for w in x + y])
    sx, sy = s[:len(x)], s[len(x):]
    effect = (sx.mean() - sy.mean()) / np.std(s, ddof=1)
    observed = sx.sum()
    slack = 1e-9 * np.abs(s).sum()
    n, k = len(s), len(x)
    if math.comb(n, k) <= EXACT_LIMIT:
        sums = np.array([s[list(c)].sum() for c in itertools.combinations(range(n), k)])
        return effect, float((sums > observed + slack).mean()), True
    rng = np.random.default_rng(seed)
    above = sum(s[rng.permutation(n)[:k]].sum() > observed + slack for _ in range(draws))
    return effect, above / draws, False


def hard_debias(v, lists, g):
    """The debiased unit vectors (every word, in order) and how many cased pairs were equalised."""
    specific = set(lists['specific'])
    units = v.all_units()
    out = units - np.outer(units @ g, g) * np.array([[w not in specific] for w in v.words])
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    out = np.divide(out, norms, out=np.zeros_like(out), where=norms > 0)
    equalised = 0
    for a, b in {(c(x), c(y)) for x, y in lists['equalize'] for c in (str.lower, str.title, str.upper)}:
        if a in v.index and b in v.index:
            va, vb = out[v.index[a]], out[v.index[b]]
            nu = (va + vb) / 2
            nu = nu - (nu @ g) * g
            z = math.sqrt(max(0.0, 1 - nu @ nu)) * (1 if (va - vb) @ g >= 0 else -1)
            out[v.index[a]], out[v.index[b]] = nu + z * g, nu - z * g
            equalised += 1
    return out, equalised


def lean_recovery(v, lists, g, debiased, within=50_000, per_side=500):
    """Gonen and Goldberg 2019: the per_side most biased words at each end (not gender-specific), clustered
    in two; the share whose cluster matches their original lean, in the original and debiased vectors."""
    from sklearn.cluster import KMeans
    specific = {w.lower() for w in lists['specific']}
    units = v.units(min(within, len(v.words)))
    order = [i for i in np.argsort(-(units @ g), kind='stable') if v.words[i].lower() not in specific]
    rows = order[:per_side] + order[::-1][:per_side]
    lean = np.array([1] * per_side + [0] * per_side)
    shares = []
    for matrix in (units[rows], debiased[rows]):
        labels = KMeans(n_clusters=2, n_init=10, random_state=0).fit_predict(matrix)
        share = (labels == lean).mean()
        shares.append(max(share, 1 - share))
    return tuple(shares)


def benchmarks(words, matrix, restrict=30_000):
    """gensim's analogy accuracy (3CosAdd) and WordSim-353 Spearman over the `restrict` most frequent words."""
    from gensim.models import KeyedVectors
    from bias_peer_data import DATA
    kv = KeyedVectors(vector_size=matrix.shape[1], dtype=np.float32)
    kv.add_vectors(words, matrix.astype(np.float32))
    accuracy, _ = kv.evaluate_word_analogies(os.path.join(DATA, 'eval', 'questions-words.txt'),
                                             restrict_vocab=restrict)
    _, spearman, _ = kv.evaluate_word_pairs(os.path.join(DATA, 'eval', 'EN-WS-353-ALL.txt'), restrict_vocab=restrict)
    return accuracy, spearman[0]


def compare_direction(peer, lists):
    g, ratios = direction(peer.v, lists['definitional'])
    ours = peer.ours('direction', '--words', 'professions')
    peer.report('explained variance ratio, 10 definitional pairs', np.abs(np.array(ours['explained_variance_ratio'])
                                                                         - ratios).max(),
                detail='  (PC1 %.4f, PC2 %.4f)' % (ratios[0], ratios[1]))
    words = [p['word'] for p in ours['projections']]
    found = [w for w in lists['professions'] if peer.v.row(w) is not None]
    peer.same('professions projected (found in the vocabulary)', len(words), len(found))
    theirs = np.array([peer.v.unit(w) @ g for w in words])
    peer.report('professions\' projections cos(w, g)', np.abs(np.array([p['score'] for p in ours['projections']])
                                                             - theirs).max())
    extremes = peer.ours('direction', '-k', '10', '--within', '50000')
    first = min(50_000, len(peer.v.words))
    cos = peer.v.units(first) @ g
    order = np.argsort(-cos)
    expected = [peer.v.words[i] for i in list(order[:10]) + list(order[-10:])]
    peer.same('10 words furthest toward each end (first 50,000)', [p['word'] for p in extremes['projections']],
              expected)
    direct = peer.ours('direct', '--words', 'professions')
    peer.report('DirectBias c=1 over professions', abs(direct['direct_bias'] - np.abs(theirs).mean()),
                detail='  (%.6f)' % np.abs(theirs).mean())
    for first_word, second_word in (('receptionist', 'softball'), ('bookkeeper', 'football')):
        ours_beta = peer.ours('indirect', first_word, second_word)['beta']
        w, u = peer.v.unit(first_word), peer.v.unit(second_word)
        wp, up = w - (w @ g) * g, u - (u @ g) * g
        beta = (w @ u - wp @ up / np.linalg.norm(wp) / np.linalg.norm(up)) / (w @ u)
        peer.report('indirect bias beta(%s, %s)' % (first_word, second_word), abs(ours_beta - beta),
                    detail='  (%.6f)' % beta)
    return g


def compare_weat(peer, lists):
    for test in lists['weat']['tests']:
        sets = [lists['weat']['sets'][name] for name in test['targets'] + test['attributes']]
        ours = peer.ours('weat', '--test', test['id'], refused=True)
        worst = max(sum(peer.v.row(w) is None for w in words) / len(words) for words in sets)
        peer.same('%s refused for missing more than 20%% of a set' % test['id'], 'refused' in ours, worst > 0.2)
        if 'refused' in ours:
            continue
        effect, p, exact = weat(peer.v, *sets)
        peer.same('%s p-value exact (every partition counted)' % test['id'], ours['exact'], exact)
        peer.report('%s effect size' % test['id'], abs(ours['effect_size'] - effect), detail='  (%.4f)' % effect)
        tolerance = 1e-12 if exact else 4 * math.sqrt(max(p * (1 - p), 1e-12) / ours['permutations']) + 2e-5
        peer.report('%s p-value' % test['id'], abs(ours['p_value'] - p), tolerance,
                    detail='  (%.6g, ours %.6g)' % (p, ours['p_value']))


def compare_debias(peer, lists, g, with_benchmarks):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, 'debiased.txt')
        ours = peer.ours('debias', '--to', 'glove', '--out', out)
        words, rows = Vectors.read_glove_rows(out)
    peer.same('debiased words, in order', words == peer.v.words, True)
    specific = set(lists['specific'])
    units = peer.v.all_units()
    expected, equalised = hard_debias(peer.v, lists, g)
    index = {w: i for i, w in enumerate(words)}
    peer.same('pairs equalised', ours['equalised'], equalised)
    peer.report('every debiased vector against the peer\'s debiasing', np.abs(rows - expected).max())
    neutral = [w for w in lists['professions'] if w in index and w not in specific]
    cosines = [abs(rows[index[w]] @ g) / np.linalg.norm(rows[index[w]]) for w in neutral]
    peer.report('|cos(profession, g)| after, %d non-specific professions' % len(neutral), max(cosines))
    off, along = 0.0, 0.0
    for a, b in ours['equalised_pairs']:
        d, s = rows[index[a]] - rows[index[b]], rows[index[a]] + rows[index[b]]
        off, along = max(off, np.linalg.norm(d - (d @ g) * g)), max(along, abs(s @ g))
    peer.report('equalised pairs: a - b off g, (a + b).g', max(off, along))
    kept = [index[w] for w in specific if w in index and not any(w in p for p in ours['equalised_pairs'])]
    peer.report('specific words unchanged up to normalisation', np.abs(rows[kept] - units[kept]).max())
    lean = lean_recovery(peer.v, lists, g, expected)
    peer.report('lean recovery before, after (sklearn KMeans n_init=10)',
                max(abs(ours['lean_recovery']['before'] - lean[0]), abs(ours['lean_recovery']['after'] - lean[1])),
                0.02, detail='  (%.4f -> %.4f)' % lean)
    if with_benchmarks:
        before = benchmarks(peer.v.words, peer.v.matrix)
        after = benchmarks(peer.v.words, expected)
        for name, key, k in (('analogy accuracy', 'analogy_accuracy', 0), ('WordSim-353 Spearman', 'similarity_spearman', 1)):
            peer.report('gensim %s before, after (restrict 30,000)' % name,
                        max(abs(ours[key]['before'] - before[k]), abs(ours[key]['after'] - after[k])), 1e-5,
                        detail='  (%.6f -> %.6f)' % (before[k], after[k]))
    print('          ours: neutralised %d, kept %d, equalised %d; lean recovery %.4f -> %.4f; analogies %.4f -> %.4f;'
          ' WordSim-353 %.4f -> %.4f; seconds %s' % (
              ours['neutralised'], ours['kept'], ours['equalised'], ours['lean_recovery']['before'],
              ours['lean_recovery']['after'], ours['analogy_accuracy']['before'], ours['analogy_accuracy']['after'],
              ours['similarity_spearman']['before'], ours['similarity_spearman']['after'], ours['seconds']))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--vectors', help='GloVe text file (default: the bundled dataset)')
    parser.add_argument('--launcher', default='app/target/embedscope')
    parser.add_argument('--no-debias', action='store_true', help='skip the (slower) debias comparison')
    parser.add_argument('--benchmarks', action='store_true',
                        help='also recompute the debias cost with gensim (analogies, WordSim-353)')
    args = parser.parse_args()
    vectors = Vectors.open(args.vectors)
    peer = Peer(vectors, args.launcher, args.vectors)
    lists = bundled_lists()
    print('# %s: %d words x %d' % (args.vectors or 'bundled dataset', len(vectors.words), vectors.dimension))
    g = compare_direction(peer, lists)
    compare_weat(peer, lists)
    if not args.no_debias:
        compare_debias(peer, lists, g, args.benchmarks)
    print('%d mismatch%s' % (peer.mismatches, '' if peer.mismatches == 1 else 'es'))
    return peer.mismatches


if __name__ == '__main__':
    sys.exit(main())
