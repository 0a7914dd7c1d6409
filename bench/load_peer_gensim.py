"""gensim's side of `embedscope info --no-cache --json`: the seconds of KeyedVectors.load_word2vec_format
on a GloVe text file (no header), printed as JSON like Embedscope's load time, for compare_seconds.py.

  /usr/bin/python3 bench/load_peer_gensim.py /path/to/glove.6B.100d.txt
"""
import json
import sys
import time

from gensim.models import KeyedVectors


def main():
    path = sys.argv[1]
    start = time.perf_counter()
    vectors = KeyedVectors.load_word2vec_format(path, binary=False, no_header=True)
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "words": len(vectors), "dimension": vectors.vector_size}))


if __name__ == "__main__":
    main()
