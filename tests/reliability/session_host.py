"""The service process of the session script (gui_session.py): the real host, plus two
test-only calls the leak tests need inside the process that holds the key.

- `test.fail`: a bug whose message carries a marker (E7: the log must not repeat it);
- `test.spill`: the control of A2, a query with `temp_store=FILE` that spills marker rows
  into SQLite's unlinked temp files, so the syscall audit is shown to see such writes;
- `test.sleep`: a slow call (a rotation on a big file), to show a lock waits for it;
- `test.foreign`: a reply holding a class the window does not accept (the control of its
  reply unpickler).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from btam_desktop.app.service_host import serve
from btam_desktop.services.host import Call, Reply, ServiceHost
from tests.reliability.gui_session import NOTES, STUDENTS


class Foreign:
    """A class from outside the contracts: the window must refuse to rebuild it."""

    def __init__(self) -> None:
        self.note = "not a contract type"


class SessionHost(ServiceHost):
    def handle(self, call: Call) -> Reply:
        if call.service == "test.fail":
            raise RuntimeError(f"could not read the history of {STUDENTS[1]} ({NOTES[1]})")
        if call.service == "test.sleep":
            time.sleep(float(call.args[0]))
            return Reply("slept")
        if call.service == "test.foreign":
            return Reply(Foreign())
        if call.service == "test.spill":
            return Reply(self._spill(str(call.args[0])))
        return super().handle(call)

    def _spill(self, marker: str) -> int:
        assert self._session is not None
        conn = self._session.ocf.conn
        conn.execute("PRAGMA temp_store = FILE")
        conn.execute("PRAGMA temp.cache_size = 50")
        conn.execute(
            "CREATE TEMP TABLE spill AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL "
            "SELECT x + 1 FROM n WHERE x < 20000) SELECT ? || ' ' || x || ' ' || "
            "hex(randomblob(40)) AS v FROM n",
            (marker,),
        )
        rows = conn.execute("SELECT DISTINCT v FROM spill ORDER BY v").fetchall()
        conn.execute("DROP TABLE spill")
        conn.execute("PRAGMA temp_store = MEMORY")
        return len(rows)


if __name__ == "__main__":
    sys.exit(serve(SessionHost()))
