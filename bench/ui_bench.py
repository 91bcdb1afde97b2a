"""The interaction budgets on a large synthetic case file, measured through the real services
and the real case-list widget, offscreen. Run as a child process per file size so memory
(peak RSS) is that of one app session.

    python -m bench.ui_bench FOLDER PASSPHRASE  ->  one JSON object on stdout
"""

from __future__ import annotations

import functools
import json
import os
import pickle
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.measure import percentile, timed

#: What a counselor types: a surname, a first name, a case number, a word from the notes.
QUERIES = ("ashgrove-tillery", "maren", "2025-01", "hunting knife", "zoe ngata")


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from btam_desktop.services import cases, session as sessions
    from btam_desktop.storage import case_repo
    from btam_desktop.ui.screens.cases.list_screen import CaseListScreen
    from btam_desktop.ui.screens.cases.page import CasePage

    folder, passphrase = Path(sys.argv[1]), sys.argv[2]
    app = QApplication(sys.argv[:1])
    out: dict[str, Any] = {}

    started = time.perf_counter()
    key = sessions.derive_key(folder, None, passphrase)
    out["kdf_s"] = time.perf_counter() - started

    screen = CaseListScreen()
    screen.resize(1200, 700)
    screen.show()
    app.processEvents()
    started = time.perf_counter()
    session = sessions.open_unlocked(key, wait_for_check=False)  # as the window does
    out["open_s"] = time.perf_counter() - started
    rows = cases.list_cases(session)
    screen.set_rows(rows)
    app.processEvents()
    out["unlock_to_list_s"] = time.perf_counter() - started
    out["rows"] = len(rows)

    def filtered() -> None:
        screen.apply_filter()
        app.processEvents()

    samples = []
    for query in QUERIES:
        for end in range(1, len(query) + 1):
            screen.search.setText(query[:end])
            samples.append(timed(filtered) * 1000)
        screen.search.clear()
        screen.apply_filter()
    out["search_p50_ms"] = statistics.median(samples)
    out["search_p95_ms"] = percentile(samples, 0.95)

    def sort(column: int, order: Qt.SortOrder) -> None:
        screen.table.sortByColumn(column, order)
        app.processEvents()

    sorts = []
    for column in range(screen.model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            sorts.append(timed(functools.partial(sort, column, order)) * 1000)
    out["sort_ms"] = max(sorts)

    page = CasePage()
    page.resize(1200, 700)
    page.show()
    ids = [r.id for r in rows[:: max(1, len(rows) // 25)]][:25]

    def open_case(case_id: str) -> None:
        detail = cases.get_case(session, case_id)
        page.show_case(detail, {})
        page.show_history(cases.case_history(session, case_id), {})
        app.processEvents()

    def save_edit(case_id: str, n: int) -> None:
        cases.update_case(session, case_id, cases.CaseEdit(summary=f"Edit {n} at {time.time()}"))

    out["open_case_ms"] = statistics.median(
        timed(functools.partial(open_case, i)) * 1000 for i in ids
    )
    # Every save goes through the op capture (schema 9): one op per save, checked below.
    ops_before = session.ocf.conn.execute("SELECT max(rowid) FROM sync_ops").fetchone()[0] or 0
    out["save_edit_ms"] = statistics.median(
        timed(functools.partial(save_edit, i, n)) * 1000 for n, i in enumerate(ids)
    )
    saved_ops, op_bytes = session.ocf.conn.execute(
        "SELECT count(*), avg(length(body)) FROM sync_ops "
        "WHERE rowid > ? AND intent = 'cases.update'",
        (ops_before,),
    ).fetchone()
    assert saved_ops == len(ids), "a save did not write its op"
    out["oplog_bytes_per_op"] = float(op_bytes)
    # Steady state with the list on screen, and the peak, which is the key derivation's
    # deliberate 256 MiB (freed as soon as the key is derived).
    out["rss_mb"] = (
        int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGESIZE") / 2**20
    )
    out["rss_peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    # The same list query on an unencrypted copy, to show what encryption costs.
    conn = session.ocf.conn
    with tempfile.TemporaryDirectory() as tmp:
        plain_path = Path(tmp) / "plain.db"
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain_path),))
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
        import sqlite3

        plain = sqlite3.connect(plain_path)
        encrypted_s = statistics.median(timed(lambda: case_repo.list_rows(conn)) for _ in range(5))
        plain_s = statistics.median(timed(lambda: case_repo.list_rows(plain)) for _ in range(5))
        plain.close()
    out["list_query_encrypted_s"] = encrypted_s
    out["list_query_plain_s"] = plain_s
    out["ratio"] = encrypted_s / plain_s
    sessions.lock(session)
    out["unlock_to_list_in_process_s"] = out["unlock_to_list_s"]
    list_s = through_service_process(folder, passphrase, screen)
    out["list_via_service_ms"] = list_s * 1000
    out["unlock_to_list_s"] = out["open_s"] + list_s
    print(json.dumps(out))
    return 0


def through_service_process(folder: Path, passphrase: str, screen: Any) -> float:
    """The window's real path for the list: asked of the service process (the only key
    holder), the rows pickled across its pipe, then shown. Seconds; with the open measured
    in-process (the same code the service process runs) this is unlock-to-list."""
    from PySide6.QtWidgets import QApplication

    from btam_desktop.services.frames import read_frame, write_frame
    from btam_desktop.services.host import Call
    from btam_desktop.services.host_process import spawn

    proc = spawn()
    assert proc.stdin is not None and proc.stdout is not None

    def call(service: str, *args: Any) -> Any:
        write_frame(proc.stdin, (1, Call(service, args)))  # type: ignore[arg-type]
        # The reply is pickled on its own inside the frame (app/service_host.py).
        _, data = read_frame(proc.stdout)  # type: ignore[arg-type, misc]
        reply = pickle.loads(data)
        assert reply.error is None, reply.error
        return reply.result

    call("session.unlock", folder, None, passphrase)
    started = time.perf_counter()
    rows = call("cases.list")
    screen.set_rows(rows)
    QApplication.processEvents()
    list_s = time.perf_counter() - started
    call("session.lock")
    proc.stdin.close()
    proc.wait()
    proc.stdout.close()
    return list_s


if __name__ == "__main__":
    raise SystemExit(main())
