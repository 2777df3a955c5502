#!/usr/bin/env python3
"""Writes a realistic folder of scorecards for the benchmarks: N candidates,
each interviewed by K interviewers on the default rubric (all competencies
rated, a note on every question in Spanish or Italian, a few hundred words
each, some flags, a recommendation). Deterministic for a given seed.

    generate.py OUT_DIR CANDIDATES [--interviewers 5] [--words 300] [--seed 1] [--digest sha256:...]
"""
import argparse
import os
import random
import uuid
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

RUBRIC_NS = "urn:extramile:rubric:1"
HERE = os.path.dirname(os.path.abspath(__file__))
RUBRIC = os.path.join(HERE, "..", "..", "rubrics", "generosity.rubric.xml")

# Phrases an interviewer writes down, in the two languages of the seed posts.
SPANISH = ("la candidata describe una situación en la tienda", "un cliente llegó con un problema",
           "ayudó a un compañero nuevo durante semanas", "sin esperar nada a cambio",
           "explicó qué hizo y por qué", "el resultado fue que el cliente volvió",
           "compartió lo que había aprendido con el equipo", "reconoce el error y lo corrige",
           "habló con el responsable y propuso otra solución", "se quedó después del turno",
           "mandó al cliente a otra tienda que tenía el repuesto", "dio el mérito a su equipo")
ITALIAN = ("il candidato racconta una situazione in negozio", "un cliente è arrivato con un problema",
           "ha aiutato un collega nuovo per settimane", "senza aspettarsi nulla in cambio",
           "ha spiegato cosa ha fatto e perché", "il risultato è che il cliente è tornato",
           "ha condiviso ciò che aveva imparato con la squadra", "riconosce l'errore e lo corregge",
           "ha parlato con il responsabile e proposto un'altra soluzione", "è rimasto dopo il turno",
           "ha mandato il cliente in un altro negozio che aveva il ricambio", "ha dato il merito alla squadra")
FIRST = ("Ana", "Bruno", "Chiara", "Dario", "Elena", "Fabio", "Giulia", "Hugo", "Irene", "Javier",
         "Lucía", "Marco", "Nuria", "Óscar", "Paola", "Raúl", "Sara", "Tomás", "Valeria", "Íñigo")
LAST = ("Pérez", "Rossi", "Bianchi", "Neri", "García", "Martínez", "Romano", "Colombo", "Sánchez",
        "Ricci", "López", "Marino", "Fernández", "Greco", "Ruiz", "Bruno", "Gómez", "Conti")
INTERVIEWERS = ("Luca Bianchi", "Marta Gil", "Sofia Esposito", "Diego Navarro", "Chiara Ferri",
                "Pablo Ortega", "Giorgio Lombardi")
ROLES = ("Store manager", "Sales", "Customer care", "Team lead")


def rubric_shape():
    root = ET.parse(RUBRIC).getroot()
    competencies = []
    for c in root.findall(f"{{{RUBRIC_NS}}}competency"):
        questions = [q.get("id") for q in c.findall(f"{{{RUBRIC_NS}}}question")]
        greens = sum(1 for s in c.findall(f"{{{RUBRIC_NS}}}signal")
                     if s.get("kind") == "green" and s.get("{http://www.w3.org/XML/1998/namespace}lang") in (None, "en"))
        competencies.append((c.get("id"), questions, greens))
    return root.get("id"), root.get("version"), competencies


def note(rng, words):
    phrases = SPANISH if rng.random() < 0.5 else ITALIAN
    out, count = [], 0
    while count < words:
        sentence = rng.choice(phrases)
        out.append(sentence[0].upper() + sentence[1:] + ".")
        count += len(sentence.split())
    return " ".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("candidates", type=int)
    parser.add_argument("--interviewers", type=int, default=5)
    parser.add_argument("--words", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--digest", default="", help="the rubric's digest (extramile validate --digest)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    rubric_id, version, competencies = rubric_shape()
    os.makedirs(args.out, exist_ok=True)
    for n in range(args.candidates):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        cid = f"c-{n + 1:05d}"
        role = rng.choice(ROLES)
        level = rng.uniform(1.5, 4.8)  # the candidate's "true" level the ratings scatter around
        for k in range(args.interviewers):
            interviewer = INTERVIEWERS[k % len(INTERVIEWERS)]
            lines = [
                '<?xml version="1.0" encoding="UTF-8"?>',
                f'<scorecard xmlns="urn:extramile:scorecard:1" id="{uuid.UUID(int=rng.getrandbits(128), version=4)}" '
                f'revision="{rng.randint(5, 60)}" status="submitted">',
                f'  <rubric id="{rubric_id}" version="{version}"' + (f' digest="{args.digest}"' if args.digest else "") + '/>',
                f'  <candidate id="{cid}" name={quoteattr(name)} role={quoteattr(role)}/>',
                f'  <interviewer name={quoteattr(interviewer)}/>',
                '  <session started="2026-10-05T09:00:00Z" ended="2026-10-05T10:05:00Z"/>',
            ]
            for competency, questions, greens in competencies:
                value = min(5, max(1, round(rng.gauss(level, 0.8))))
                lines.append(f'  <rating competency="{competency}" value="{value}"/>')
            for competency, questions, greens in competencies:
                for q in questions:
                    lines.append(f'  <note question="{q}">{escape(note(rng, args.words))}</note>')
                if greens and rng.random() < 0.5:
                    lines.append(f'  <signal competency="{competency}" kind="green" index="{rng.randrange(greens)}"/>')
            recommendation = ("strong-no", "no", "yes", "strong-yes")[min(3, max(0, int(level) - 1))]
            lines.append(f'  <recommendation value="{recommendation}"/>')
            lines.append('  <event kind="submitted" at="2026-10-05T10:06:00Z"/>')
            lines.append('</scorecard>')
            path = os.path.join(args.out, f"{cid}--{k + 1}.scorecard.xml")
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
