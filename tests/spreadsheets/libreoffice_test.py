#!/usr/bin/env python3
"""The comparison's CSV and XLSX opened by the real client: LibreOffice.

A held-out round (names with semicolons, commas, quotes and accents, a name
that looks like a formula, a role with a tab-like comma list) is compared by
`extramile compare`; LibreOffice (headless, its own profile) imports the
CSV (with its default separators: comma, semicolon and tab), the
semicolon/decimal-comma CSV (with a Spanish locale) and the XLSX, and saves
each as a flat ODF spreadsheet, which is read back here: every row has as
many columns as the header, names and accents come back as written, totals
and means are numbers, and a name that looks like a formula stays text.

    libreoffice_test.py EXTRAMILE TEST_DATA_DIR
"""

import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

EXTRAMILE, DATA = sys.argv[1], sys.argv[2]
RUBRIC = os.path.join(DATA, "good", "sample.rubric.xml")
NS = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
      "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
      "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}
FAILURES = []

# The round: each (file name, candidate id, candidate, role, interviewer, giving, service, trust).
ROUND = [
    ("a1", "c-1", "Ana Pérez; García", "Store manager, Madrid", "Luca Bianchi", 4, 4, 5),
    ("a2", "c-1", "Ana Pérez; García", "Store manager, Madrid", "Marta Gómez", 5, 4, 4),
    ("b1", "c-2", "=HYPERLINK(\"http://x.example\",\"click\")", "Sales", "Luca Bianchi", 2, 3, 3),
    ("c1", "c-3", "Zoë \"Zo\" O'Neill", "Service; night shift", "Marta Gómez", 3, 5, 4),
    ("d1", "c-4", "Íñigo Ñúñez", "Almacén", "Luca Bianchi", 5, 5, 5),
    ("e1", "c-5", "Eva Soto", "Almacén", "Marta Gómez", 5, 5, 5),  # tied with Íñigo: both rank 1
]


def check(condition, what):
    if not condition:
        FAILURES.append(what)
        print("libreoffice_test: FAILED: " + what, flush=True)


def scorecard(cid, name, role, interviewer, ratings, index):
    def attr(value):
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
    rows = "".join(f'  <rating competency="{c}" value="{v}"/>\n' for c, v in zip(("giving", "service", "trust"), ratings))
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<scorecard xmlns="urn:extramile:scorecard:1" id="00000000-0000-4000-8000-{index:012d}" revision="1" status="submitted">\n'
            f'  <rubric id="sample" version="1.0"/>\n'
            f'  <candidate id="{cid}" name="{attr(name)}" role="{attr(role)}"/>\n'
            f'  <interviewer name="{attr(interviewer)}"/>\n{rows}'
            f'  <recommendation value="yes"/>\n</scorecard>\n')


def soffice(profile, source, out_dir, infilter=None):
    command = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore"]
    if infilter:
        command.append(f"--infilter={infilter}")
    command += ["--convert-to", "fods", "--outdir", out_dir, source]
    run = subprocess.run(command, capture_output=True, text=True, timeout=180)
    result = os.path.join(out_dir, os.path.splitext(os.path.basename(source))[0] + ".fods")
    if run.returncode != 0 or not os.path.exists(result):
        raise SystemExit(f"libreoffice_test: LibreOffice could not open {source}: {run.stdout}{run.stderr}")
    return result


def sheets(fods):
    """{sheet name: [[(type, value, text, is_formula)]]}, repeated cells expanded, trailing empties dropped."""
    out = {}
    for table in ET.parse(fods).getroot().iter(f"{{{NS['table']}}}table"):
        rows = []
        for row in table.iter(f"{{{NS['table']}}}table-row"):
            cells = []
            for cell in row:
                if cell.tag not in (f"{{{NS['table']}}}table-cell", f"{{{NS['table']}}}covered-table-cell"):
                    continue
                repeat = int(cell.get(f"{{{NS['table']}}}number-columns-repeated", "1"))
                kind = cell.get(f"{{{NS['office']}}}value-type", "")
                value = cell.get(f"{{{NS['office']}}}value")
                text = "\n".join("".join(p.itertext()) for p in cell.findall("text:p", NS))
                formula = cell.get(f"{{{NS['table']}}}formula") is not None
                cells += [(kind, value, text, formula)] * min(repeat, 64)
            while cells and cells[-1][0] == "" and cells[-1][2] == "":
                cells.pop()
            if cells:
                rows.append(cells)
        out[table.get(f"{{{NS['table']}}}name")] = rows
    return out


def check_candidates(rows, what, numbers_are_numbers=True, giving="giving"):
    header = [c[2] for c in rows[0]]
    width = len(header)
    for r, row in enumerate(rows[1:], 1):
        check(len(row) <= width, f"{what}: row {r} has {len(row)} columns, the header {width}: {[c[2] for c in row]}")
    column = {name.lower().replace(" ", "_"): i for i, name in enumerate(header)}
    names = {row[column["name"]][2] for row in rows[1:]}
    for expected in ("Ana Pérez; García", "=HYPERLINK(\"http://x.example\",\"click\")", "Zoë \"Zo\" O'Neill",
                     "Íñigo Ñúñez"):
        shown = {n.lstrip("'") for n in names}
        check(expected in shown, f"{what}: the name {expected!r} did not come back (got {sorted(names)})")
    roles = {row[column["role"]][2] for row in rows[1:]}
    check("Service; night shift" in roles and "Store manager, Madrid" in roles, f"{what}: roles came back as {roles}")
    for row in rows[1:]:
        name_cell = row[column["name"]]
        check(not name_cell[3], f"{what}: the name {name_cell[2]!r} was read as a formula")
        check(name_cell[0] in ("string", ""), f"{what}: the name {name_cell[2]!r} is a {name_cell[0]}")
        total = row[column["total"]]
        if numbers_are_numbers:
            check(total[0] == "float", f"{what}: the total of {name_cell[2]!r} is {total[0]!r} ({total[2]!r}), not a number")
    # The total adjusted for interviewer severity, beside the total, a number too.
    check("adjusted_total" in column and column.get("adjusted_total") == column["total"] + 1,
          f"{what}: no adjusted total beside the total in {header}")
    if "adjusted_total" in column:
        adjusted = [row[column["adjusted_total"]] for row in rows[1:] if len(row) > column["adjusted_total"]
                    and row[column["adjusted_total"]][2] != ""]
        check(adjusted, f"{what}: no candidate has an adjusted total")
        for cell in adjusted:
            if numbers_are_numbers:
                check(cell[0] == "float" and 0 <= float(cell[1]) <= 100,
                      f"{what}: an adjusted total reads {cell!r}, not a number from 0 to 100")
    ana = next(row for row in rows[1:] if row[column["name"]][2].lstrip("'") == "Ana Pérez; García")
    # Tied candidates share a rank, and the next rank skips (1, 1, 3).
    rank = {row[column["name"]][2].lstrip("'"): row[column["rank"]] for row in rows[1:]}
    got = {name: rank[name][1] if numbers_are_numbers else rank[name][2]
           for name in ("Íñigo Ñúñez", "Eva Soto", "Ana Pérez; García") if name in rank}
    check(got == {"Íñigo Ñúñez": "1", "Eva Soto": "1", "Ana Pérez; García": "3"},
          f"{what}: the ranks read {got}, not 1, 1 and 3")
    if numbers_are_numbers:
        # (4.5-1)/4*2 + (4-1)/4 + (4.5-1)/4, over 4 weights: 84.375
        check(abs(float(ana[column["total"]][1]) - 84.38) < 0.006, f"{what}: Ana's total reads {ana[column['total']]}")
        giving_column = column[giving.lower().replace(" ", "_")]
        check(abs(float(ana[giving_column][1]) - 4.5) < 1e-9, f"{what}: Ana's giving reads {ana[giving_column]}")


def main():
    work = tempfile.mkdtemp(prefix="extramile-lo-")
    try:
        folder = os.path.join(work, "round")
        os.makedirs(folder)
        for i, (file, cid, name, role, interviewer, *ratings) in enumerate(ROUND, 1):
            with open(os.path.join(folder, file + ".scorecard.xml"), "w", encoding="utf-8") as out:
                out.write(scorecard(cid, name, role, interviewer, ratings, i))
        base = [EXTRAMILE, "compare", "--rubric", RUBRIC]
        files = {"standard.csv": base + ["--format", "csv", folder],
                 "spanish.csv": base + ["--format", "csv", "--csv-locale", "es", folder]}
        for name, command in files.items():
            run = subprocess.run(command, capture_output=True)
            if run.returncode != 0:
                raise SystemExit(f"libreoffice_test: {' '.join(command)}: {run.stderr.decode()}")
            with open(os.path.join(work, name), "wb") as out:
                out.write(run.stdout)
        run = subprocess.run(base + ["--xlsx", os.path.join(work, "workbook.xlsx"), folder], capture_output=True)
        if run.returncode != 0:
            raise SystemExit(f"libreoffice_test: --xlsx: {run.stderr.decode()}")

        profile = os.path.join(work, "profile")
        out = os.path.join(work, "out")
        # LibreOffice's default CSV import: comma, semicolon and tab all split
        # (44/59/9), " quotes (34), UTF-8 (76), from line 1; English (1033) numbers.
        standard = sheets(soffice(profile, os.path.join(work, "standard.csv"), out, "CSV:44/59/9,34,76,1,,1033"))
        check_candidates(next(iter(standard.values())), "the standard CSV")
        # The Spanish style, opened as a Spanish spreadsheet opens it (3082: es-ES).
        spanish = sheets(soffice(profile, os.path.join(work, "spanish.csv"), out, "CSV:44/59/9,34,76,1,,3082"))
        check_candidates(next(iter(spanish.values())), "the Spanish CSV")
        workbook = sheets(soffice(profile, os.path.join(work, "workbook.xlsx"), out))
        check("Candidates" in workbook and "Ratings" in workbook, f"the workbook's sheets: {list(workbook)}")
        if "Candidates" in workbook:
            check_candidates(workbook["Candidates"], "the workbook", giving="Disinterested generosity")
        if "Ratings" in workbook:
            ratings = workbook["Ratings"]
            check(len(ratings) == 1 + 3 * len(ROUND), f"the Ratings sheet has {len(ratings) - 1} rows, not {3 * len(ROUND)}")
            check(all(row[6][0] == "float" for row in ratings[1:]), "a rating in the Ratings sheet is not a number")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if FAILURES:
        sys.exit(1)
    print("libreoffice_test: the CSVs and the workbook open right in LibreOffice")


main()
