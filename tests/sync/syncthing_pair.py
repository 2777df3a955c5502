#!/usr/bin/env python3
"""Two interviewers' laptops sharing one folder through a real Syncthing pair.

Two Syncthing instances (Debian's) run on loopback with homes of their own:
static 127.0.0.1 addresses, no discovery, no relays, no NAT, no usage
reports. Scorecards are written on both sides through core's save_scorecard
(tests/sync/scorecard_tool). Then:

1. Scorecards made on either side reach the other, and `extramile compare`
   on either side counts each once.
2. The same scorecard edited on both sides while they cannot see each other
   makes Syncthing write its own conflict copy. compare on either side
   counts the scorecard once, names the conflict and the copy, and loses no
   rating: both versions are on disk, one in the copy.
3. The app, open on one side, meets the other side's change as an outside
   change: it overwrites nothing, on either side.

What Syncthing really named its files is printed (and checked against the
names core/storage/sync_copies knows).

    syncthing_pair.py EXTRAMILE SCORECARD_TOOL TEST_DATA_DIR   (on an X display)
"""

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import xml.etree.ElementTree as ET

EXTRAMILE, TOOL, DATA = sys.argv[1], sys.argv[2], sys.argv[3]
RUBRIC = os.path.join(DATA, "good", "sample.rubric.xml")
FOLDER_ID = "interviews"
started = time.monotonic()


def say(text):
    print(f"syncthing_pair [{time.monotonic() - started:5.1f}s]: {text}", flush=True)


def fail(text):
    say("FAILED: " + text)
    sys.exit(1)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Peer:
    def __init__(self, name, root):
        self.name = name
        self.home = os.path.join(root, name, "syncthing")
        self.folder = os.path.join(root, name, "Interviews")
        self.user_home = os.path.join(root, name, "home")
        self.gui_port, self.sync_port = free_port(), free_port()
        self.api_key = f"extramile-test-{name}"
        os.makedirs(self.folder)
        os.makedirs(os.path.join(self.folder, ".stfolder"))  # Syncthing's folder marker
        os.makedirs(self.user_home)
        subprocess.run(["syncthing", "generate", f"--home={self.home}", "--no-default-folder"],
                       check=True, capture_output=True)
        self.device_id = subprocess.run(["syncthing", "serve", f"--home={self.home}", "--device-id"],
                                        check=True, capture_output=True, text=True).stdout.strip()
        self.process = None

    def configure(self, other):
        path = os.path.join(self.home, "config.xml")
        tree = ET.parse(path)
        root = tree.getroot()
        for folder in root.findall("folder"):
            root.remove(folder)
        folder = ET.SubElement(root, "folder", id=FOLDER_ID, label="Interviews", path=self.folder,
                               type="sendreceive", rescanIntervalS="2", fsWatcherEnabled="true",
                               fsWatcherDelayS="1", ignorePerms="false", autoNormalize="true")
        for device_id in (self.device_id, other.device_id):
            ET.SubElement(folder, "device", id=device_id)
        ET.SubElement(folder, "minDiskFree", unit="%").text = "0"
        # Said outright: a folder written by hand may otherwise keep no copies.
        ET.SubElement(folder, "maxConflicts").text = "10"
        for device in root.findall("device"):
            if device.get("id") != self.device_id:
                root.remove(device)
        peer = ET.SubElement(root, "device", id=other.device_id, name=other.name, compression="never",
                             introducer="false")
        ET.SubElement(peer, "address").text = f"tcp://127.0.0.1:{other.sync_port}"
        ET.SubElement(peer, "autoAcceptFolders").text = "false"
        gui = root.find("gui")
        gui.set("enabled", "true")
        gui.set("tls", "false")
        gui.find("address").text = f"127.0.0.1:{self.gui_port}"
        (gui.find("apikey") if gui.find("apikey") is not None else ET.SubElement(gui, "apikey")).text = self.api_key
        options = root.find("options")
        settings = {
            "listenAddress": f"tcp://127.0.0.1:{self.sync_port}",
            "globalAnnounceEnabled": "false", "localAnnounceEnabled": "false", "relaysEnabled": "false",
            "natEnabled": "false", "urAccepted": "-1", "autoUpgradeIntervalH": "0", "startBrowser": "false",
            "crashReportingEnabled": "false", "announceLANAddresses": "false",
        }
        for key, value in settings.items():
            for old in options.findall(key):
                options.remove(old)
            ET.SubElement(options, key).text = value
        for old in options.findall("minHomeDiskFree"):
            options.remove(old)
        ET.SubElement(options, "minHomeDiskFree", unit="%").text = "0"
        tree.write(path)

    def start(self):
        env = dict(os.environ, STNOUPGRADE="1", STNORESTART="1", HOME=self.user_home)
        self.log = open(os.path.join(self.home, "syncthing.log"), "w")
        self.process = subprocess.Popen(["syncthing", "serve", f"--home={self.home}", "--no-browser",
                                         "--no-restart", "--no-upgrade"], stdout=self.log, stderr=self.log, env=env)

    def rest(self, method, path, body=None):
        request = urllib.request.Request(f"http://127.0.0.1:{self.gui_port}{path}", method=method,
                                         headers={"X-API-Key": self.api_key},
                                         data=json.dumps(body).encode() if body is not None else None)
        with urllib.request.urlopen(request, timeout=10) as answer:
            text = answer.read().decode()
            return json.loads(text) if text.strip().startswith(("{", "[")) else text

    def scan(self):
        self.rest("POST", f"/rest/db/scan?folder={FOLDER_ID}")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()


PEERS = []


def wait_for(what, condition, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except (OSError, ValueError):
            pass  # not up yet
        time.sleep(0.3)
    for peer in PEERS:
        say(f"{peer.name} holds: {', '.join(sorted(os.listdir(peer.folder)))}")
    fail(f"timed out waiting for {what}")


def connected(a, b):
    connections = a.rest("GET", "/rest/system/connections")["connections"]
    return connections.get(b.device_id, {}).get("connected", False)


def in_sync(a, b):
    """Both sides idle, and each has everything the other has."""
    for x, y in ((a, b), (b, a)):
        x.scan()
    for x, y in ((a, b), (b, a)):
        if x.rest("GET", f"/rest/db/status?folder={FOLDER_ID}")["state"] != "idle":
            return False
        if x.rest("GET", f"/rest/db/completion?folder={FOLDER_ID}&device={y.device_id}")["completion"] < 100:
            return False
    return listing(a) == listing(b)


def listing(peer):
    return sorted(name for name in os.listdir(peer.folder) if not name.startswith("."))


def tool(*args):
    return subprocess.run([TOOL, *args], check=True, capture_output=True, text=True).stdout.strip()


def compare(peer):
    env = dict(os.environ, HOME=peer.user_home, XDG_CONFIG_HOME=os.path.join(peer.user_home, ".config"),
               XDG_DATA_HOME=os.path.join(peer.user_home, ".local/share"))
    run = subprocess.run([EXTRAMILE, "compare", "--rubric", RUBRIC, "--format", "json", peer.folder],
                         capture_output=True, text=True, env=env)
    if run.returncode != 0:
        fail(f"compare on {peer.name} failed: {run.stderr}")
    return json.loads(run.stdout)


def main():
    root = tempfile.mkdtemp(prefix="extramile-syncthing-")
    a, b = Peer("laptop-luca", root), Peer("laptop-marta", root)
    PEERS.extend([a, b])
    try:
        a.configure(b)
        b.configure(a)
        a.start()
        b.start()
        wait_for("the two Syncthing instances to connect", lambda: connected(a, b) and connected(b, a))
        say(f"connected: {a.device_id[:7]} <-> {b.device_id[:7]}")

        # 1. Scorecards made on both sides reach both sides.
        ana = tool("new", a.folder, "Ana Pérez", "Luca Bianchi")
        tool("new", a.folder, "Bruno Rossi", "Luca Bianchi")
        tool("new", b.folder, "Ana Pérez", "Marta Gil")
        tool("new", b.folder, "Chiara Neri", "Marta Gil")
        wait_for("the four scorecards on both sides", lambda: in_sync(a, b) and len(listing(a)) == 4)
        for peer in (a, b):
            result = compare(peer)
            counts = {c["name"]: len(c["interviewers"]) for c in result["candidates"]}
            if counts != {"Ana Pérez": 2, "Bruno Rossi": 1, "Chiara Neri": 1}:
                fail(f"compare on {peer.name}: {counts}")
        say("four scorecards, made on both sides, compared alike on both")

        # 2. The same scorecard edited on both sides while they cannot see each other.
        name = os.path.basename(ana)
        for x, y in ((a, b), (b, a)):
            x.rest("POST", f"/rest/system/pause?device={y.device_id}")
        wait_for("the pause", lambda: not connected(a, b) and not connected(b, a), timeout=30)
        tool("edit", os.path.join(a.folder, name), "trust", "5", "Luca's version, written on Luca's laptop")
        tool("edit", os.path.join(b.folder, name), "trust", "1", "Luca's scorecard, edited on Marta's laptop")
        a.scan()
        b.scan()
        time.sleep(2)
        for x, y in ((a, b), (b, a)):
            x.rest("POST", f"/rest/system/resume?device={y.device_id}")
        wait_for("Syncthing's conflict copy on both sides",
                 lambda: in_sync(a, b) and any("sync-conflict" in n for n in listing(a)), timeout=60)
        names = listing(a)
        copies = [n for n in names if "sync-conflict" in n]
        say("Syncthing named the files: " + ", ".join(names))
        if len(copies) != 1:
            fail(f"expected one conflict copy, found {copies}")
        stem = name[:-len(".xml")]
        if not re.fullmatch(re.escape(stem) + r"\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}\.xml", copies[0]):
            fail(f"the copy's name {copies[0]} is not of the form core/storage/sync_copies expects")
        ratings = {tool("rating", os.path.join(a.folder, n), "trust") for n in (name, copies[0])}
        if ratings != {"5", "1"}:
            fail(f"a rating was lost: the two versions hold trust {ratings}")
        for peer in (a, b):
            result = compare(peer)
            ana_result = next(c for c in result["candidates"] if c["name"] == "Ana Pérez")
            if len(ana_result["interviewers"]) != 2:
                fail(f"compare on {peer.name} counted Ana's panel as {ana_result['interviewers']}")
            warnings = "\n".join(result["warnings"])
            if copies[0] not in warnings or "Syncthing's copy of " + name not in warnings:
                fail(f"compare on {peer.name} did not name the conflict copy:\n{warnings}")
            if "conflict: " not in warnings:
                fail(f"compare on {peer.name} did not call it a conflict:\n{warnings}")
        say("one conflict copy, named by compare on both sides, both ratings kept (trust 5 and 1)")

        # 3. The app open on Luca's side; Marta's laptop changes the file it edits.
        dario = tool("new", a.folder, "Dario Neri", "Luca Bianchi", "draft")
        marta_copy = os.path.join(b.folder, os.path.basename(dario))
        wait_for("Dario's draft on Marta's laptop", lambda: in_sync(a, b) and os.path.exists(marta_copy))
        env = dict(os.environ, HOME=a.user_home, XDG_CONFIG_HOME=os.path.join(a.user_home, ".config"),
                   XDG_DATA_HOME=os.path.join(a.user_home, ".local/share"), EXTRAMILE_FATAL_ASSERTS="1",
                   NO_AT_BRIDGE="1", EXTRAMILE_RUBRIC_PATH=os.path.join(DATA, "good"))
        app_log = open(os.path.join(root, "app.log"), "w")
        app = subprocess.Popen([EXTRAMILE, dario], env=env, stdout=app_log, stderr=app_log)
        try:
            wait_for("the interview window", lambda: subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "Dario Neri"], capture_output=True).returncode == 0,
                timeout=40)
            time.sleep(1)
            subprocess.run(["xdotool", "type", "--delay", "25", " typed on Luca's laptop"], check=True)
            wait_for("the typing saved and carried to Marta's laptop",
                     lambda: "typed on Luca's laptop" in open(marta_copy, encoding="utf-8").read() and in_sync(a, b))
            tool("edit", marta_copy, "service", "2", "Marta's correction, made on her laptop")
            b.scan()
            theirs = open(marta_copy, "rb").read()
            wait_for("Marta's change on Luca's laptop", lambda: open(dario, "rb").read() == theirs)
            time.sleep(2)  # the window looks at the disk every second
            subprocess.run(["xdotool", "type", "--delay", "25", " and more typed after it"], check=True)
            time.sleep(4)  # more than the two seconds a save may take
            if app.poll() is not None:
                fail("the app ended: " + open(os.path.join(root, "app.log")).read())
            if open(dario, "rb").read() != theirs:
                fail("the app wrote over the version that came from Marta's laptop")
            wait_for("both sides to settle", lambda: in_sync(a, b))
            if open(marta_copy, "rb").read() != theirs:
                fail("Marta's version was overwritten on her laptop")
        finally:
            app.kill()  # the conflict is still open in the window: a person would choose there
            app.wait()
        if "wx assertion" in open(os.path.join(root, "app.log")).read():
            fail("the app met a wx assertion")
        say("the app on Luca's laptop overwrote nothing that came from Marta's")
        say("passed")
    finally:
        a.stop()
        b.stop()
        if os.environ.get("EXTRAMILE_KEEP_SYNC_FOLDER"):
            say(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)


main()
