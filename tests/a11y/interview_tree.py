#!/usr/bin/env python3
"""The interview window as a screen reader reads it.

Starts the real app (an interview on the bundled generosity rubric, a scratch
HOME) with GTK's accessibility bridge on, on the private session bus this
script runs on (dbus-run-session), and walks the AT-SPI tree the way Orca
does. What a person hears must match what the rubric says:

1. every rating button is described by its own anchor (the rubric's words),
   no anchor text names a button (wx made each one the label of the next
   button), and the "Rating" heading names the rating group, not a button;
2. every flag check box, not only the first of each column, is labelled by
   its heading, "Green flags" or "Red flags", as the rubric sorts it;
3. the competency list says "not rated", "rated 4", "not assessable" in
   words, after rating from the keyboard;
4. Tab goes notes -> rating buttons -> flags -> Finish/Next (Previous is
   disabled on the first question), read back as the focused object;
5. the summary (Finish) and the preferences report the role "dialog".

    interview_tree.py EXTRAMILE RUBRIC_FOLDER   (on an X display, inside dbus-run-session)
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

import pyatspi

EXTRAMILE, RUBRICS = sys.argv[1], sys.argv[2]
RUBRIC = os.path.join(RUBRICS, "generosity.rubric.xml")
NS = {"r": "urn:extramile:rubric:1"}
CANDIDATE = "Ana Perez"
started = time.monotonic()
failures = []


def say(text):
    print(f"interview_tree [{time.monotonic() - started:5.1f}s]: {text}", flush=True)


def check(condition, text):
    if condition:
        say("ok: " + text)
    else:
        say("FAILED: " + text)
        failures.append(text)
    return condition


def words(text):
    """Text as spoken: wrapped lines and runs of spaces are one space."""
    return re.sub(r"\s+", " ", text or "").strip()


def english(element, tag):
    for child in element.findall("r:" + tag, NS):
        if child.get("{http://www.w3.org/XML/1998/namespace}lang") == "en":
            yield child


def rubric_expectations():
    root = ET.parse(RUBRIC).getroot()
    scale = root.find("r:scale", NS)
    labels = {}
    for point in scale.findall("r:point", NS):
        labels[int(point.get("value"))] = next(english(point, "label")).text
    na_label = next(english(scale.find("r:notAssessable", NS), "label")).text
    competencies = root.findall("r:competency", NS)
    first = competencies[0]
    anchors = {a.get("value"): a.text for a in english(first, "anchor")}
    buttons = [(f"{v} · {labels[v]}", anchors[str(v)]) for v in sorted(labels)]
    buttons.append((f"0 · {na_label}", anchors["na"]))
    flags = [(s.get("kind"), s.text) for s in english(first, "signal")]
    names = [next(english(c, "name")).text for c in competencies]
    return buttons, flags, names


# --- The tree -------------------------------------------------------------

def walk(node):
    yield node
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield from walk(child)


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == "extramile":
            return app
    return None


def wait_for(what, probe, timeout=40):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            result = probe()
        except Exception:  # the tree changes under us while it is rebuilt
            result = None
        if result:
            return result
        time.sleep(0.3)
    say(f"FAILED: waited {timeout}s for {what}")
    failures.append(what)
    return None


def window(app, predicate):
    for i in range(app.childCount):
        w = app.getChildAtIndex(i)
        if w is not None and predicate(w):
            return w
    return None


def relation_targets(node, kind):
    targets = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == kind:
            targets += [relation.getTarget(i) for i in range(relation.getNTargets())]
    return targets


def holds(group, node):
    while node is not None:
        if same(node, group):
            return True
        node = node.parent
    return False


def showing(node):
    return node.getState().contains(pyatspi.STATE_SHOWING)


def same(a, b):
    return a is not None and b is not None and a.path == b.path


def focused(app):
    for w in [app.getChildAtIndex(i) for i in range(app.childCount)]:
        if w is None:
            continue
        for node in walk(w):
            if node.getState().contains(pyatspi.STATE_FOCUSED):
                return node
    return None


def key(keys):
    subprocess.run(["xdotool", "key", "--clearmodifiers", keys], check=True)
    time.sleep(0.4)


# --- The checks -------------------------------------------------------------

def check_rating_row(frame, buttons):
    nodes = list(walk(frame))
    toggles = [n for n in nodes if n.getRole() == pyatspi.ROLE_TOGGLE_BUTTON]
    check([words(t.name) for t in toggles] == [b[0] for b in buttons],
          f"the rating buttons are {[b[0] for b in buttons]} (got {[words(t.name) for t in toggles]})")
    for toggle, (name, anchor) in zip(toggles, buttons):
        check(words(toggle.description) == words(anchor),
              f"'{name}' is described by its anchor (got {words(toggle.description)[:60]!r}…)")
        describers = relation_targets(toggle, pyatspi.RELATION_DESCRIBED_BY)
        check(len(describers) == 1 and words(describers[0].name) == words(anchor),
              f"'{name}' is described by the text under it")
        others = [t for t in relation_targets(toggle, pyatspi.RELATION_LABELLED_BY) if not same(t, toggle)]
        check(not others, f"'{name}' is named by nothing but itself (labelled by {[words(o.name)[:40] for o in others]})")
    # What shows (a hidden notice bar is not met by anyone).
    for label in (n for n in nodes if n.getRole() == pyatspi.ROLE_LABEL and showing(n)):
        named = [t for t in relation_targets(label, pyatspi.RELATION_LABEL_FOR)
                 if t.getRole() in (pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_PUSH_BUTTON) and showing(t)]
        if named:
            check(False, f"the text {words(label.name)[:50]!r} names the button(s) {[t.name for t in named]}")
    heading = next((n for n in nodes if n.getRole() == pyatspi.ROLE_LABEL and words(n.name) == "Rating"), None)
    if check(heading is not None, "a 'Rating' heading is in the tree"):
        targets = relation_targets(heading, pyatspi.RELATION_LABEL_FOR)
        group = targets[0] if len(targets) == 1 else None
        # The group: whatever holds every rating button (the layout may nest them deeper).
        check(group is not None and toggles and all(holds(group, t) for t in toggles),
              f"'Rating' names the group of rating buttons (names {[(t.getRoleName(), t.name) for t in targets]})")
        check(group is not None and any(same(t, heading) for t in relation_targets(group, pyatspi.RELATION_LABELLED_BY)),
              "the rating group is labelled by 'Rating'")


def check_flags(frame, flags):
    nodes = list(walk(frame))
    boxes = [n for n in nodes if n.getRole() == pyatspi.ROLE_CHECK_BOX]
    check([words(b.name) for b in boxes] == [words(f[1]) for f in flags],
          f"the {len(flags)} flags of the first competency are check boxes")
    heading_of = {"green": "Green flags", "red": "Red flags"}
    for box, (kind, text) in zip(boxes, flags):
        labels = [words(t.name) for t in relation_targets(box, pyatspi.RELATION_LABELLED_BY)]
        check(labels == [heading_of[kind]], f"{words(text)[:40]!r}… is labelled by '{heading_of[kind]}' (got {labels})")
        heading = relation_targets(box, pyatspi.RELATION_LABELLED_BY)
        if heading:
            check(any(same(t, box) for t in relation_targets(heading[0], pyatspi.RELATION_LABEL_FOR)),
                  f"'{heading_of[kind]}' names {words(text)[:40]!r}… back")


def list_rows(frame):
    for node in walk(frame):
        if node.getRole() == pyatspi.ROLE_TABLE:
            return [words(node.getChildAtIndex(i).name) for i in range(node.childCount)
                    if node.getChildAtIndex(i).getRole() == pyatspi.ROLE_TABLE_CELL]
    return []


def competency_table(frame):
    return next((node for node in walk(frame) if node.getRole() == pyatspi.ROLE_TABLE), None)


def check_list(app, names):
    frame = window(app, lambda w: CANDIDATE in (w.name or ""))
    table = competency_table(frame)
    labels = [words(t.name) for t in relation_targets(table, pyatspi.RELATION_LABELLED_BY)] if table else []
    check(table is not None and words(table.name) == "Competencies" and not any(CANDIDATE in l for l in labels),
          f"the competency list is named 'Competencies', not by the candidate (name {table.name if table else None!r}, "
          f"labelled by {labels})")
    rows = list_rows(frame)
    check(len(rows) == len(names) and all(r.startswith(n[:20]) and r.endswith("not rated") for r, n in zip(rows, names)),
          f"every competency row says 'not rated' before any rating (rows {rows})")
    key("Escape")  # out of the notes: a bare digit rates
    key("4")
    key("alt+2")
    key("Escape")
    key("0")
    key("alt+1")

    def rated():
        r = list_rows(window(app, lambda w: CANDIDATE in (w.name or "")))
        return r if len(r) > 1 and r[0].endswith("rated 4") and r[1].endswith("not assessable") else None

    rows = wait_for("the rows to say 'rated 4' and 'not assessable'", rated, timeout=10) or list_rows(frame)
    check(len(rows) > 2 and rows[0].endswith("rated 4") and rows[1].endswith("not assessable")
          and rows[2].endswith("not rated"), f"after rating, the rows say it in words (rows {rows[:3]})")
    # Undo both ratings, so that Tab meets the rating row as it started.
    key("ctrl+z")
    key("ctrl+z")


def check_tab_order(app, buttons, flags):
    frame = window(app, lambda w: CANDIDATE in (w.name or ""))
    key("ctrl+l")  # the notes
    start = wait_for("the focus in the notes", lambda: (f := focused(app)) and f.getRole() == pyatspi.ROLE_TEXT and f)
    check(start is not None, "the notes have the focus")
    expected = [b[0] for b in buttons] + [words(f[1]) for f in flags] + ["Finish…", "Next >"]
    seen = []
    for _ in expected:
        key("Tab")
        node = focused(app)
        seen.append(words(node.name) if node is not None else None)
    check(seen == expected, "Tab goes notes -> rating -> flags -> navigation:\n      expected "
          + repr(expected) + "\n      got      " + repr(seen))
    del frame


def check_dialogs(app):
    key("ctrl+l")
    key("ctrl+shift+f")
    summary = wait_for("the summary window", lambda: window(app, lambda w: CANDIDATE not in (w.name or "")))
    if summary is not None:
        check(summary.getRole() == pyatspi.ROLE_DIALOG,
              f"the summary ('{summary.name}') is a dialog (role {summary.getRoleName()})")
    key("Escape")
    wait_for("the summary to close", lambda: window(app, lambda w: CANDIDATE not in (w.name or "")) is None, 10)
    key("ctrl+comma")
    prefs = wait_for("the preferences", lambda: window(app, lambda w: "Preferences" in (w.name or "")))
    if prefs is not None:
        check(prefs.getRole() == pyatspi.ROLE_DIALOG,
              f"the preferences ('{prefs.name}') are a dialog (role {prefs.getRoleName()})")
    key("Escape")


def main():
    buttons, flags, names = rubric_expectations()
    home = tempfile.mkdtemp(prefix="extramile-a11y-")
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=f"{home}/.config", XDG_DATA_HOME=f"{home}/.local/share",
               EXTRAMILE_RUBRIC_PATH=RUBRICS, LC_ALL="C.UTF-8", EXTRAMILE_FATAL_ASSERTS="1")
    # The bridge on: that is the point. GTK 3 has it built in (GTK_MODULES
    # named it for GTK 2, and GTK 3 only complains that no such module exists).
    env.pop("NO_AT_BRIDGE", None)
    env.pop("GTK_MODULES", None)
    log = open(os.path.join(home, "app.log"), "w")
    app_process = subprocess.Popen([EXTRAMILE, "interview", "--rubric", "generosity", "--candidate", CANDIDATE,
                                    "--interviewer", "Luca Bianchi", "--dir", os.path.join(home, "scorecards")],
                                   env=env, stdout=log, stderr=log)
    try:
        app = wait_for("the app on the accessibility bus", lambda: (a := find_app()) and a.childCount and a)
        frame = app and wait_for("the interview window", lambda: window(app, lambda w: CANDIDATE in (w.name or "")))
        if frame is not None:
            # The rating row is filled once the window has its size.
            wait_for("the rating buttons", lambda: any(n.getRole() == pyatspi.ROLE_TOGGLE_BUTTON for n in walk(frame)))
            check_rating_row(frame, buttons)
            check_flags(frame, flags)
            check_list(app, names)
            check_tab_order(app, buttons, flags)
            check_dialogs(app)
    finally:
        app_process.terminate()
        try:
            app_process.wait(20)
        except subprocess.TimeoutExpired:
            app_process.kill()
        log.close()
        if failures:
            say("the app said:\n" + open(os.path.join(home, "app.log")).read()[-3000:])
        shutil.rmtree(home, ignore_errors=True)
    if failures:
        say(f"{len(failures)} check(s) failed")
        sys.exit(1)
    say("all checks passed")


main()
