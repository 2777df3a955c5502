#!/usr/bin/env python3
"""What an HR analyst would write instead of Extra Mile: the totals of a
folder of scorecards with Python's standard library, by the formula of
docs/formats.md (submitted scorecards, competency means, weighted 0-100
total). Prints "candidate_id total" lines, highest first.

    totals.py RUBRIC FOLDER
"""
import os
import sys
import xml.etree.ElementTree as ET

R = "{urn:extramile:rubric:1}"
S = "{urn:extramile:scorecard:1}"


def main():
    rubric = ET.parse(sys.argv[1]).getroot()
    scale = rubric.find(R + "scale")
    low, high = int(scale.get("min")), int(scale.get("max"))
    weights = {c.get("id"): float(c.get("weight", "1")) for c in rubric.findall(R + "competency")}
    ratings = {}  # candidate -> competency -> [values]
    for folder, _, files in os.walk(sys.argv[2]):
        for name in files:
            if not name.endswith(".scorecard.xml"):
                continue
            card = ET.parse(os.path.join(folder, name)).getroot()
            if card.get("status") != "submitted":
                continue
            candidate = card.find(S + "candidate").get("id")
            for r in card.findall(S + "rating"):
                if r.get("value") != "na":
                    ratings.setdefault(candidate, {}).setdefault(r.get("competency"), []).append(int(r.get("value")))
    totals = []
    for candidate, by_competency in ratings.items():
        num = den = 0.0
        for competency, values in by_competency.items():
            mean = sum(values) / len(values)
            num += weights[competency] * (mean - low) / (high - low)
            den += weights[competency]
        totals.append((100 * num / den, candidate))
    for total, candidate in sorted(totals, reverse=True):
        print(f"{candidate} {total:.4f}")


if __name__ == "__main__":
    main()
