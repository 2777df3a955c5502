#!/usr/bin/env python3
"""The Windows installer and the installed program, under wine and Xvfb,
driven from outside as a person would (ctest: windows_gui_smoke):

  1. a fresh wine prefix; `wine msiexec /i extramile-VERSION-x64.msi /qn`;
     the files, the Start menu entry, the ProgIDs and "Open with" for .xml
     are there, and .xml is not taken over;
  2. the console build answers from a console: `extramile validate` prints
     and returns its exit code, for a good and a broken rubric;
  3. the installed extramile.exe starts on the start page; F1 opens the
     user guide in its own window (the pages the installer put where
     src/app/user_guide.cpp looks: not the "not installed" message); Ctrl+Q
     ends it; `extramile.exe interview --candidate "José Núñez" ...` opens an
     interview, whose first layout must be the one a resize there and back
     gives (its controls read through Win32 by window_layout.exe), the
     competency list a column of its own; it is typed with xdotool (notes, a
     rating, the next question); the
     scorecard on disk (in %LOCALAPPDATA%, where the README says) carries
     the name in its file name, validates against the XSD and holds the
     text, within 2.5 s;
  4. the interview is exported as a PDF through the program's own dialog,
     and Linux's pdftotext reads the candidate and the notes back from it;
  5. the print preview opens (cairo on the preview's metafile DC) when the
     prefix has a printer, and is refused with a message when it has none
     (a prefix without CUPS: then the preview is reported as skipped);
     screenshots of the start page, the interview and the preview are kept
     in --out for a person to look at;
  6. Ctrl+Q ends the program with exit code 0 and its lock is gone; the
     compare view opens on a copy of tests/data/panel, and shows it;
  7. `msiexec /x` removes the program, the Start menu entry and every
     registry key it wrote, and leaves the user's scorecards alone.

Everything on Linux (pdftotext, xmllint, ImageMagick, xdotool) is run
here, by the driver, never from inside wine; inside it run only the
installed program, its console build and window_layout.exe (built beside
the tests, tests/windows/window_layout.cpp)."""
import argparse
import glob
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time

# Non-ASCII: the name, the file name and the PDF carry it.
CANDIDATE = "José Núñez"
INTERVIEWER = "Marta Rossi"
NOTE_1 = "Answer 1: she stayed after closing to teach Pepe the till."
NOTE_2 = "Answer 2: gave her own lunch break to a customer in need."

failures = []


def check(what, ok, detail=""):
    print(("ok: " if ok else "FAILED: ") + what + (f" ({detail})" if detail and not ok else ""), flush=True)
    if not ok:
        failures.append(what)
    return ok


def require(what, ok, detail=""):
    if not check(what, ok, detail):
        raise SystemExit(finish())


def finish():
    print(f"gui_smoke: {len(failures)} failed" if failures else "gui_smoke: all passed", flush=True)
    return 1 if failures else 0


class Wine:
    def __init__(self, wine, prefix, display):
        self.wine = wine
        self.env = dict(os.environ, WINEPREFIX=str(prefix), WINEDEBUG="-all", DISPLAY=display,
                        WINEDLLOVERRIDES="mscoree,mshtml=", LC_ALL="C.UTF-8")
        self.prefix = pathlib.Path(prefix)

    def run(self, *args, timeout=300, **kw):
        return subprocess.run([self.wine, *args], env=self.env, capture_output=True, timeout=timeout, **kw)

    def start(self, *args, log):
        return subprocess.Popen([self.wine, *args], env=self.env, stdout=log, stderr=subprocess.STDOUT)

    def c_drive(self, windows_path):
        return self.prefix / "drive_c" / windows_path.replace("\\", "/")

    def reg_query(self, key, value=None):
        args = ["reg", "query", key] + (["/v", value] if value is not None else [])
        done = self.run(*args, timeout=60)
        return done.returncode == 0, done.stdout.decode("utf-8", "replace")


def xdotool(display, *args, timeout=30):
    return subprocess.run(["xdotool", *args], env=dict(os.environ, DISPLAY=display), capture_output=True,
                          timeout=timeout)


def wait_for_window(display, title, seconds=60):
    end = time.time() + seconds
    while time.time() < end:
        found = xdotool(display, "search", "--onlyvisible", "--name", title)
        if found.returncode == 0 and found.stdout.strip():
            window = found.stdout.split()[-1].decode()
            xdotool(display, "windowfocus", "--sync", window)
            time.sleep(1.0)  # the first layout and the focus settle
            return window
        time.sleep(0.3)
    return None


def find_window(display, title):
    found = xdotool(display, "search", "--onlyvisible", "--name", title)
    return found.stdout.split()[-1].decode() if found.returncode == 0 and found.stdout.strip() else None


def wait_for_either(display, wanted, instead, seconds=60):
    """The window titled `wanted`, or else the one titled `instead` (a message
    saying why not), whichever shows first: (wanted, None), (None, instead)
    or (None, None) after `seconds`."""
    end = time.time() + seconds
    while time.time() < end:
        found = find_window(display, wanted)
        if found:
            return found, None
        other = find_window(display, instead)
        if other:
            return None, other
        time.sleep(0.5)
    return None, None


def press(display, *keys):
    for key in keys:
        xdotool(display, "key", "--clearmodifiers", key)
        time.sleep(0.25)


def type_text(display, text):
    xdotool(display, "type", "--delay", "40", text, timeout=120)
    time.sleep(0.3)


def window_layout(wine, helper, title):
    """The window titled ...TITLE... as Win32 lays it out, read from outside
    by window_layout.exe: {"client": (w, h), "outer": (w, h), "windows":
    [(depth, class, x, y, w, h, text), ...], "rows": [list box rows]}, or
    None when there is no such window."""
    done = wine.run(helper, "list", title, timeout=60)
    if done.returncode != 0:
        return None
    layout = {"windows": [], "rows": []}
    for line in done.stdout.decode("utf-8", "replace").splitlines():
        part = line.split("\t")
        if part[0] == "window":
            layout["client"] = (int(part[1]), int(part[2]))
            layout["outer"] = (int(part[3]), int(part[4]))
        elif part[0] == "row":
            layout["rows"].append(part[1])
        elif len(part) >= 6:
            layout["windows"].append((int(part[0]), part[1], *map(int, part[2:6]), "\t".join(part[6:])))
    return layout


def geometry(layout):
    """Where every control is and what it says: what two layouts of one page
    share. The clocks are left out (a tick sizes their label to its text
    until the next layout), and so are the status bar's changing words."""
    def words(kind, text):
        return "" if kind.lower() == "msctls_statusbar32" else text
    return sorted((d, kind, x, y, w, h, words(kind, text)) for d, kind, x, y, w, h, text in layout["windows"]
                  if not re.search(r"\d+:\d\d", text) or kind.lower() == "msctls_statusbar32")


def layout_differences(a, b):
    only_a, only_b = set(geometry(a)) - set(geometry(b)), set(geometry(b)) - set(geometry(a))
    return sorted(only_a)[:6], sorted(only_b)[:6]


def list_boxes(layout):
    return [w for w in layout["windows"] if w[1].lower() == "listbox"]


def screenshot(display, out, name, window=None):
    """The screen, or only WINDOW (an X window id from xdotool)."""
    path = out / f"{name}.png"
    subprocess.run(["import", "-display", display, "-window", window or "root", str(path)], check=False,
                   timeout=60)
    # A blank or black screen has one or two colours and no ink, or all ink;
    # a drawn window has text and borders. Colours alone do not say it:
    # with Wine's own Tahoma (fonts-wine) text is drawn unsmoothed (its gasp
    # table turns grey levels off at dialog sizes), and the start page has
    # 45 colours where DejaVu's smoothed text gives 69.
    measured = subprocess.run(["convert", str(path), "-format", "%k ", "-write", "info:", "-colorspace", "gray",
                               "-threshold", "40%", "-negate", "-format", "%[fx:mean]", "info:"],
                              capture_output=True, text=True).stdout.split()
    colours, ink = (int(measured[0]), float(measured[1])) if len(measured) == 2 else (0, 0.0)
    check(f"screenshot {path.name} shows a window", colours > 16 and 0.003 < ink < 0.5,
          f"{colours} colours, {ink:.1%} of it dark")
    return path


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--wine", required=True)
    parser.add_argument("--msi", required=True)
    parser.add_argument("--rubric", required=True, help="a good rubric (Linux path)")
    parser.add_argument("--schema", required=True, help="scorecard.xsd")
    parser.add_argument("--panel", required=True, help="a folder of scorecards to compare (copied first)")
    parser.add_argument("--panel-rubric", required=True, help="the panel's rubric (copied beside them)")
    parser.add_argument("--window-layout", required=True, help="window_layout.exe, which reads a window's controls")
    parser.add_argument("--out", required=True, help="where screenshots and the PDF are kept")
    args = parser.parse_args()
    out = pathlib.Path(args.out)
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    require("the MSI exists (cmake --build BUILD --target msi)", os.path.isfile(args.msi), args.msi)

    xvfb = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    display = ":" + xvfb.stdout.readline().decode().strip()
    prefix = tempfile.mkdtemp(prefix="extramile-smoke-wine-")
    wine = Wine(args.wine, prefix, display)
    app_log = open(out / "extramile.log", "wb")
    try:
        return smoke(wine, display, args, out, app_log)
    finally:
        subprocess.run(["wineserver", "-k"], env=wine.env, capture_output=True)
        app_log.close()
        xvfb.terminate()
        xvfb.wait()
        shutil.rmtree(prefix, ignore_errors=True)


def check_first_layout(wine, display, args, out, interview):
    """The interview's first layout is the one the window keeps: the same as
    after a resize there and back (a layout computed before the window had
    its size once kept the competency list at the width of an empty list,
    its names cut, and the rating row in one line), the list a real column
    whose rows all say where each competency stands."""
    title = "interview by " + INTERVIEWER
    first = window_layout(wine, args.window_layout, title)
    if not check("window_layout reads the interview window", first is not None and len(list_boxes(first)) == 1,
                 str(first)[:300]):
        return
    screenshot(display, out, "interview-first-layout", interview)
    width, height = first["outer"]
    wine.run(args.window_layout, "resize", title, str(width - 100), str(height), timeout=60)
    time.sleep(1.5)  # the size event, then the page wrapped again after it
    narrower = window_layout(wine, args.window_layout, title)
    wine.run(args.window_layout, "resize", title, str(width), str(height), timeout=60)
    time.sleep(1.5)
    again = window_layout(wine, args.window_layout, title)
    screenshot(display, out, "interview-after-resize", interview)
    if not check("the layout is read after the resizes", narrower is not None and again is not None):
        return
    check("resizing the interview window lays it out anew", narrower["client"] != first["client"] and
          geometry(narrower) != geometry(first), f"{first['client']} -> {narrower['client']}")
    check("the interview's first layout is the one a resize gives", geometry(again) == geometry(first),
          "first only: %s; after the resize only: %s" % layout_differences(first, again))
    box = list_boxes(first)[0]
    client_width = first["client"][0]
    check("the competency list is a column of its own (a quarter of the window, 1/6 at least)",
          box[4] >= client_width // 6, f"{box[4]} px of {client_width}")
    check("every row of the competency list says where the competency stands",
          first["rows"] and all(" · " in row for row in first["rows"]), str(first["rows"]))


def smoke(wine, display, args, out, app_log):
    started = time.time()
    wine.run("wineboot", "-i", timeout=300)
    print(f"wine prefix ready in {time.time() - started:.0f} s", flush=True)

    # 1. Install, per machine.
    msi_windows = "Z:" + os.path.abspath(args.msi).replace("/", "\\")
    done = wine.run("msiexec", "/i", msi_windows, "/qn", timeout=600)
    require("msiexec /i ... /qn succeeds", done.returncode == 0, done.stderr.decode(errors="replace")[-500:])
    install = wine.c_drive("Program Files/Extra Mile")
    for part in ["bin/extramile.exe", "bin/extramile.com", "share/extramile/rubrics/generosity.rubric.xml",
                 "share/extramile/rubrics/scorecard.xsd", "share/locale/es/LC_MESSAGES/extramile.mo",
                 "share/locale/it/LC_MESSAGES/extramile.mo", "share/locale/es/LC_MESSAGES/wxstd-3.2.mo",
                 "share/locale/it/LC_MESSAGES/wxstd-3.2.mo", "share/doc/extramile/html/index.html",
                 "share/doc/extramile/html/index.es.html", "share/doc/extramile/html/index.it.html",
                 "share/doc/extramile/html/formats.html", "share/doc/extramile/html/docs/images/interview-en.png"]:
        check(f"installed {part}", (install / part).is_file())
    # All users' Start menu, as ALLUSERS=1 asks; wine 8's msiexec puts it in
    # the user's own Start menu instead, so either counts here.
    user = os.environ.get("USER", "root")
    shortcuts = [wine.c_drive("ProgramData/Microsoft/Windows/Start Menu/Programs/Extra Mile.lnk"),
                 wine.c_drive(f"users/{user}/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Extra Mile.lnk")]
    shortcut = next((s for s in shortcuts if s.is_file()), shortcuts[0])
    check("the Start menu entry is there", shortcut.is_file(), " or ".join(map(str, shortcuts)))
    if shortcut.is_file():
        target = shortcut.read_bytes()
        check("the Start menu entry starts extramile.exe",
              b"extramile.exe" in target or "extramile.exe".encode("utf-16-le") in target)
    for key in [r"HKLM\Software\Classes\ExtraMile.Scorecard\shell\open\command",
                r"HKLM\Software\Classes\ExtraMile.Rubric\shell\open\command",
                r"HKLM\Software\Classes\Applications\extramile.exe\SupportedTypes"]:
        ok, text = wine.reg_query(key)
        check(f"registry: {key}", ok and "extramile" in text.lower() or ok and ".xml" in text, text[-300:])
    ok, text = wine.reg_query(r"HKLM\Software\Classes\.xml\OpenWithProgids", "ExtraMile.Scorecard")
    check("\"Open with\" lists Extra Mile for .xml", ok, text[-300:])
    ok, text = wine.reg_query(r"HKLM\Software\Classes\.xml", "")
    check(".xml is not taken over", "ExtraMile" not in text, text[-300:])

    # 2. The console build, from a console.
    com = r"C:\Program Files\Extra Mile\bin\extramile.com"
    good = "Z:" + os.path.abspath(args.rubric).replace("/", "\\")
    done = wine.run(com, "validate", good, timeout=120)
    check("extramile validate GOOD prints and exits 0", done.returncode == 0 and b"valid" in done.stdout,
          f"exit {done.returncode}: {done.stdout[-300:]!r} {done.stderr[-300:]!r}")
    broken = pathlib.Path(out / "broken.rubric.xml")
    broken.write_text(pathlib.Path(args.rubric).read_text(encoding="utf-8").replace('weight="', 'weight="-', 1),
                      encoding="utf-8")
    done = wine.run(com, "validate", "Z:" + str(broken).replace("/", "\\"), timeout=120)
    check("extramile validate BROKEN names the file and line and exits 1",
          done.returncode == 1 and b"broken.rubric.xml:" in done.stderr,
          f"exit {done.returncode}: {done.stderr[-300:]!r}")

    # 3. The installed program: its start page, then an interview started
    # from the command line (as README says), for a name xdotool could not
    # type reliably under wine (it drops é and ñ now and then), which also
    # brings "José Núñez" through the wide command line into the file name.
    app = wine.start(r"C:\Program Files\Extra Mile\bin\extramile.exe", log=app_log)
    start_page = wait_for_window(display, "^Extra Mile$", 120)
    require("the start page opens", start_page is not None)
    screenshot(display, out, "start-page", start_page)
    # F1: the guide the installer put in share\doc\extramile\html, found
    # from bin\ as on Linux; when it is not found a message box titled
    # "User guide" says so instead.
    press(display, "F1")
    guide, missing = wait_for_either(display, "^Extra Mile user guide$", "^User guide$")
    if check("F1 opens the installed user guide", guide is not None,
             "the program said it is not installed" if missing else "no window in 60 s"):
        time.sleep(2)  # the page and its pictures load
        screenshot(display, out, "user-guide", guide)
        # Alt+F4, as a hand would (xdotool's windowclose destroys the X
        # window under wine's feet and leaves the Windows one open).
        xdotool(display, "windowfocus", "--sync", guide)
        press(display, "alt+F4")
        end = time.time() + 20
        while time.time() < end and find_window(display, "^Extra Mile user guide$"):
            time.sleep(0.3)
        check("Alt+F4 closes the user guide", find_window(display, "^Extra Mile user guide$") is None)
    elif missing:
        screenshot(display, out, "user-guide-missing")
        xdotool(display, "windowactivate", "--sync", missing)
        press(display, "Return")
    time.sleep(1)
    wait_for_window(display, "^Extra Mile$", 10)
    press(display, "ctrl+q")
    try:
        code = app.wait(timeout=60)
    except subprocess.TimeoutExpired:
        app.kill()
        code = None
    check("Ctrl+Q closes the start page with exit code 0", code == 0, f"exit {code}")
    app = wine.start(r"C:\Program Files\Extra Mile\bin\extramile.exe", "interview", "--rubric", "generosity",
                     "--candidate", CANDIDATE, "--interviewer", INTERVIEWER, log=app_log)
    interview = wait_for_window(display, CANDIDATE, 120)
    if not check("the interview window opens", interview is not None):
        screenshot(display, out, "no-interview-window")
        raise SystemExit(finish())
    time.sleep(1)
    check_first_layout(wine, display, args, out, interview)
    type_text(display, NOTE_1)
    press(display, "Escape", "4", "alt+Right")
    time.sleep(1.0)  # the next question shows and the notes take the focus
    # Under wine the Alt released after the Alt+Right shortcut puts the menu
    # bar in keyboard mode (the next letters went to the menus: "Answer 2:"
    # arrived as "2:"); a click into the notes, as a hand would, ends it.
    # Wine's own doing, with any Win32 accelerator on Alt+key: Windows notes
    # "another key went down while Alt was held" in its input queue, wine
    # only in DefWindowProc (menu_sys_key, dlls/win32u/defwnd.c), which never
    # sees the key down TranslateAccelerator took; a plain Win32 program
    # with an Alt+Right accelerator does the same there (README, Windows).
    xdotool(display, "mousemove", "--window", interview, "700", "350", "click", "1")
    time.sleep(0.5)
    type_text(display, NOTE_2)
    time.sleep(2.5)  # every change is on disk within two seconds
    folder = wine.c_drive(f"users/{user}/AppData/Local/extramile/scorecards")
    cards = sorted(p for p in glob.glob(str(folder / "*.scorecard.xml")) if not os.path.basename(p).startswith("."))
    require("one scorecard in %LOCALAPPDATA%\\extramile\\scorecards", len(cards) == 1, f"{folder}: {cards}")
    card = pathlib.Path(cards[0])
    check("its file name carries the candidate's name", card.name.startswith("josé-núñez--marta-rossi--"), card.name)
    text = card.read_text(encoding="utf-8")
    check("the scorecard holds the candidate's name", CANDIDATE in text)
    check("the scorecard holds the first note", NOTE_1 in text)
    check("the scorecard holds the second note", NOTE_2 in text)
    check("the scorecard holds the rating", 'value="4"' in text)
    lint = subprocess.run(["xmllint", "--noout", "--schema", args.schema, str(card)], capture_output=True)
    check("the scorecard is valid against scorecard.xsd", lint.returncode == 0, lint.stderr.decode()[-500:])
    done = wine.run(com, "validate", "C:\\" + str(card.relative_to(wine.prefix / "drive_c")).replace("/", "\\"),
                    timeout=120)
    check("extramile validate accepts the scorecard", done.returncode == 0,
          f"{done.stdout[-300:]!r} {done.stderr[-300:]!r}")
    lock = card.parent / ("." + card.name + ".lock")
    check("the open scorecard is locked", lock.is_file())
    screenshot(display, out, "interview")
    screenshot(display, out, "interview-window", interview)

    # 4. Export a PDF through the program's own dialog.
    pdf = out / "interview.pdf"
    press(display, "ctrl+e")
    dialog = wait_for_window(display, "Export", 60)
    if check("the export dialog opens", dialog is not None):
        press(display, "ctrl+a")
        type_text(display, "Z:" + str(pdf).replace("/", "\\"))
        press(display, "Return")
        end = time.time() + 30
        while time.time() < end and not pdf.is_file():
            time.sleep(0.5)
        time.sleep(1)
        if check("the PDF is written", pdf.is_file()):
            words = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True).stdout
            words = words.decode("utf-8")
            flat = "".join(words.split())
            check("pdftotext reads the candidate back", CANDIDATE in words, words[:300])
            check("pdftotext reads the first note back", "".join(NOTE_1.split()) in flat, words[:600])

    # 5. The print preview: it needs a printer (wxMSW measures the page on
    # the printer's DC). A wine prefix without CUPS has none, and then the
    # program must say so and carry on; with one, the preview is shown.
    wait_for_window(display, CANDIDATE, 10)
    press(display, "ctrl+shift+p")
    preview, refused = wait_for_either(display, "^Print preview – ", "^Print preview$")
    if preview:
        check("the print preview opens", True)
        time.sleep(3)
        screenshot(display, out, "print-preview")
        xdotool(display, "windowclose", preview)
    else:
        check("without a printer the print preview is refused with a message", refused is not None)
        print("skipped: the print preview itself (no printer in this wine prefix)", flush=True)
        if refused:
            screenshot(display, out, "print-preview-refused")
            xdotool(display, "windowactivate", "--sync", refused)
            press(display, "Return")
    time.sleep(1)

    # 6. Quit: saved, lock released, exit code 0.
    wait_for_window(display, CANDIDATE, 10)
    press(display, "ctrl+q")
    try:
        code = app.wait(timeout=60)
    except subprocess.TimeoutExpired:
        app.kill()
        code = None
    check("Ctrl+Q ends the program with exit code 0", code == 0, f"exit {code}")
    check("the lock is released", not lock.exists())

    # The compare view on a panel's folder (opened as File > Open or "Open
    # with" would: the folder on the command line), in a folder with a
    # non-ASCII name, its rubric beside the scorecards.
    # (Not in Documents: wine links that to the Linux home folder.)
    panel = wine.c_drive("Entrevistas/Panel José")
    shutil.copytree(args.panel, panel)
    shutil.copy(args.panel_rubric, panel)
    app = wine.start(r"C:\Program Files\Extra Mile\bin\extramile.exe",
                     r"C:\Entrevistas\Panel José", log=app_log)
    compare = wait_for_window(display, "^Compare candidates – Panel José$", 120)
    if check("the compare view opens on the panel", compare is not None):
        time.sleep(3)  # the folder is read in the background, then the radar is drawn
        screenshot(display, out, "compare", compare)
        # Ctrl+W closes it, and with it the program (its last window).
        press(display, "ctrl+w")
    else:
        screenshot(display, out, "no-compare-window")
        app.kill()
    try:
        code = app.wait(timeout=60)
    except subprocess.TimeoutExpired:
        app.kill()
        code = None
    check("Ctrl+W closes the compare view and ends the program with exit code 0", code == 0, f"exit {code}")

    # 7. Uninstall: the program and what it told Windows go, the user's files stay.
    done = wine.run("msiexec", "/x", msi_windows, "/qn", timeout=600)
    check("msiexec /x ... /qn succeeds", done.returncode == 0, done.stderr.decode(errors="replace")[-500:])
    left = [str(p) for p in install.rglob("*")] if install.exists() else []
    check("nothing is left in Program Files\\Extra Mile", not install.exists(), " ".join(left[:10]))
    check("the Start menu entry is gone", not any(s.exists() for s in shortcuts))
    for key in [r"HKLM\Software\Classes\ExtraMile.Scorecard", r"HKLM\Software\Classes\ExtraMile.Rubric",
                r"HKLM\Software\Classes\Applications\extramile.exe",
                r"HKLM\Software\Microsoft\Windows\CurrentVersion\App Paths\extramile.exe",
                r"HKLM\Software\Extra Mile"]:
        ok, _ = wine.reg_query(key)
        check(f"registry: {key} is gone", not ok)
    ok, _ = wine.reg_query(r"HKLM\Software\Classes\.xml\OpenWithProgids", "ExtraMile.Scorecard")
    check("\"Open with\" no longer lists Extra Mile", not ok)
    check("the user's scorecard is kept", card.is_file())
    return finish()


if __name__ == "__main__":
    sys.exit(main())
