#!/usr/bin/env python3
"""Measures `extramile compare` against its limit (a bare single-thread
tinyxml2 parse of the same files) and against what an analyst would write
(tests/bench/totals.py) on 10,000 generated scorecards with short (40 words),
medium (300) and long (900) notes, each round running the three back to back
so their ratios come from the same moment of a shared machine (medians over
the rounds); checks they give the same totals; measures compare's peak memory
against the program's resting size (`extramile --version`) at 10,000 and
100,000 scorecards; then the PDF of the default rubric sheet, the app's start
time (start_time.sh) and its compare view on 2,000 scorecards
(compare_view.sh). Writes the figures to tests/bench/results.md with the
machine they came from, says which targets were missed, and exits 1 when
one was.

    run.py BUILD_DIR [--work DIR] [--candidates 2000] [--repeat 5] [--compare-only]
"""
import argparse
import datetime
import json
import os
import platform
import resource
import subprocess
import sys
import time

# The targets (issue 13): compare's wall time over a bare single-thread
# tinyxml2 parse of the same files, Python's (totals.py) over compare's, and
# compare's peak memory over its resting size, per scorecard.
TO_BARE = 0.7
OVER_PYTHON = 5
KIB_PER_SCORECARD = 1

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
RUBRIC = os.path.join(ROOT, "rubrics", "generosity.rubric.xml")


def generate(folder, candidates, words):
    if os.path.isdir(folder) and len(os.listdir(folder)) == candidates * 5:
        return
    print(f"bench: generating {candidates * 5} scorecards ({words} words a note) in {folder}", flush=True)
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), folder, str(candidates),
                    "--words", str(words)], check=True)


def measure(command):
    """Wall time (s), peak RSS (MiB), output and CPU time (user + system, s)
    of a command run in its own process."""
    probe = ("import resource,subprocess,sys,time;t=time.perf_counter();"
             "r=subprocess.run(sys.argv[1:],stdout=subprocess.PIPE);"
             "e=time.perf_counter()-t;u=resource.getrusage(resource.RUSAGE_CHILDREN);"
             "print(e, u.ru_maxrss, r.returncode, u.ru_utime+u.ru_stime);"
             "sys.stderr.buffer.write(r.stdout)")
    done = subprocess.run([sys.executable, "-c", probe] + command, capture_output=True, check=True)
    seconds, rss_kib, code, cpu = done.stdout.decode().split()
    if int(code) != 0:
        raise SystemExit(f"bench: {' '.join(command)} failed ({code})")
    return float(seconds), int(rss_kib) / 1024, done.stderr, float(cpu)


def best(command, repeat):
    runs = [measure(command) for _ in range(repeat)]
    return min(r[0] for r in runs), max(r[1] for r in runs), runs[0][2]


def median(values):
    values = sorted(values)
    middle = len(values) // 2
    return values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2


def same_totals(compare_out, python_out):
    """compare and totals.py agree on every candidate, to the 4 decimals both print."""
    ours = {c["id"]: c["total"] for c in json.loads(compare_out)["candidates"]}
    theirs = {line.split()[0]: float(line.split()[1]) for line in python_out.decode().splitlines()}
    mismatched = [k for k in theirs if abs(theirs[k] - (ours.get(k) or -1)) > 1e-3]
    if len(ours) != len(theirs) or mismatched:
        raise SystemExit(f"bench: compare and totals.py disagree on {len(mismatched)} candidates")


def warm(folder):
    for name in os.listdir(folder):
        with open(os.path.join(folder, name), "rb") as f:
            f.read()


def folder_mib(folder):
    return sum(os.path.getsize(os.path.join(folder, n)) for n in os.listdir(folder)) / 2**20


def machine():
    model = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem = int(f.readline().split()[1]) / 2**20
    return f"{model}, {os.cpu_count()} cores, {mem:.0f} GiB RAM, {platform.platform()}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build")
    parser.add_argument("--work", default=os.path.join(ROOT, "build-bench", "data"))
    parser.add_argument("--candidates", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--compare-only", action="store_true", help="skip the PDF and the app's figures")
    args = parser.parse_args()
    extramile = os.path.join(args.build, "extramile")
    bare = os.path.join(args.build, "tests", "bench", "bench_bare_parse")

    files = args.candidates * 5
    compare = [extramile, "compare", "--format", "json"]
    lengths = (("short", 40), ("medium", 300), ("long", 900))
    rows = []
    missed = [] # the targets this run did not meet, in words
    for label, words in lengths:
        folder = os.path.join(args.work, f"{args.candidates}x5-{words}w")
        generate(folder, args.candidates, words)
        warm(folder)
        print(f"bench: {files} files with {words}-word notes, {folder_mib(folder):.0f} MiB", flush=True)
        rounds = []
        for _ in range(args.repeat):
            bare_s, _, _, bare_cpu = measure([bare, folder])
            compare_s, _, compare_out, compare_cpu = measure(compare + [folder])
            python_s, _, python_out, _ = measure([sys.executable, os.path.join(HERE, "totals.py"), RUBRIC, folder])
            same_totals(compare_out, python_out)
            rounds.append((bare_s, compare_s, python_s, bare_cpu, compare_cpu))
        bare_s, compare_s, python_s = (median(r[i] for r in rounds) for i in range(3))
        to_bare = median(r[1] / r[0] for r in rounds)
        over_python = median(r[2] / r[1] for r in rounds)
        cpu_to_bare = median(r[4] / r[3] for r in rounds)
        rows.append(f"| {label} ({words} words; {folder_mib(folder):.0f} MiB) | {bare_s:.3f} | {compare_s:.3f} | "
                    f"{python_s:.3f} | **{to_bare:.2f}** | **{over_python:.1f}** | {cpu_to_bare:.2f} |")
        if to_bare > TO_BARE:
            missed.append(f"compare / bare parse {to_bare:.2f} with {label} notes (target at most {TO_BARE})")
        if over_python < OVER_PYTHON:
            missed.append(f"Python / compare {over_python:.1f} with {label} notes (target at least {OVER_PYTHON})")

    # Peak memory over the program's own resting size, at 10,000 and 100,000
    # scorecards (short notes: memory must grow with the scorecards only).
    rest_mib = median(measure([extramile, "--version"])[1] for _ in range(3))
    memory = []
    for candidates in (2000, 20000):
        folder = os.path.join(args.work, f"{candidates}x5-40w")
        generate(folder, candidates, 40)
        warm(folder)
        peak_mib = max(measure(compare + [folder])[1] for _ in range(2))
        count = candidates * 5
        per_kib = (peak_mib - rest_mib) * 1024 / count
        memory.append(f"{peak_mib:.0f} MiB at {count:,} scorecards (**{per_kib:.2f} KiB** a scorecard over the rest)")
        if per_kib > KIB_PER_SCORECARD:
            missed.append(f"{per_kib:.2f} KiB a scorecard over the resting size at {count:,} scorecards "
                          f"(target at most {KIB_PER_SCORECARD})")

    report = [
        f"## {datetime.date.today().isoformat()}: {machine()}",
        "",
        f"{files:,} scorecards for each note length ({args.candidates:,} candidates x 5 interviewers, default rubric, "
        f"notes in Spanish and Italian on every question), files in the page cache; each round runs the three "
        f"programs back to back, medians of {args.repeat} rounds (the ratios are medians of each round's ratio).",
        "",
        "| notes | bare tinyxml2 parse, 1 thread (s) | `extramile compare --format json` (s) | "
        "Python, tests/bench/totals.py (s) | compare / bare parse | Python / compare | CPU time, compare / bare |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ] + rows + [
        "",
        f"- targets: compare at most **{TO_BARE}x** the bare parse on every note length, at least "
        f"**{OVER_PYTHON}x** faster than Python",
        "- compare and totals.py gave the same totals for every candidate in every round.",
        f"- peak memory of compare: {'; '.join(memory)}; resting size (`extramile --version`) {rest_mib:.0f} MiB "
        f"(target: at most {KIB_PER_SCORECARD} KiB a scorecard over the resting size)",
        "- " + ("every target met" if not missed else "**targets missed**: " + "; ".join(missed)),
    ]
    if args.compare_only:
        text = "\n".join(report + [""])
        print(text)
        write_results(text)
        return finish(missed)

    # The default rubric sheet as PDF, against the program doing nothing.
    sheet = os.path.join(args.work, "sheet.pdf")
    pdf_s, pdf_mib, _ = best([extramile, "print", "generosity", "--pdf", sheet], args.repeat)
    idle_s, _, _ = best([extramile, "--version"], args.repeat)

    # The app: start time and the compare view on 2,000 scorecards (each prints its own line).
    small = os.path.join(args.work, f"{args.candidates // 5}x5-300w")
    generate(small, args.candidates // 5, 300)
    app_lines = [subprocess.run([os.path.join(HERE, script), args.build] + extra, check=True,
                                capture_output=True, text=True).stdout.strip()
                 for script, extra in (("start_time.sh", []), ("compare_view.sh", [small]))]

    report += [
        f"- PDF of the default rubric sheet: **{pdf_s:.2f} s**, {pdf_mib:.0f} MiB peak (target: under 0.5 s; "
        f"the program starting and printing its version takes {idle_s:.2f} s)",
    ] + app_lines + [
        "",
    ]
    text = "\n".join(report)
    print(text)
    write_results(text)
    return finish(missed)


def finish(missed):
    """A target missed fails the run (after the figures are written), as a
    test would: the figures are the promise."""
    for target in missed:
        print(f"bench: target missed: {target}", file=sys.stderr)
    return 1 if missed else 0


def write_results(text):
    results = os.path.join(HERE, "results.md")
    header = "# Benchmark results\n\nWritten by `./packaging/dev bench` (tests/bench/run.py); newest first.\n\n"
    old = ""
    if os.path.exists(results):
        with open(results, encoding="utf-8") as f:
            old = f.read()
        old = old[len(header):] if old.startswith(header) else old
    with open(results, "w", encoding="utf-8") as f:
        f.write(header + text + "\n" + old)


if __name__ == "__main__":
    sys.exit(main())
