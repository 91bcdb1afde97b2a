"""The interaction budgets on a large synthetic case file, measured through the real services
and the real case-list widget, offscreen. Run as a child process per file size so memory
(peak RSS) is that of one app session.

    python -m bench.ui_bench FOLDER PASSPHRASE  ->  one JSON object on stdout
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import tempfile
import time
from functools import partial
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
    listing = cases.list_columns(session)
    screen.set_cases(listing)
    app.processEvents()
    out["unlock_to_list_in_process_s"] = time.perf_counter() - started
    out["rows"] = listing.count
    every_id = listing.split(listing.ids)
    del listing  # as in the window: only the model keeps the list (memory is measured below)

    def filter_and_paint() -> None:
        screen.apply_filter()
        app.processEvents()

    samples = []
    for query in QUERIES:
        for end in range(1, len(query) + 1):
            screen.search.setText(query[:end])
            samples.append(timed(filter_and_paint) * 1000)
        screen.search.clear()
        screen.apply_filter()
    out["search_p50_ms"] = statistics.median(samples)
    out["search_p95_ms"] = percentile(samples, 0.95)

    sorts = []
    for column in range(screen.model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):

            def sort_and_paint(c: int = column, o: Qt.SortOrder = order) -> None:
                screen.table.sortByColumn(c, o)
                app.processEvents()

            sorts.append(timed(sort_and_paint) * 1000)
    out["sort_ms"] = max(sorts)

    page = CasePage()
    page.resize(1200, 700)
    page.show()
    ids = every_id[:: max(1, len(every_id) // 25)][:25]

    def open_case(case_id: str) -> None:
        detail = cases.get_case(session, case_id)
        page.show_case(detail, {})
        page.show_history(cases.case_history(session, case_id), {})
        app.processEvents()

    def save_edit(case_id: str) -> None:
        edit = cases.CaseEdit(summary=f"Edit at {time.perf_counter_ns()}")
        cases.update_case(session, case_id, edit)

    out["open_case_ms"] = statistics.median(timed(partial(open_case, i)) * 1000 for i in ids)
    # Every save goes through the op capture (schema 9): one op per save, checked below.
    ops_before = session.ocf.conn.execute("SELECT max(rowid) FROM sync_ops").fetchone()[0] or 0
    out["save_edit_ms"] = statistics.median(timed(partial(save_edit, i)) * 1000 for i in ids)
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
        encrypted_s = statistics.median(
            timed(lambda: case_repo.list_columns(conn)) for _ in range(5)
        )
        plain_s = statistics.median(timed(lambda: case_repo.list_columns(plain)) for _ in range(5))
        plain.close()
    out["list_query_encrypted_s"] = encrypted_s
    out["list_query_plain_s"] = plain_s
    out["ratio"] = encrypted_s / plain_s
    sessions.lock(session)
    trips = through_service_process(folder, passphrase, screen)
    out["list_via_service_ms"] = trips["whole_s"] * 1000
    out["first_rows_via_service_ms"] = trips["first_s"] * 1000
    out["unlock_to_list_s"] = out["open_s"] + trips["first_s"]
    out["unlock_to_full_list_s"] = out["open_s"] + trips["first_then_rest_s"]
    print(json.dumps(out))
    return 0


def through_service_process(
    folder: Path, passphrase: str, screen: Any, runs: int = 3
) -> dict[str, float]:
    """The window's real path for the list: asked of the service process (the only key
    holder), pickled across its pipe, then shown. With the open measured in-process (the same
    code the service process runs) these make unlock-to-list. Seconds, medians of `runs`
    unlocks (each starts with SQLite's page cache empty):

    - whole_s: the whole list in one call (as every reload after a change asks for it);
    - first_s: the first rows, as the window asks on unlock: the list on screen;
    - first_then_rest_s: then the rest: every case listed and searchable.
    """
    from PySide6.QtWidgets import QApplication

    from btam_desktop.services.contracts import Reply, Request, api
    from btam_desktop.services.frames import read_frame, write_frame
    from btam_desktop.services.host_process import spawn
    from btam_desktop.ui.replies import load_reply
    from btam_desktop.ui.screens.cases.list_screen import FIRST_ROWS

    proc = spawn()
    stdin, stdout = proc.stdin, proc.stdout
    assert stdin is not None and stdout is not None

    def call[R](request: Request[R]) -> R:
        """One call as the window makes it: framed, and its reply unpickled by the window's
        allowlist (`load_reply`)."""
        write_frame(stdin, (1, request.call))
        frame = read_frame(stdout, load_reply)
        assert frame is not None
        reply = load_reply(frame[1])
        assert isinstance(reply, Reply) and reply.error is None, reply
        result: R = reply.result
        return result

    def show(listing: Any) -> None:
        screen.set_cases(listing)
        QApplication.processEvents()

    samples: dict[str, list[float]] = {"whole_s": [], "first_s": [], "first_then_rest_s": []}
    for _ in range(runs):
        screen.clear()
        call(api.SESSION_UNLOCK(folder, None, passphrase))
        started = time.perf_counter()
        show(call(api.CASES_LIST()))
        samples["whole_s"].append(time.perf_counter() - started)
        call(api.SESSION_LOCK())

        screen.clear()
        call(api.SESSION_UNLOCK(folder, None, passphrase))
        started = time.perf_counter()
        first = call(api.CASES_LIST(FIRST_ROWS))
        show(first)
        samples["first_s"].append(time.perf_counter() - started)
        if not first.complete:
            show(call(api.CASES_LIST()))
        samples["first_then_rest_s"].append(time.perf_counter() - started)
        call(api.SESSION_LOCK())
    stdin.close()
    proc.wait()
    stdout.close()
    return {name: statistics.median(values) for name, values in samples.items()}


if __name__ == "__main__":
    raise SystemExit(main())
