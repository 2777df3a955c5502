#!/usr/bin/env python3
"""Reference numbers for tests/cli/calibration_validity_test.cpp, computed
apart from Extra Mile: Python's statistics module on the totals and means
`extramile compare --format json` gives and the performance CSV.

usage: validity_reference.py COMPARE.json PERFORMANCE.csv  -> JSON on stdout
"""
import csv
import json
import math
import statistics
import sys


def ranks(values):
    """1-based ranks, ties given the mean of the ranks they span."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    result = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            result[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return result


def summary(pairs):
    x = [p[0] for p in pairs]
    y = [p[1] for p in pairs]
    out = {"n": len(pairs), "pearson": None, "pearson_ci95": None, "spearman": None}
    if len(pairs) < 3:
        return out
    r = statistics.correlation(x, y)
    out["pearson"] = r
    if len(pairs) > 3:
        z = math.atanh(r)
        half = statistics.NormalDist().inv_cdf(0.975) / math.sqrt(len(pairs) - 3)
        out["pearson_ci95"] = [math.tanh(z - half), math.tanh(z + half)]
    out["spearman"] = statistics.correlation(ranks(x), ranks(y))
    return out


def main():
    comparison = json.load(open(sys.argv[1], encoding="utf-8"))
    with open(sys.argv[2], encoding="utf-8-sig", newline="") as f:
        performance = {row["candidate_id"]: float(row["performance"]) for row in csv.DictReader(f)}
    totals, competencies = [], {}
    for c in comparison["candidates"]:
        if c["id"] not in performance:
            continue
        y = performance[c["id"]]
        if c["total"] is not None:
            totals.append((c["total"], y))
        for cid, r in c["competencies"].items():
            if r["mean"] is not None:
                competencies.setdefault(cid, []).append((r["mean"], y))
    json.dump({"total": summary(totals),
               "competencies": {cid: summary(p) for cid, p in competencies.items()}}, sys.stdout)


main()
