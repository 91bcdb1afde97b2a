"""Render docs/reliability.md from the figures the reliability tests recorded.

    python tools/reliability_report.py      (make reliability-report runs the fast tier first)

Each test marked `reliability(ID, title)` leaves a JSON record in .reliability/results/ (see
tests/reliability/results.py): outcome, duration, figures, machine. This prints the newest
record of each test, in the order of the research test list, and the summary the issue's
"Done when" asks for.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / ".reliability" / "results"
OUT = ROOT / "docs" / "reliability.md"

#: Tests of the list that are not built, and why (kept here so the report says it each time).
NOT_BUILT = {
    "A6": "Purge is unrecoverable: the app has no purge or retention yet (records are "
    "soft-deleted); `secure_delete=ON` is checked by A3. The page-decryptor test comes with "
    "retention.",
    "B3": "Power loss (LazyFS or a VM reset): no FUSE/LazyFS on this machine.",
    "C8": "Compartments: there is no mental-health compartment key; roles are enforced by the "
    "app only, as the security model says.",
    "D4, I1-I3": "Check cost and performance budgets: `make bench` (bench/).",
    "F5": "Print spool: needs a CUPS test printer (cups-pdf) in a VM; the guide tells IT to "
    "set the queue to discard finished jobs.",
    "G5": "Retention and legal hold: retention does not exist yet.",
}


def order_key(test_id: str) -> tuple[str, int, str]:
    m = re.match(r"([A-Z]+)(\d+)(.*)", test_id)
    return (m.group(1), int(m.group(2)), m.group(3)) if m else (test_id, 0, "")


def still_exists(nodeid: str) -> bool:
    """A record of a test since renamed or removed is not shown."""
    path, _, name = nodeid.partition("::")
    source = ROOT / path
    function = name.split("[")[0]
    return source.exists() and f"def {function}(" in source.read_text()


def load() -> list[dict[str, Any]]:
    records = [json.loads(p.read_text()) for p in sorted(RESULTS.glob("*.json"))]
    records = [r for r in records if still_exists(r["test"])]
    return sorted(records, key=lambda r: (order_key(r["id"]), r["test"]))


def show(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k} {show(v)}" for k, v in value.items())
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            return f"{len(value)} rows"
        return "[" + ", ".join(show(v) for v in value) + "]" if value else "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def figures_text(figures: dict[str, Any]) -> str:
    return "; ".join(f"{k.replace('_', ' ')}: {show(v)}" for k, v in figures.items()) or "—"


def pick(records: list[dict[str, Any]], test_id: str) -> dict[str, Any]:
    found = [r for r in records if r["id"] == test_id]
    return found[0]["figures"] if found else {}


def summary(records: list[dict[str, Any]]) -> list[str]:
    a1, a2 = pick(records, "A1"), pick(records, "A2")
    b1, b1n = pick(records, "B1"), pick(records, "B1-1000")
    d1, c1, c3 = pick(records, "D1"), pick(records, "C1"), pick(records, "C3")
    g1, a7 = pick(records, "G1"), pick(records, "A7")
    rows = [
        (
            "Plaintext hits 0 (control > 0)",
            f"files: {a1.get('hits')} in {a1.get('bytes_scanned')} bytes "
            f"(control {a1.get('control_hits')}); write syscalls: {a2.get('marker_writes')} "
            f"of {a2.get('writes_to_files')} "
            f"(control {a2.get('control_marker_writes')})",
            "A1, A2",
        ),
        (
            "kill -9 failures 0 of >= 50",
            f"{b1.get('failures')} of {b1.get('kills')} "
            f"({b1.get('acked_commits')} acknowledged commits)"
            + (f"; nightly {b1n.get('failures')} of {b1n.get('kills')}" if b1n else ""),
            "B1",
        ),
        (
            "Corrupted files detected at open, no crash, no write",
            f"{d1.get('detected_at_open')} at open, {d1.get('crashes')} crashes, "
            f"{d1.get('writes_to_damaged_file')} writes, "
            f"{d1.get('said_wrong_passphrase')} called a wrong passphrase",
            "D1",
        ),
        (
            "Wrong passphrase x10 leaves files byte-identical",
            f"{c1.get('attempts')} attempts, byte-identical: {show(c1.get('byte_identical'))}",
            "C1",
        ),
        (
            "Key-file tampering detected 100%",
            f"{c3.get('detected')} modified key files refused "
            f"({c3.get('attempts')} unlock attempts, {c3.get('writes_after_refusal')} writes)",
            "C3",
        ),
        (
            "Audit-chain tampering detected 100%, first bad entry named",
            f"{g1.get('detected')} detected, "
            f"first bad event named {g1.get('first_bad_event_named')}",
            "G1",
        ),
        (
            "Removed member denied on the current file and every later backup",
            f"{a7.get('opened')} opened of {a7.get('files_tried')} tried "
            f"(current file and {a7.get('backups_after_removal')} backups, "
            "with and without his old key file)",
            "A7",
        ),
    ]
    lines = ["| What the issue asks | Measured on the last run | Test |", "|---|---|---|"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    return lines


def render(records: list[dict[str, Any]]) -> str:
    machines = {json.dumps(r["machine"], sort_keys=True) for r in records}
    fast = [r for r in records if r["tier"] == "fast"]
    lines = [
        "# Reliability and security: what is tested, and the figures of the last run",
        "",
        "Generated by `make reliability-report` (tools/reliability_report.py) from the records "
        "the tests in `tests/reliability/` and the marked tests elsewhere leave in "
        "`.reliability/results/`. Test ids follow section 6 of the reliability research. "
        "The fast tier runs in `make test`; the nightly tier in `make test-long`.",
        "",
        "## Machine",
        "",
    ]
    for m in sorted(machines):
        d = json.loads(m)
        lines.append(
            f"- {d['cpu']}, {d['cores']} cores, {d['memory_gib']} GiB; {d['os']}; "
            f"Python {d['python']}; SQLCipher {d['sqlcipher']}"
        )
    failed = [r for r in records if r["outcome"] != "passed"]
    lines += [
        "",
        "## Summary",
        "",
        *summary(records),
        "",
        f"{len(records)} recorded tests ({len(fast)} fast, {len(records) - len(fast)} nightly); "
        f"{len(failed)} not passed. Fast-tier test time (sum of the recorded tests): "
        f"{sum(r['seconds'] for r in fast):.0f} s.",
        "",
        "## Every test",
        "",
        "| Id | What it checks | Result | Figures | s | Tier, when |",
        "|---|---|---|---|---|---|",
    ]
    for r in records:
        test = r["test"].split("::")[-1]
        lines.append(
            f"| {r['id']} | {r['title']} (`{test}`) | {r['outcome']} | "
            f"{figures_text(r['figures']).replace('|', '/')} | {r['seconds']} | "
            f"{r['tier']}, {r['finished']} |"
        )
    lines += ["", "## Not built, and why", ""]
    lines += [f"- **{k}**: {v}" for k, v in NOT_BUILT.items()]
    return "\n".join(lines) + "\n"


def main() -> int:
    records = load()
    if not records:
        sys.stderr.write("No results: run the tests first (make reliability-report does).\n")
        return 1
    OUT.write_text(render(records))
    print(f"wrote {OUT.relative_to(ROOT)}: {len(records)} tests")
    return 0


if __name__ == "__main__":
    sys.exit(main())
