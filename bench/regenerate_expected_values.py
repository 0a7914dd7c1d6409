#!/usr/bin/python3
"""Test aid, not part of the product: recomputes every expected value the tests quote about the
bundled dataset with the peers (gensim 4.2, numpy, scikit-learn), and prints each next to the test
file and line that quotes it, so that a reader can check the tests' numbers independently.

    /usr/bin/python3 bench/regenerate_expected_values.py

The bundled vectors are read straight from assets/data/glove-6b-100d-50k.f16 and .words.txt (the
layout is in assets/README.md), widened to float32 exactly as Embedscope does, and handed to a gensim
KeyedVectors: the same values `embedscope convert --to glove` writes and gensim would load from it.

Each line of output is `OK`, with the place the test quotes the value, or `MISMATCH`, with what was
computed and where the test was expected to quote it. The exit status is the number of mismatches.
"""
import math
import os
import re
import struct
import sys

import numpy as np
from gensim.models import KeyedVectors

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
DATA = os.path.join(ROOT, 'assets', 'data')
CLI = 'app/src/test/java/org/embedscope/app/cli/'
GUI = 'app/src/test/java/org/embedscope/app/gui/'
MAGIC = b'EMBSCOPE-F16\n'


def load_bundled():
    with open(os.path.join(DATA, 'glove-6b-100d-50k.words.txt'), encoding='utf-8') as f:
        words = f.read().split('\n')
    if words and words[-1] == '':
        words.pop()
    with open(os.path.join(DATA, 'glove-6b-100d-50k.f16'), 'rb') as f:
        raw = f.read()
    if not raw.startswith(MAGIC):
        sys.exit('not an Embedscope half-float file')
    rows, dim = struct.unpack_from('<ii', raw, len(MAGIC))
    halves = np.frombuffer(raw, dtype='<f2', count=rows * dim, offset=len(MAGIC) + 8)
    assert rows == len(words), (rows, len(words))
    kv = KeyedVectors(vector_size=dim, dtype=np.float32)
    kv.add_vectors(words, halves.astype(np.float32).reshape(rows, dim))
    return kv


class TestText:
    """A test file with its whitespace folded, so that a list broken over lines is still found."""

    def __init__(self, path):
        self.path = path
        with open(os.path.join(ROOT, path), encoding='utf-8') as f:
            text = f.read()
        self.folded, self.lines = [], []
        line = 1
        previous_space = False
        for ch in text:
            space = ch.isspace()
            if not (space and previous_space):
                self.folded.append(' ' if space else ch)
                self.lines.append(line)
            previous_space = space
            if ch == '\n':
                line += 1
        self.folded = ''.join(self.folded)
        self.numbers = [(float(m.group()), self.lines[m.start()], m.group())
                        for m in re.finditer(r'(?<![\w.])\d+\.\d+(?![\w.])', self.folded)]

    def find_text(self, needle):
        at = self.folded.find(' '.join(needle.split()))
        return None if at < 0 else self.lines[at]

    def find_number(self, value, tolerance):
        for number, line, literal in self.numbers:
            if abs(number - value) <= tolerance:
                return line, literal
        return None


class Report:
    def __init__(self):
        self.files = {}
        self.mismatches = 0

    def _file(self, path):
        if path not in self.files:
            self.files[path] = TestText(path)
        return self.files[path]

    def _print(self, found, path, line, what, shown):
        if found:
            print('OK        %s:%d  %s = %s' % (path, line, what, shown))
        else:
            self.mismatches += 1
            print('MISMATCH  %s  %s = %s (not quoted there)' % (path, what, shown))

    def words(self, path, what, words):
        """A list of words, as a Java List.of(...) argument list."""
        shown = ', '.join('"%s"' % w for w in words)
        line = self._file(path).find_text(shown)
        self._print(line is not None, path, line or 0, what, '[' + shown + ']')

    def text(self, path, what, text):
        line = self._file(path).find_text(text)
        self._print(line is not None, path, line or 0, what, text)

    def number(self, path, what, value, tolerance):
        hit = self._file(path).find_number(value, tolerance)
        shown = '%.7f' % value if hit is None else '%.7f (test: %s)' % (value, hit[1])
        self._print(hit is not None, path, hit[0] if hit else 0, what, shown)

    def integer(self, path, what, value):
        test = self._file(path)
        # As Java writes it (50_000), as a label shows it (5,123), or plain (7038), never part of another number.
        forms = [format(value, '_'), format(value, ',')] if value >= 1000 else []
        line = next((test.find_text(form) for form in forms if test.find_text(form)), None)
        if line is None:
            match = re.search(r'(?<![\w.])(?<!\d,)%d(?![\w.])(?!,\d)' % value, test.folded)
            line = test.lines[match.start()] if match else None
        self._print(line is not None, path, line or 0, what, str(value))


def neighbours(report, kv):
    path = CLI + 'CliTest.java'
    for word in ('king', 'paris', 'computer'):
        top = kv.most_similar(word, topn=10)
        report.words(path, 'gensim most_similar(%r, topn=10)' % word, [w for w, _ in top])
        if word == 'king':
            report.number(path, "  score of 'prince'", top[0][1], 2e-6)
            report.number(path, "  score of 'ii'", top[9][1], 2e-6)
    report.text(path, "top neighbour of 'king' (the neighbours alias)", '"%s"' % kv.most_similar('king', topn=1)[0][0])
    report.text(path, "top neighbour of 'queen' after convert", '"%s"' % kv.most_similar('queen', topn=1)[0][0])
    queen = [w for w, _ in kv.most_similar('queen', topn=5)]
    report.words(GUI + 'MainWindowTest.java', "gensim most_similar('queen', topn=5)", queen)
    report.text(GUI + 'MainWindowTest.java', "top neighbour of 'paris'", '"%s"' % kv.most_similar('paris', topn=1)[0][0])


def analogies(report, kv):
    path = CLI + 'SearchCliTest.java'
    add = kv.most_similar(positive=['king', 'woman'], negative=['man'], topn=5)
    report.words(path, 'gensim most_similar(+king +woman -man, topn=5)', [w for w, _ in add])
    report.number(path, "  score of 'queen'", add[0][1], 2e-6)
    report.number(path, "  score of 'monarch'", add[1][1], 2e-6)
    report.words(GUI + 'PanelsTest.java', '  its first three in the analogy panel', [w for w, _ in add[:3]])
    report.number(GUI + 'PanelsTest.java', "  score of 'queen' in the analogy panel", add[0][1], 2e-6)
    mul = kv.most_similar_cosmul(positive=['king', 'woman'], negative=['man'], topn=5)
    report.words(path, 'gensim most_similar_cosmul(+king +woman -man, topn=5)', [w for w, _ in mul])
    report.number(path, "  score of 'queen'", mul[0][1], 2e-6)
    capital = kv.most_similar(positive=['paris', 'germany'], negative=['france'], topn=10)
    report.words(path, 'gensim most_similar(+paris +germany -france, topn=3)', [w for w, _ in capital[:3]])
    report.number(path, "  score of 'berlin'", capital[0][1], 2e-6)
    rank = [w for w, _ in capital].index('vienna') + 1
    report.text(path, "  rank of 'vienna'", 'get("rank").asInt()')
    report.integer(path, "  rank of 'vienna' (value)", rank)
    # 3CosAdd with the inputs allowed: numpy on gensim's unit vectors, nothing excluded.
    unit = kv.get_normed_vectors()
    target = unit[kv.key_to_index['king']] - unit[kv.key_to_index['man']] + unit[kv.key_to_index['woman']]
    scores = unit @ (target / np.linalg.norm(target))
    order = np.argsort(-scores)[:2]
    first, second = kv.index_to_key[order[0]], kv.index_to_key[order[1]]
    report.words(path, '3CosAdd top 1 with the inputs included', [first])
    report.number(GUI + 'PanelsTest.java', "  score of '%s' with the inputs included" % first, scores[order[0]], 2e-6)
    report.text(GUI + 'PanelsTest.java', '  second with the inputs included', '"%s"' % second)


def other_metrics(report, kv):
    path = CLI + 'SearchCliTest.java'
    vectors = kv.vectors.astype(np.float64)
    king = vectors[kv.key_to_index['king']]
    for metric, distances in (('euclidean', np.sqrt(((vectors - king) ** 2).sum(axis=1))),
                              ('manhattan', np.abs(vectors - king).sum(axis=1))):
        distances[kv.key_to_index['king']] = np.inf
        order = np.argsort(distances)[:3]
        report.words(path, 'numpy %s distance to king, nearest 3' % metric, [kv.index_to_key[i] for i in order])
        for i in order:
            report.number(path, '  %s distance of %r' % (metric, kv.index_to_key[i]), distances[i], 2e-5)


def evaluation(report, kv):
    path = CLI + 'SearchCliTest.java'
    questions = os.path.join(DATA, 'eval', 'questions-words.txt')
    score, sections = kv.evaluate_word_analogies(questions, restrict_vocab=10000)
    total = sections[-1]
    correct, asked = len(total['correct']), len(total['correct']) + len(total['incorrect'])
    for test in (path, GUI + 'PanelsTest.java'):
        report.integer(test, 'gensim evaluate_word_analogies(restrict_vocab=10000) correct', correct)
        report.integer(test, '  questions asked', asked)
    for index in (0, 1, 2):
        s = sections[index]
        done = len(s['correct']) + len(s['incorrect'])
        report.text(path, '  section %d name' % index, s['section'])
        report.integer(path, '  %s correct' % s['section'], len(s['correct']))
        report.integer(path, '  %s total' % s['section'], done)
    first = sections[0]
    report.integer(GUI + 'PanelsTest.java', '  %s correct' % first['section'], len(first['correct']))
    report.integer(GUI + 'PanelsTest.java', '  %s total' % first['section'], len(first['correct']) + len(first['incorrect']))

    pairs_file = os.path.join(DATA, 'eval', 'EN-WS-353-ALL.txt')
    pearson, spearman, oov_percent = kv.evaluate_word_pairs(pairs_file)
    with open(pairs_file, encoding='utf-8') as f:
        lines = sum(1 for line in f if line.strip() and not line.startswith('#'))
    oov = round(lines * oov_percent / 100)
    report.number(path, 'gensim evaluate_word_pairs(WordSim-353) Spearman', spearman[0], 1e-6)
    report.number(path, '  Pearson', pearson[0], 1e-6)
    report.integer(path, '  pairs evaluated', lines - oov)
    report.integer(path, '  pairs out of vocabulary', oov)
    report.text(GUI + 'PanelsTest.java', '  as the panel shows them',
                'Spearman %.4f, Pearson %.4f' % (spearman[0], pearson[0]))


def dataset(report, kv):
    path = CLI + 'CliTest.java'
    report.integer(path, 'words in the bundled dataset', len(kv.index_to_key))
    report.integer(path, '  dimension', kv.vector_size)
    mib = len(kv.index_to_key) * kv.vector_size / 1048576
    report.number(CLI + 'SearchCliTest.java', 'one byte per component of the int8 index, MiB (lower bound quoted)',
                  mib, 0.08)


def tiny_tsne(report):
    """The 50-row file ProjectCommandTest writes (not the bundled data), against scikit-learn's exact t-SNE."""
    from sklearn.manifold import TSNE
    rows = [[1, 0, 0, 0.1], [-1, 0, 0, 0.1], [0, 2, 0, 0.1], [0, -2, 0, 0.1], [3, 4, 0, 0.2], [-3, 4, 1, 0.2]]
    for i in range(60):
        rows.append([math.sin(i * 0.37 + d * 1.3) + (2 if i % 3 == d else 0) for d in range(4)])
    x = np.asarray(rows[:50], dtype=np.float32)
    tsne = TSNE(perplexity=5, method='exact', n_iter=1000, init='pca', learning_rate='auto', random_state=0)
    tsne.fit(x)
    report.number(CLI + 'ProjectCommandTest.java', 'scikit-learn exact TSNE(perplexity=5) KL on the tiny file',
                  tsne.kl_divergence_, 1e-4)


def bias(report):
    """bench/bias_peer.py's numpy, scikit-learn and gensim implementations of the published bias measures."""
    import bias_peer
    from bias_peer_data import Vectors, bundled_lists
    v, lists = Vectors.bundled(), bundled_lists()
    path = CLI + 'BiasCliTest.java'
    g, ratios = bias_peer.direction(v, lists['definitional'])
    for k in range(3):
        report.number(path, 'explained variance ratio of the definitional pairs, PC%d' % (k + 1), ratios[k], 1e-6)
    for word in ('nurse', 'homemaker', 'carpenter', 'boss'):
        report.number(path, "  cos(%s, g) (its size; the test keeps the sign)" % word, abs(v.unit(word) @ g), 1e-6)
    found = [w for w in lists['professions'] if v.row(w) is not None]
    report.integer(path, '  professions in the vocabulary', len(found))
    report.integer(path, '  professions missing', len(lists['professions']) - len(found))
    cos = v.units(50_000) @ g
    order = np.argsort(-cos)
    report.words(path, '  3 words toward each end among the first 50,000',
                 [v.words[i] for i in list(order[:3]) + list(order[-3:])])
    projections = np.array([v.unit(w) @ g for w in found])
    report.number(path, 'DirectBias c=1 over the professions', np.abs(projections).mean(), 1e-6)
    report.number(path, '  c=2', (projections ** 2).mean(), 1e-6)
    w, u = v.unit('receptionist'), v.unit('softball')
    wp, up = w - (w @ g) * g, u - (u @ g) * g
    report.number(path, 'beta(receptionist, softball)', (w @ u - wp @ up / np.linalg.norm(wp) / np.linalg.norm(up))
                  / (w @ u), 1e-6)
    tests = {t['id']: t for t in lists['weat']['tests']}
    for test_id in ('weat6', 'weat7', 'weat8'):
        sets = [lists['weat']['sets'][name] for name in tests[test_id]['targets'] + tests[test_id]['attributes']]
        effect, p, exact = bias_peer.weat(v, *sets)
        assert exact
        report.number(path, '%s effect size (sample sd)' % test_id, effect, 1e-6)
        report.number(path, '  exact one-sided p-value', p, 1e-12)
    report.integer(path, '  partitions of 8 + 8 targets', math.comb(16, 8))

    path = CLI + 'BiasDebiasCliTest.java'
    debiased, equalised = bias_peer.hard_debias(v, lists, g)
    specific = set(lists['specific'])
    report.integer(path, 'hard debiasing: words neutralised', sum(w not in specific for w in v.words))
    report.integer(path, '  kept as specific', sum(w in specific for w in v.words))
    report.integer(path, '  cased pairs equalised', equalised)
    report.integer(path, '  non-specific professions checked', sum(w not in specific for w in found if w in v.index))
    before, after = bias_peer.benchmarks(v.words, v.matrix), bias_peer.benchmarks(v.words, debiased)
    report.number(path, '  gensim analogy accuracy before (restrict 30000)', before[0], 1e-6)
    report.number(path, '  after', after[0], 1e-6)
    report.number(path, '  gensim WordSim-353 Spearman before', before[1], 1e-6)
    report.number(path, '  after', after[1], 1e-6)
    lean = bias_peer.lean_recovery(v, lists, g, debiased)
    report.number(path, '  lean recovery after, scikit-learn KMeans(n_init=10)', lean[1], 0.005)


def main():
    kv = load_bundled()
    report = Report()
    for part in (dataset, neighbours, analogies, other_metrics, evaluation):
        print('# ' + part.__name__.replace('_', ' '))
        part(report, kv)
    print('# bias')
    bias(report)
    print('# tiny t-SNE')
    tiny_tsne(report)
    print('%d mismatch%s' % (report.mismatches, '' if report.mismatches == 1 else 'es'))
    return report.mismatches


if __name__ == '__main__':
    sys.exit(main())
