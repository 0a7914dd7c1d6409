#!/usr/bin/python3
"""Test aid, not part of the product: writes the small synthetic vectors, analogy questions and
word pairs under model/src/test/resources/org/embedscope/model/eval/ and prints gensim 4.2's
answers on them, which the evaluation tests quote as their expected values.

Run with Debian's python (it has gensim): /usr/bin/python3 bench/make_eval_fixtures.py
"""
import os
import numpy as np
from gensim.models import KeyedVectors

OUT = os.path.join(os.path.dirname(__file__), '..', 'model', 'src', 'test', 'resources', 'org', 'embedscope',
                   'model', 'eval')
DIM = 12
rng = np.random.default_rng(2024)

words, rows = [], []


def add(word, vector):
    words.append(word)
    rows.append(np.round(np.asarray(vector, dtype=np.float64), 4))


offset = rng.normal(size=DIM)
# an upper-case spelling that comes before its lower-case one: folding must pick this row
add('CAP', rng.normal(size=DIM))
for i in range(40):
    country = rng.normal(size=DIM)
    add('c%02d' % i, country)
    add('k%02d' % i, country + offset + 0.4 * rng.normal(size=DIM))
add('cap', rng.normal(size=DIM))
for i in range(120):
    add('w%03d' % i, rng.normal(size=DIM))
# case variants of b and c of the "variants" questions, close to b + c - a: all five of gensim's
# answers are then inputs by upper case, and the last one stays the prediction
qa, qb, qc = rng.normal(size=DIM), rng.normal(size=DIM), rng.normal(size=DIM)
add('va', qa)
add('vb', qb)
add('vc', qc)
target = qb / np.linalg.norm(qb) + qc / np.linalg.norm(qc) - qa / np.linalg.norm(qa)
direction = rng.normal(size=DIM)
for step, variant in enumerate(['VB', 'Vb', 'vB', 'VC', 'Vc']):
    add(variant, target + 0.04 * (step + 1) * direction)
add('vd', rng.normal(size=DIM))
for i in range(30):
    add('late%02d' % i, rng.normal(size=DIM))

with open(os.path.join(OUT, 'synthetic.glove.txt'), 'w', encoding='utf8') as f:
    for w, r in zip(words, rows):
        f.write(w + ' ' + ' '.join('%.4f' % v for v in r) + '\n')

q = [': pairs']
for i in range(0, 40, 2):
    q.append('c%02d k%02d c%02d k%02d' % (i, i, i + 1, i + 1))
q.append('C03 K03 c07 k07')
q.append('c05 k05 late01 k09')
q.append('')
q.append('only three words')
q.append(': random mix')
for i in range(25):
    a, b, c, d = rng.choice(len(words) - 30, 4, replace=False)
    q.append(' '.join(words[j] for j in (a, b, c, d)))
q.append('cap k01 c02 k02')
q.append('c01 k01 c01 k01')
q.append('unknownword k01 c02 k02')
q.append(':  variants ')
q.append('va vb vc vd')
q.append('va vb vc vc')
q.append(': empty section')
with open(os.path.join(OUT, 'questions.txt'), 'w', encoding='utf8') as f:
    f.write('\n'.join(q) + '\n')

pairs = ['# comment line', 'c01\tk01\t7.5', 'C02\tk02\t7.5', 'c03\tw004\t1_0', 'w005\tw006\t 2.0 ',
         'c04\tunknown\t3', 'bad line', 'c05\tk05\tnotanumber', 'c06\tk06\t4\textra', 'w007\tw008\t2.0',
         'k09\tc09\t6', 'c09\tk09\t6', 'late03\tc10\t5.5', 'w010\tw011\t0']
for i in range(20):
    a, b = rng.choice(len(words) - 30, 2, replace=False)
    pairs.append('%s\t%s\t%.1f' % (words[a], words[b], rng.integers(0, 11)))
with open(os.path.join(OUT, 'pairs.txt'), 'w', encoding='utf8', newline='') as f:
    f.write('\r\n'.join(pairs) + '\r\n')

kv = KeyedVectors.load_word2vec_format(os.path.join(OUT, 'synthetic.glove.txt'), binary=False, no_header=True)
print('words', len(kv.index_to_key))
for restrict in (300000, 100):
    score, sections = kv.evaluate_word_analogies(os.path.join(OUT, 'questions.txt'), restrict_vocab=restrict)
    print('analogies restrict', restrict, [(s['section'], len(s['correct']), len(s['correct']) + len(s['incorrect']))
                                           for s in sections])
pearson, spearman, oov = kv.evaluate_word_pairs(os.path.join(OUT, 'pairs.txt'))
print('pairs pearson %.12f spearman %.12f oov%% %.6f' % (pearson[0], spearman[0], oov))
pearson, spearman, oov = kv.evaluate_word_pairs(os.path.join(OUT, 'pairs.txt'), restrict_vocab=100)
print('pairs restrict 100: pearson %.12f spearman %.12f oov%% %.6f' % (pearson[0], spearman[0], oov))
for a, b, c in [('c00', 'k00', 'c01'), ('w001', 'w002', 'w003'), ('k10', 'c10', 'k11')]:
    print('add', a, b, c, [(w, round(s, 6)) for w, s in kv.most_similar(positive=[b, c], negative=[a], topn=4)])
    print('mul', a, b, c, [(w, round(s, 6)) for w, s in kv.most_similar_cosmul(positive=[b, c], negative=[a], topn=4)])


def cosmul_evaluate(restrict):
    """evaluate_word_analogies' rules with most_similar_cosmul's scores, restricted like 3CosAdd."""
    ok = {}
    for i, w in enumerate(kv.index_to_key[:restrict]):
        ok.setdefault(w.upper(), i)
    correct = total = 0
    for line in open(os.path.join(OUT, 'questions.txt'), encoding='utf8'):
        parts = line.split()
        if line.startswith(': ') or len(parts) != 4:
            continue
        a, b, c, e = [p.upper() for p in parts]
        if not all(x in ok for x in (a, b, c, e)):
            continue
        unit = kv.vectors / np.linalg.norm(kv.vectors, axis=1)[:, None]
        dists = kv.most_similar_cosmul(positive=[unit[ok[b]], unit[ok[c]]], negative=[unit[ok[a]]], topn=None)
        dists = dists[:restrict].copy()
        dists[[ok[a], ok[b], ok[c]]] = -np.inf
        top = np.argsort(-dists, kind='stable')[:5]
        predicted = None
        for i in top:
            predicted = kv.index_to_key[i].upper()
            if predicted not in (a, b, c):
                break
        total += 1
        correct += predicted == e
    return correct, total


print('cosmul evaluation restrict 300000', cosmul_evaluate(300000), 'restrict 100', cosmul_evaluate(100))
