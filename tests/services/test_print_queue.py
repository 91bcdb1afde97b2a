"""The print queue against a real CUPS scheduler (tests/print_system.py): a job sent from memory
comes out of a PDF queue with its pages; a stopped, rejecting or missing queue gets nothing and
says why."""

from __future__ import annotations

from pathlib import Path

import pytest

from btam_desktop.services import print_queue
from tests.print_system import PrintSystem
from tests.reports import samples
from tests.reports.pdftext import pages


def _document() -> bytes:
    from btam_desktop.reports import meetings

    return meetings.build_minutes(samples.minutes())


def _printed(out: Path) -> list[Path]:
    return sorted(out.glob("*.pdf"))


def test_a_job_sent_from_memory_comes_out_with_its_pages(print_system: PrintSystem) -> None:
    out = print_system.add_queue("btam-memory")
    assert print_queue.queue_problem("btam-memory") is None
    pdf = _document()
    job = print_queue.submit("btam-memory", pdf, "minutes-2026-03-04.pdf")
    assert job > 0
    (result,) = print_system.printed("btam-memory", out)
    printed = pages(result.read_bytes())
    assert len(printed) == len(pages(pdf))
    assert "Continue the plan" in " ".join(printed)


@pytest.mark.parametrize(
    ("how", "says"),
    [
        (("cupsdisable", "btam-queue-{}"), "is stopped"),
        (("cupsreject", "btam-queue-{}"), "is not accepting jobs"),
        (("lpadmin", "-x", "btam-queue-{}"), "There is no printer"),
    ],
    ids=["stopped", "rejecting", "missing"],
)
def test_a_queue_that_would_not_print_gets_nothing(
    print_system: PrintSystem, how: tuple[str, ...], says: str
) -> None:
    name = f"btam-queue-{how[0]}"
    out = print_system.add_queue(name)
    print_system.run(*(part.format(how[0]) for part in how))
    assert says in (print_queue.queue_problem(name) or "")
    with pytest.raises(print_queue.PrintQueueError, match=says):
        print_queue.submit(name, _document(), "minutes.pdf")
    assert print_system.jobs(name) == [] and _printed(out) == []
