"""Real Syncthing instances for the transport's long-tier test (issue 17): each with a home of
its own, a sync folder of its own, and nothing but this machine's loopback to talk on.

The sync folder is meant to be "a folder the school already trusts", and Syncthing is the one
most teams will use, so the nightly tier runs the real program (Debian's `syncthing` package)
rather than a copy loop that behaves as we imagine Syncthing does: its temporary files, its
partial transfers and its rescans are what the folder transport must live with.

Loopback only, on purpose: a test must contact nothing outside the machine (no discovery
server, relay, STUN, NAT gateway, usage or crash report, upgrade check), and must not be
reachable from it. `configure` writes those settings into `config.xml` before the first start;
`effective_settings` reads them back from the running program, and `inet_sockets` lists the
sockets a process really holds, so the test can check both.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

#: The one folder both instances share.
FOLDER_ID = "btam-share"
#: Never carried: our own half-written files (`fsio.atomic_write` writes `<name>.tmp`, the
#: design's `.~<name>.tmp`). Syncthing's own temporaries it never carries anyway.
STIGNORE = ".~*.tmp\n*.tmp\n"
#: How Syncthing names a file it is still receiving (`.syncthing.<name>.tmp` on Unix).
TEMPORARY_PREFIX = ".syncthing."
CONFLICT_MARK = ".sync-conflict-"

#: `<options>` as the test needs them: every way of reaching beyond the machine switched off,
#: reconnecting and reporting quick so the test does not wait on a default minute. (The
#: discovery and STUN server lists keep Syncthing's "default": it puts that back when a list
#: is emptied, and with global discovery off and STUN's keepalive at 0 neither is used.)
OPTIONS: dict[str, str] = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "urAccepted": "-1",
    "urSeen": "3",
    "crashReportingEnabled": "false",
    "autoUpgradeIntervalH": "0",
    "startBrowser": "false",
    "announceLANAddresses": "false",
    "stunKeepaliveStartS": "0",
    "stunKeepaliveMinS": "0",
    "reconnectionIntervalS": "1",
    "progressUpdateIntervalS": "1",
    "setLowPriority": "false",
}
#: The environment Syncthing gets on top of ours: no upgrade check, no restart after a crash or
#: a config change (a restarted instance would not be the one the test talks to), no default
#: folder. (`serve` still runs as a monitor and the syncthing it starts: `stop` ends both.)
ENVIRONMENT = {
    "STNOUPGRADE": "1",
    "STNORESTART": "1",
    "STNODEFAULTFOLDER": "1",
}
#: Proxies in the environment are never used: everything here is on 127.0.0.1.
_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class SyncthingError(RuntimeError):
    """Syncthing did not do what the test needs, with what it said."""


def binary() -> str | None:
    return shutil.which("syncthing")


def free_ports(count: int) -> list[int]:
    """Ports nobody listens on right now, on 127.0.0.1 (all sockets held open together, so
    the ports differ)."""
    held: list[socket.socket] = []
    try:
        for _ in range(count):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind(("127.0.0.1", 0))
            held.append(s)
        return [int(s.getsockname()[1]) for s in held]
    finally:
        for s in held:
            s.close()


@dataclass
class Syncthing:
    """One instance: its home (config, keys, index), its folder, its ports and API key, and,
    once started, its process (the leader of a process group of its own)."""

    name: str
    program: str
    home: Path
    folder: Path
    gui_port: int
    listen_port: int
    api_key: str
    device_id: str = ""
    process: subprocess.Popen[bytes] | None = None
    log: IO[bytes] | None = field(default=None, repr=False)

    @property
    def listen_address(self) -> str:
        return f"tcp://127.0.0.1:{self.listen_port}"

    @property
    def log_path(self) -> Path:
        return self.home / "syncthing.log"

    def log_text(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    # -- the REST API --------------------------------------------------------------------------
    def call(
        self, method: str, path: str, body: Any = None, *, timeout: float = 10, **query: str
    ) -> Any:
        url = f"http://127.0.0.1:{self.gui_port}{path}"
        if query:
            url += "?" + urllib.parse.urlencode(query)
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(url, data=data, method=method)
        request.add_header("X-API-Key", self.api_key)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        with _NO_PROXY.open(request, timeout=timeout) as response:
            text = response.read()
        return json.loads(text) if text.strip() else None

    def get(self, path: str, **query: str) -> Any:
        return self.call("GET", path, None, timeout=10, **query)


def generate(program: str, name: str, root: Path) -> Syncthing:
    """A new instance: its home `root/st-<name>` with keys and a config from `syncthing
    generate`, its empty sync folder `root/folder-<name>` with Syncthing's marker and our
    `.stignore`, two free ports and an API key of its own."""
    home = root / f"st-{name}"
    folder = root / f"folder-{name}"
    folder.mkdir(parents=True)
    (folder / ".stfolder").mkdir()  # the marker a folder must have before Syncthing uses it
    (folder / ".stignore").write_text(STIGNORE)
    _run(program, "generate", f"--home={home}", "--no-default-folder", "--skip-port-probing")
    device_id = _run(program, "serve", f"--home={home}", "--device-id").strip()
    gui_port, listen_port = free_ports(2)
    return Syncthing(
        name=name,
        program=program,
        home=home,
        folder=folder,
        gui_port=gui_port,
        listen_port=listen_port,
        api_key=secrets.token_urlsafe(24),
        device_id=device_id,
    )


def _run(program: str, *args: str) -> str:
    done = subprocess.run(
        [program, *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=_environment(None),
        check=False,
    )
    if done.returncode != 0:
        raise SyncthingError(f"syncthing {' '.join(args)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout


def _environment(home: Path | None) -> dict[str, str]:
    # The config file says where the GUI listens and its key, not an inherited STGUI*.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("STGUI", "BTAM_"))}
    env.update(ENVIRONMENT)
    if home is not None:
        env["HOME"] = str(home)  # nothing of the user's own Syncthing is touched
    return env


def _set(parent: ET.Element, tag: str, text: str) -> None:
    found = parent.find(tag)
    if found is None:
        found = ET.SubElement(parent, tag)
    found.text = text


def _set_list(parent: ET.Element, tag: str, values: Iterable[str]) -> None:
    for old in parent.findall(tag):
        parent.remove(old)
    for value in values:
        ET.SubElement(parent, tag).text = value


def _device(parent: ET.Element, instance: Syncthing, address: str) -> ET.Element:
    device = ET.SubElement(
        parent,
        "device",
        {"id": instance.device_id, "name": instance.name, "compression": "metadata"},
    )
    device.set("introducer", "false")
    ET.SubElement(device, "address").text = address
    ET.SubElement(device, "paused").text = "false"
    ET.SubElement(device, "autoAcceptFolders").text = "false"
    return device


def configure(me: Syncthing, peer: Syncthing) -> None:
    """`me`'s config.xml: GUI and sync protocol on 127.0.0.1 only, every outside contact off,
    `peer` introduced by device id at its static loopback address, and one shared folder
    rescanned often and watched."""
    path = me.home / "config.xml"
    tree = ET.parse(path)
    root = tree.getroot()
    gui = root.find("gui")
    assert gui is not None, "syncthing generate wrote no <gui>"
    gui.set("enabled", "true")
    gui.set("tls", "false")
    _set(gui, "address", f"127.0.0.1:{me.gui_port}")
    _set(gui, "apikey", me.api_key)
    options = root.find("options")
    assert options is not None, "syncthing generate wrote no <options>"
    _set_list(options, "listenAddress", [me.listen_address])
    for tag, text in OPTIONS.items():
        _set(options, tag, text)
    for old in root.findall("device"):
        root.remove(old)
    for old in root.findall("folder"):
        root.remove(old)
    # Devices come before <gui> in Syncthing's own files; order does not matter to its parser.
    _device(root, me, "dynamic")  # itself: never dialed
    _device(root, peer, peer.listen_address)
    folder = ET.SubElement(
        root,
        "folder",
        {
            "id": FOLDER_ID,
            "label": "BTAM sync folder",
            "path": str(me.folder),
            "type": "sendreceive",
            "rescanIntervalS": "5",
            "fsWatcherEnabled": "true",
            "fsWatcherDelayS": "1",
            "ignorePerms": "false",
            "autoNormalize": "true",
        },
    )
    for device in (me, peer):
        ET.SubElement(folder, "device", {"id": device.device_id, "introducedBy": ""})
    ET.SubElement(folder, "markerName").text = ".stfolder"
    tree.write(path, encoding="unicode")


def start(me: Syncthing) -> None:
    """Run `syncthing serve` in a process group of its own (so stopping it stops all of it),
    its log in its home."""
    me.log = me.log_path.open("ab")
    me.process = subprocess.Popen(
        [
            me.program,
            "serve",
            f"--home={me.home}",
            "--no-browser",
            "--no-restart",
            "--no-upgrade",
            "--logflags=3",
        ],
        stdin=subprocess.DEVNULL,
        stdout=me.log,
        stderr=subprocess.STDOUT,
        env=_environment(me.home),
        start_new_session=True,
    )


def stop(me: Syncthing, grace: float = 15.0) -> None:
    """Terminate the instance's process group, wait, kill what is left: never a process
    behind, whatever the test did."""
    process = me.process
    try:
        if process is not None:
            _signal_group(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                _signal_group(process.pid, signal.SIGKILL)
                process.wait(timeout=grace)
            _signal_group(process.pid, signal.SIGKILL)  # any child that outlived the leader
            deadline = time.monotonic() + grace
            while group_pids(me) and time.monotonic() < deadline:
                time.sleep(0.05)
    finally:
        if me.log is not None:
            me.log.close()
            me.log = None


def _signal_group(pgid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):  # the whole group is gone already
        os.killpg(pgid, sig)


def group_pids(me: Syncthing) -> list[int]:
    """The processes of the instance's group that still run (`serve` is a monitor and the
    syncthing it starts, even with --no-restart). A zombie does not count: it runs nothing,
    and its reaping is up to whoever adopted it."""
    if me.process is None:
        return []
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue  # gone meanwhile
        # "pid (comm) state ppid pgrp ...": comm may hold spaces, so split after its ")".
        state, _, pgrp = stat.rsplit(")", 1)[1].split()[:3]
        if int(pgrp) == me.process.pid and state != "Z":
            found.append(int(entry.name))
    return sorted(found)


# -- waiting ---------------------------------------------------------------------------------
def wait_until(
    ready: Callable[[], bool], what: str, timeout: float, *instances: Syncthing
) -> float:
    """Poll `ready` until it holds; returns the seconds it took. On time-out, fails with what
    was awaited and the instances' last log lines, which say why far better than a bare
    time-out does."""
    began = time.monotonic()
    while True:
        try:
            if ready():
                return time.monotonic() - began
        except urllib.error.HTTPError:
            raise  # the API answered, and said no: waiting longer will not help
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass  # the API is not up yet
        if time.monotonic() - began > timeout:
            raise SyncthingError(f"waited {timeout:.0f} s for {what}\n" + _tails(instances))
        for instance in instances:
            if instance.process is not None and instance.process.poll() is not None:
                raise SyncthingError(f"syncthing {instance.name} exited\n" + _tails(instances))
        time.sleep(0.02)


def _tails(instances: Iterable[Syncthing]) -> str:
    return "\n".join(
        f"--- syncthing {i.name}, log tail:\n" + "\n".join(i.log_text().splitlines()[-25:])
        for i in instances
    )


def connected(me: Syncthing, peer: Syncthing) -> bool:
    connections = me.get("/rest/system/connections")["connections"]
    return bool(connections.get(peer.device_id, {}).get("connected"))


def idle(me: Syncthing, peer: Syncthing) -> bool:
    """`me` has scanned, pulled everything it knows of, and believes `peer` has all of it."""
    status = me.get("/rest/db/status", folder=FOLDER_ID)
    if status["state"] != "idle" or status["needTotalItems"] != 0:
        return False
    done = me.get("/rest/db/completion", folder=FOLDER_ID, device=peer.device_id)
    return bool(done["completion"] == 100 and done["needItems"] == 0)


def rescan(me: Syncthing) -> None:
    """Ask for a scan now, rather than waiting for the watcher's delay. The call returns when
    the scan is done, which on a busy machine (a large batch being written) takes a while."""
    me.call("POST", "/rest/db/scan", timeout=120, folder=FOLDER_ID)


# -- what the running program really does ----------------------------------------------------
def effective_settings(me: Syncthing) -> dict[str, Any]:
    """The settings that keep an instance on loopback, as the running program holds them."""
    config = me.get("/rest/config")
    options = config["options"]
    (folder,) = config["folders"]
    return {
        "gui": config["gui"]["address"],
        "listen": options["listenAddresses"],
        "global discovery": options["globalAnnounceEnabled"],
        "global servers": options["globalAnnounceServers"],
        "local discovery": options["localAnnounceEnabled"],
        "relays": options["relaysEnabled"],
        "nat": options["natEnabled"],
        "usage reporting": options["urAccepted"],
        "crash reporting": options["crashReportingEnabled"],
        "stun": options["stunKeepaliveStartS"],
        "upgrades": options["autoUpgradeIntervalH"],
        "browser": options["startBrowser"],
        "devices": sorted((d["deviceID"], tuple(d["addresses"])) for d in config["devices"]),
        "folder": (folder["id"], folder["path"], sorted(d["deviceID"] for d in folder["devices"])),
    }


_LOOPBACK_V6 = "0" * 24 + "01000000"  # ::1 as /proc prints it
_MAPPED_LOOPBACK_V6 = "0000000000000000FFFF0000"  # ::ffff:127.x.x.x, then the IPv4 part


def _is_loopback(address: str) -> bool:
    """`address` as /proc/net prints it: hex address:port, each 32-bit word of the address in
    the host's byte order (little-endian on the machines this runs on)."""
    host = address.split(":")[0]
    if len(host) == 8:
        return host.endswith("7F")  # 127.x.x.x, stored little-endian
    return host == _LOOPBACK_V6 or (host.startswith(_MAPPED_LOOPBACK_V6) and host.endswith("7F"))


def _is_unset(address: str) -> bool:
    host, port = address.split(":")
    return set(host) == {"0"} and port == "0000"


def inet_sockets(pid: int) -> list[tuple[str, str, str, bool]]:
    """Every TCP/UDP socket process `pid` holds, as (protocol, local, remote, only loopback):
    read from /proc, so it is what the kernel sees, not what the program says it does."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[len("socket:[") : -1])
    found = []
    for protocol in ("tcp", "tcp6", "udp", "udp6"):
        table = Path(f"/proc/{pid}/net/{protocol}")
        for line in table.read_text().splitlines()[1:]:
            parts = line.split()
            local, remote, inode = parts[1], parts[2], parts[9]
            if inode in inodes:
                ok = _is_loopback(local) and (_is_unset(remote) or _is_loopback(remote))
                found.append((protocol, local, remote, ok))
    return found
