#!/usr/bin/python3
"""Measurement aid, not part of the product: gensim's side of the evaluation speed comparison.

    /usr/bin/python3 bench/bench_eval_gensim.py VECTORS QUESTIONS RESTRICT

VECTORS is a GloVe text file (read with load_word2vec_format(no_header=True)) or a KeyedVectors
.kv file saved earlier (loads in a second). Prints one JSON line with gensim's correct/total and
the seconds of the evaluate_word_analogies call alone.
"""
import json
import sys
import time

from gensim.models import KeyedVectors


def main():
    path, questions, restrict = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if path.endswith('.kv'):
        kv = KeyedVectors.load(path)
    else:
        kv = KeyedVectors.load_word2vec_format(path, binary=False, no_header=True)
    start = time.perf_counter()
    score, sections = kv.evaluate_word_analogies(questions, restrict_vocab=restrict)
    seconds = time.perf_counter() - start
    total = sections[-1]
    print(json.dumps({'correct': len(total['correct']), 'total': len(total['correct']) + len(total['incorrect']),
                      'accuracy': score, 'seconds': round(seconds, 3)}))


if __name__ == '__main__':
    main()
