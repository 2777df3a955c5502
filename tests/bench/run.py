#!/usr/bin/env python3
"""Measures `extramile compare` on 10,000 scorecards against its limit (a bare
single-thread tinyxml2 parse of the same files) and against what an analyst
would write (tests/bench/totals.py), checks both give the same totals, and
measures peak memory as candidates and note sizes grow; then the PDF of the
default rubric sheet, the app's start time (start_time.sh) and its compare
view on 2,000 scorecards (compare_view.sh). Writes the figures to
tests/bench/results.md with the machine they came from.

    run.py BUILD_DIR [--work DIR] [--candidates 2000] [--repeat 3]
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
    """Wall time (s) and peak RSS (MiB) of a command run in its own process."""
    probe = ("import resource,subprocess,sys,time;t=time.perf_counter();"
             "r=subprocess.run(sys.argv[1:],stdout=subprocess.PIPE);"
             "e=time.perf_counter()-t;"
             "print(e, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode);"
             "sys.stderr.buffer.write(r.stdout)")
    done = subprocess.run([sys.executable, "-c", probe] + command, capture_output=True, check=True)
    seconds, rss_kib, code = done.stdout.decode().split()
    if int(code) != 0:
        raise SystemExit(f"bench: {' '.join(command)} failed ({code})")
    return float(seconds), int(rss_kib) / 1024, done.stderr


def best(command, repeat):
    runs = [measure(command) for _ in range(repeat)]
    return min(r[0] for r in runs), max(r[1] for r in runs), runs[0][2]


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
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    extramile = os.path.join(args.build, "extramile")
    bare = os.path.join(args.build, "tests", "bench", "bench_bare_parse")

    main_folder = os.path.join(args.work, f"{args.candidates}x5-300w")
    generate(main_folder, args.candidates, 300)
    warm(main_folder)
    files = args.candidates * 5
    print(f"bench: {files} files, {folder_mib(main_folder):.0f} MiB", flush=True)

    bare_s, bare_mib, _ = best([bare, main_folder], args.repeat)
    compare_s, compare_mib, compare_out = best([extramile, "compare", "--format", "json", main_folder], args.repeat)
    python_s, python_mib, python_out = best([sys.executable, os.path.join(HERE, "totals.py"), RUBRIC, main_folder], 1)

    # The same totals, to the 4 decimals both print.
    ours = {c["id"]: c["total"] for c in json.loads(compare_out)["candidates"]}
    theirs = {line.split()[0]: float(line.split()[1]) for line in python_out.decode().splitlines()}
    mismatched = [k for k in theirs if abs(theirs[k] - (ours.get(k) or -1)) > 1e-3]
    if len(ours) != len(theirs) or mismatched:
        raise SystemExit(f"bench: compare and totals.py disagree on {len(mismatched)} candidates")

    # Memory as the candidates grow, and as the notes grow (same candidates).
    small = os.path.join(args.work, f"{args.candidates // 5}x5-300w")
    long_notes = os.path.join(args.work, f"{args.candidates}x5-900w")
    generate(small, args.candidates // 5, 300)
    generate(long_notes, args.candidates, 900)
    _, small_mib, _ = best([extramile, "compare", "--format", "json", small], 1)
    _, long_mib, _ = best([extramile, "compare", "--format", "json", long_notes], 1)

    # The default rubric sheet as PDF, against the program doing nothing.
    sheet = os.path.join(args.work, "sheet.pdf")
    pdf_s, pdf_mib, _ = best([extramile, "print", "generosity", "--pdf", sheet], args.repeat)
    idle_s, _, _ = best([extramile, "--version"], args.repeat)

    # The app: start time and the compare view (each prints its own line).
    app_lines = [subprocess.run([os.path.join(HERE, script), args.build] + extra, check=True,
                                capture_output=True, text=True).stdout.strip()
                 for script, extra in (("start_time.sh", []), ("compare_view.sh", [small]))]

    rows = [
        ("bare tinyxml2 parse, 1 thread (the limit)", bare_s, bare_mib, "1.00"),
        ("`extramile compare --format json`", compare_s, compare_mib, f"{compare_s / bare_s:.2f}"),
        ("Python standard library (tests/bench/totals.py)", python_s, python_mib, f"{python_s / bare_s:.2f}"),
    ]
    report = [
        f"## {datetime.date.today().isoformat()}: {machine()}",
        "",
        f"{files} scorecards ({args.candidates} candidates x 5 interviewers, default rubric, notes of 300 words "
        f"in Spanish and Italian; {folder_mib(main_folder):.0f} MiB), files in the page cache, best of {args.repeat}.",
        "",
        "| run | seconds | peak MiB | time / bare parse |",
        "| --- | ---: | ---: | ---: |",
    ]
    report += [f"| {name} | {s:.2f} | {mib:.0f} | {ratio} |" for name, s, mib, ratio in rows]
    report += [
        "",
        f"- compare / bare parse: **{compare_s / bare_s:.2f}x** (target: at most 1.0x)",
        f"- Python / compare: **{python_s / compare_s:.1f}x** slower (target: at least 5x)",
        f"- peak memory of compare: {small_mib:.0f} MiB at {files // 5} files, {compare_mib:.0f} MiB at {files} "
        f"files, {long_mib:.0f} MiB at {files} files with notes three times as long "
        f"({folder_mib(long_notes):.0f} MiB on disk) (target: under 100 MiB at 10,000 files, growing with "
        f"candidates, not with the bytes of notes)",
        "- compare and totals.py gave the same totals for every candidate.",
        f"- PDF of the default rubric sheet: **{pdf_s:.2f} s**, {pdf_mib:.0f} MiB peak (target: under 0.5 s; "
        f"the program starting and printing its version takes {idle_s:.2f} s)",
    ] + app_lines + [
        "",
    ]
    text = "\n".join(report)
    print(text)
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
    main()
