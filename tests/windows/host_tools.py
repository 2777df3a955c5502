#!/usr/bin/env python3
"""The test driver around a Windows test program under wine (set as its
CROSSCOMPILING_EMULATOR by tests/CMakeLists.txt):

    host_tools.py --wine WINE PROGRAM.exe ARGS...

runs `WINE PROGRAM.exe ARGS...` and, while it runs, answers its requests to
run a Linux tool (tests/support/host_tools.hpp): pdftotext, pdfinfo and
python3 are Linux programs, so they are run here, by the driver, never from inside wine.
A request is NAME.request in the folder named by EXTRAMILE_HOST_TOOLS (one
argument a line); the answer is NAME.answer (the exit status, a line feed,
then the tool's standard output, or its error output when it failed).
Windows file names in the arguments (C:\\..., Z:\\...) are mapped to Linux
ones through the wine prefix's drive links (dosdevices/c:, z:, ...).
Exits with the program's exit status."""
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import threading

# What the tests need, and nothing else (python3: the validity test's
# reference computation, tests/cli/validity_reference.py, Python's statistics).
ALLOWED = {"pdftotext", "pdfinfo", "python3"}
DRIVE = re.compile(r"^([A-Za-z]):[\\/](.*)$")


def prefix():
    return pathlib.Path(os.environ.get("WINEPREFIX") or pathlib.Path.home() / ".wine")


def linux_path(arg):
    match = DRIVE.match(arg)
    if not match:
        return arg
    drive = prefix() / "dosdevices" / (match.group(1).lower() + ":")
    root = os.path.realpath(drive)
    return os.path.join(root, *[part for part in re.split(r"[\\/]", match.group(2)) if part])


def windows_path(path):
    """A Linux folder as wine names it: under the drive whose link leads above it."""
    path = os.path.realpath(path)
    best = None
    for link in (prefix() / "dosdevices").glob("?:"):
        root = os.path.realpath(link)
        if path == root or path.startswith(root.rstrip("/") + "/"):
            if best is None or len(root) > len(best[1]):
                best = (link.name[0].upper(), root)
    if best is None:
        raise SystemExit(f"host_tools: {path} is on no wine drive")
    rest = os.path.relpath(path, best[1])
    return best[0] + ":\\" + ("" if rest == "." else rest.replace("/", "\\"))


def answer(folder, request):
    name = request.name[: -len(".request")]
    args = request.read_bytes().decode("utf-8").split("\n")[:-1]
    request.unlink()
    if not args or args[0] not in ALLOWED:
        status, output = 127, f"host_tools: {args[:1]} is not a tool the tests may run\n".encode()
    else:
        done = subprocess.run([args[0]] + [linux_path(a) for a in args[1:]], capture_output=True)
        status, output = done.returncode, done.stdout if done.returncode == 0 else done.stderr
    partial = folder / (name + ".answering")
    partial.write_bytes(str(status).encode() + b"\n" + output)
    partial.rename(folder / (name + ".answer"))


def serve(folder, stop):
    while not stop.wait(0.005):
        for request in sorted(folder.glob("*.request")):
            answer(folder, request)


def main(argv):
    if len(argv) < 3 or argv[0] != "--wine":
        raise SystemExit("usage: host_tools.py --wine WINE PROGRAM [ARGS...]")
    wine, program = argv[1], argv[2:]
    with tempfile.TemporaryDirectory(prefix="extramile-host-tools-") as temp:
        folder = pathlib.Path(temp)
        stop = threading.Event()
        server = threading.Thread(target=serve, args=(folder, stop), daemon=True)
        server.start()
        env = dict(os.environ, EXTRAMILE_HOST_TOOLS=windows_path(temp))
        status = subprocess.run([wine] + program, env=env).returncode
        stop.set()
        server.join()
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
