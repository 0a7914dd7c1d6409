"""Runs two commands that print JSON with a "seconds" field (the computation only, excluding
loading), alternately, and reports each pair and the median of the per-pair ratios B/A.

  /usr/bin/python3 bench/compare_seconds.py --runs 5 \
      --a 'app/target/embedscope project --vectors FILE --method pca --dims 2 --out /tmp/a.tsv --json' \
      --b '/usr/bin/python3 bench/pca_peer.py --vectors FILE --repeats 1'
"""
import argparse
import json
import shlex
import statistics
import subprocess


def seconds(command):
    out = subprocess.run(shlex.split(command), check=True, capture_output=True, text=True).stdout
    value = json.loads(out)
    return value.get("median_seconds", value.get("seconds")), value


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--a", required=True)
    parser.add_argument("--b", required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    pairs = []
    for run in range(args.runs):
        a, _ = seconds(args.a)
        b, _ = seconds(args.b)
        pairs.append((a, b))
        print(f"run {run + 1}: A {a:.3f} s  B {b:.3f} s  B/A {b / a:.2f}", flush=True)
    print(json.dumps({
        "a_median_seconds": statistics.median(p[0] for p in pairs),
        "b_median_seconds": statistics.median(p[1] for p in pairs),
        "median_ratio_b_over_a": statistics.median(p[1] / p[0] for p in pairs),
    }, indent=2))


if __name__ == "__main__":
    main()
