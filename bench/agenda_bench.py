"""The meeting agenda built from what is due, and My tasks, on an unlocked file (budget 200 ms
for the agenda on the demo file; the same measures on 10,000 cases as figures).

    python -m bench.agenda_bench FOLDER PASSPHRASE   -> one JSON line
"""

from __future__ import annotations

import sys
from datetime import timedelta

from bench.measure import median_of, print_measures
from btam_desktop.domain.records import today
from btam_desktop.services import meetings, session as sessions, tasks


def measure(s: sessions.Session) -> dict[str, float]:
    meeting, _ = meetings.schedule(
        s, meetings.MeetingInput(today() + timedelta(days=3), "15:30", 60, "Bench room")
    )
    agenda_s = median_of(5, lambda: meetings.rebuild_agenda(s, meeting.id))
    view_s = median_of(5, lambda: meetings.view(s, meeting.id))
    tasks_s = median_of(5, lambda: tasks.tasks_of(s))
    return {
        "agenda_ms": agenda_s * 1000,
        "meeting_view_ms": view_s * 1000,
        "my_tasks_ms": tasks_s * 1000,
        "agenda_items": len(meetings.view(s, meeting.id).minutes.agenda),
    }


if __name__ == "__main__":
    print_measures(measure, sys.argv[1:3])
