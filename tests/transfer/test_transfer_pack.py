"""`[transfer] deadline_school_days` in a model pack: read, inherited, and checked with the
file, line and field of a mistake (what `btam-desktop packs check` prints)."""

from __future__ import annotations

from datetime import date

import pytest

from btam_desktop.domain.pack import PackError
from btam_desktop.domain.transfer import Deadline, school_days_after
from btam_desktop.packs.builtin import builtin_packs
from btam_desktop.packs.loader import parse

HEAD = """[pack]
id = "cedar-bend"
name = "Cedar Bend"
version = "1"
provenance = "test"
licence = "test"
extends = "florida-style"
"""


def test_the_florida_style_pack_gives_three_school_days_and_a_district_inherits_it() -> None:
    florida = builtin_packs()["florida-style"]
    assert florida.transfer_deadline_days == 3
    assert builtin_packs()["ntac"].transfer_deadline_days is None
    assert parse(HEAD, "cedar.toml", florida).transfer_deadline_days == 3
    own = parse(HEAD + "[transfer]\ndeadline_school_days = 5\n", "cedar.toml", florida)
    assert own.transfer_deadline_days == 5


@pytest.mark.parametrize(
    ("table", "said"),
    [
        ("deadline_school_days = 0", "cedar.toml:9: transfer.deadline_school_days: should be"),
        ('deadline_school_days = "3"', "transfer.deadline_school_days"),
        ("deadline_school_days = true", "transfer.deadline_school_days: should be"),
        ("days = 3", "cedar.toml:9: transfer.days: is not a transfer setting"),
    ],
)
def test_a_wrong_setting_is_named_with_its_line(table: str, said: str) -> None:
    with pytest.raises(PackError) as caught:
        parse(HEAD + "[transfer]\n" + table + "\n", "cedar.toml", builtin_packs()["florida-style"])
    assert said in str(caught.value)


def test_school_days_skip_weekends() -> None:
    friday = date(2027, 3, 5)
    assert school_days_after(friday, 1) == date(2027, 3, 8)
    assert school_days_after(friday, 3) == date(2027, 3, 10)
    deadline = Deadline(friday, 3, date(2027, 3, 10), "Florida-style")
    assert deadline.warning(date(2027, 3, 6)) == ""  # Saturday: Monday to Wednesday left
    assert deadline.warning(date(2027, 3, 9)).startswith("Due soon:")
    assert deadline.warning(date(2027, 3, 10)).startswith("Due today:")
    assert deadline.warning(date(2027, 3, 11)).startswith("Late:")
