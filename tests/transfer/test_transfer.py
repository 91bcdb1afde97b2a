"""A transfer packet out of one case file and into another (two teams): the new case, the
history as sent, the disclosure and its audit event, the deadline warning at a pinned clock,
and every packet that must not open (wrong passphrase, a changed byte, an unknown version)."""

from __future__ import annotations

import base64
import json
from datetime import date
from pathlib import Path

import pytest
from pypdf.errors import FileNotDecryptedError

from btam_desktop.domain import transfer as packet_format
from btam_desktop.domain.case import PersonRole
from btam_desktop.domain.disclosure import DocumentKind
from btam_desktop.domain.errors import PermissionDeniedError, ValidationError
from btam_desktop.services import cases, members, printing, session as sessions, transfer
from btam_desktop.services.session import TEST_KDF, Session
from btam_desktop.storage import retention_repo, transfer_packet
from tests.conftest import LEAD, PASSPHRASE
from tests.reports import pdftext
from tests.transfer.conftest import PACKET_PASSPHRASE, SENT_ON, Teams


def _audit_count(s: Session) -> int:
    return int(s.ocf.conn.execute("SELECT count(*) FROM audit").fetchone()[0])


def _state(s: Session) -> tuple[int, int, int]:
    """Cases, audit events and ops of a case file: what an import must not change."""
    conn = s.ocf.conn
    return (
        len(cases.list_cases(s)),
        _audit_count(s),
        int(conn.execute("SELECT count(*) FROM sync_ops").fetchone()[0]),
    )


def test_round_trip_makes_a_new_case_with_the_history_as_sent(teams: Teams) -> None:
    made, changes = transfer.make_packet(teams.maple, teams.request(asked_on=date(2027, 3, 8)))
    assert changes.cases == {teams.case_id}
    assert made.packet.is_file() and made.summary == teams.folder / "kenzie-summary.pdf"
    before = len(cases.list_cases(teams.cedar))

    received, changes = transfer.receive(teams.cedar, made.packet, PACKET_PASSPHRASE)

    assert received.line == "Received from Maple Hollow Middle School on March 11, 2027"
    assert received.sent_on == SENT_ON and received.from_school == "Maple Hollow Middle School"
    assert len(cases.list_cases(teams.cedar)) == before + 1
    detail = cases.get_case(teams.cedar, received.case_id)
    assert detail.case.number == received.number and detail.case.number.startswith("2026-")
    assert detail.case.summary.startswith(received.line)
    (student,) = detail.persons
    assert (student.role, student.name, student.grade) == (
        PersonRole.SUBJECT,
        "Kenzie Varga-Holloway",
        "7",
    )
    assert student.school == "Cedar Bend Middle School"
    assert changes.cases == {received.case_id}

    (kept,) = transfer.received_of(teams.cedar, received.case_id)
    sent = kept.content
    assert (kept.from_school, kept.sent_on) == ("Maple Hollow Middle School", SENT_ON)
    assert sent.to_school == "Cedar Bend Middle School" and sent.sent_by == LEAD
    (referral,) = sent.referrals
    assert referral.said == "you're dead tomorrow, I'll bring something"
    assert referral.reporter != "Priya Anand-Moss"  # the preset names no reporter
    (assessment,) = sent.assessments
    assert assessment.level == "Moderate concern" and assessment.version == 1
    assert "Access to weapons" in assessment.risk_factors
    assert sent.plan is not None and sent.plan.goals == "K. feels safe and connected at school."
    (item,) = sent.plan.items
    assert (item.description, item.responsible) == (
        "Weekly check-in with Marcus Feldspar",
        "Marcus Feldspar",
    )
    assert item.frequency == "weekly"
    assert set(sent.left_out) == {
        "People involved",
        "Screening",
        "Inquiry",
        "Notifications",
        "Timeline",
    }
    # The receiving team's own work is its own: nothing of Maple Hollow's audit came along.
    actions = [e.action for e in cases.case_history(teams.cedar, received.case_id)]
    assert actions == ["case.created", "transfer.received"]
    # Each side's write is one op of the op log, under its service's name (it syncs as usual).
    for side, intent in ((teams.maple, "transfer.make"), (teams.cedar, "transfer.receive")):
        intents = [r[0] for r in side.ocf.conn.execute("SELECT intent FROM sync_ops")]
        assert intents.count(intent) == 1, intent
    # Destroying the case under the retention rules takes the received record with it.
    rows = retention_repo.rows_of_case(teams.cedar.ocf.conn, received.case_id)
    assert ("received_records", kept.id) in rows
    # The other team's own cases are untouched, and their file has no received record.
    assert transfer.received_of(teams.maple, teams.case_id) == []


def test_the_transfer_is_logged_as_a_disclosure_with_ids_only_in_the_audit(teams: Teams) -> None:
    made, _ = transfer.make_packet(teams.maple, teams.request(asked_on=date(2027, 3, 8)))
    log = [d for d in printing.disclosures_of(teams.maple, teams.case_id)]
    (sent,) = [d for d in log if d.document is DocumentKind.TRANSFER_PACKET]
    assert sent.id == made.disclosure_id and sent.document_id == made.document_id
    assert (sent.recipient, sent.legal_basis) == ("Cedar Bend Middle School", "receiving_school")
    assert sent.options["sent_on"] == "2027-03-11" and sent.options["due_on"] == "2027-03-11"
    assert sent.options["asked_on"] == "2027-03-08" and sent.options["encrypted"] is True
    (event,) = [
        e for e in cases.case_history(teams.maple, teams.case_id) if e.action == "transfer.sent"
    ]
    assert event.entity_id == sent.id
    said = json.dumps(event.detail)
    assert "Cedar Bend" not in said and "Kenzie" not in said and PACKET_PASSPHRASE not in said


def test_the_readable_summary_is_the_receiving_school_copy_encrypted(teams: Teams) -> None:
    made, _ = transfer.make_packet(teams.maple, teams.request())
    pdf = made.summary.read_bytes()
    with pytest.raises(FileNotDecryptedError):  # nothing is readable without the passphrase
        pdftext.text(pdf)
    text = pdftext.text(pdf, PACKET_PASSPHRASE)
    assert "Prepared for a receiving school" in text
    assert "Cedar Bend Middle School" in text  # the release block names the recipient
    assert "Kenzie Varga-Holloway" not in text and "Student K.V.-H." in text
    assert "Priya Anand-Moss" not in text


@pytest.mark.parametrize(
    ("asked_on", "said"),
    [
        (date(2027, 3, 8), "Due today: Florida-style"),  # Mon + 3 school days = Thu (today)
        (date(2027, 3, 9), "Due soon:"),  # due Friday
        (date(2027, 3, 5), "Late:"),  # Fri + 3 school days = Wed
        (date(2027, 3, 10), ""),  # due Monday: time enough
    ],
)
def test_the_deadline_warning_at_a_pinned_clock(teams: Teams, asked_on: date, said: str) -> None:
    made, _ = transfer.make_packet(teams.maple, teams.request(asked_on=asked_on))
    assert made.deadline is not None and made.deadline.school_days == 3
    assert made.warning.startswith(said) if said else made.warning == ""
    if said == "Late:":
        assert "due by 2027-03-10" in made.warning


def test_no_deadline_without_one_in_the_model(teams: Teams) -> None:
    from btam_desktop.services import assess

    assess.set_team_pack(teams.maple, "ntac")
    made, _ = transfer.make_packet(teams.maple, teams.request(asked_on=date(2027, 1, 4)))
    assert made.deadline is None and made.warning == ""


def test_a_wrong_passphrase_changes_nothing(teams: Teams) -> None:
    made, _ = transfer.make_packet(teams.maple, teams.request())
    before = _state(teams.cedar)
    with pytest.raises(ValidationError, match="does not open with that passphrase"):
        transfer.receive(teams.cedar, made.packet, "not the passphrase")
    assert _state(teams.cedar) == before


def _tampered(path: Path, change: str) -> Path:
    envelope = json.loads(path.read_bytes())
    if change == "ciphertext":
        raw = bytearray(base64.b64decode(envelope["ciphertext"]))
        raw[len(raw) // 2] ^= 0x01
        envelope["ciphertext"] = base64.b64encode(bytes(raw)).decode()
    else:  # the header is bound too: a weaker derivation named in it fails like a byte
        envelope["kdf"]["time_cost"] += 1
    out = path.with_name(f"tampered-{change}")
    out.write_text(json.dumps(envelope))
    return out


@pytest.mark.parametrize("change", ["ciphertext", "header"])
def test_a_tampered_packet_is_refused(teams: Teams, change: str) -> None:
    made, _ = transfer.make_packet(teams.maple, teams.request())
    before = _state(teams.cedar)
    with pytest.raises(ValidationError, match="changed or damaged"):
        transfer.receive(teams.cedar, _tampered(made.packet, change), PACKET_PASSPHRASE)
    assert _state(teams.cedar) == before


@pytest.mark.parametrize(
    ("document", "said"),
    [
        ({"format": "btam-transfer", "version": 2}, "format version 2"),
        ({"format": "something-else", "version": 1}, "not a BTAM Desktop transfer packet"),
        ({"format": "btam-transfer", "version": 1, "sent_on": "2027-03-11"}, "lacks the field"),
    ],
)
def test_an_unknown_version_or_shape_is_refused(
    teams: Teams, tmp_path: Path, document: dict[str, object], said: str
) -> None:
    path = tmp_path / "odd.btam-transfer"
    path.write_bytes(transfer_packet.seal(document, PACKET_PASSPHRASE, TEST_KDF))
    before = _state(teams.cedar)
    with pytest.raises(ValidationError, match=said):
        transfer.receive(teams.cedar, path, PACKET_PASSPHRASE)
    assert _state(teams.cedar) == before


def test_an_envelope_of_another_version_or_no_packet_at_all(teams: Teams, tmp_path: Path) -> None:
    made, _ = transfer.make_packet(teams.maple, teams.request())
    envelope = json.loads(made.packet.read_bytes())
    envelope["version"] = 9
    other = tmp_path / "v9"
    other.write_text(json.dumps(envelope))
    with pytest.raises(ValidationError, match="envelope version 9"):
        transfer.receive(teams.cedar, other, PACKET_PASSPHRASE)
    pdf = made.summary
    with pytest.raises(ValidationError, match="not a BTAM Desktop transfer packet"):
        transfer.receive(teams.cedar, pdf, PACKET_PASSPHRASE)


def test_the_content_reads_back_as_it_was_written(teams: Teams) -> None:
    made, _ = transfer.make_packet(teams.maple, teams.request())
    content = transfer.read_packet(made.packet.read_bytes(), PACKET_PASSPHRASE)
    assert packet_format.from_json(packet_format.to_json(content)) == content


def test_only_a_lead_makes_a_packet_and_a_bad_request_writes_nothing(teams: Teams) -> None:
    for request, said in (
        (teams.request(passphrase="short"), "at least 10"),
        (teams.request(to_school="  "), "receiving school"),
        (teams.request(packet=teams.folder / "missing" / "p"), "existing folder"),
        (teams.request(asked_on=date(2027, 3, 12)), "in the future"),
    ):
        with pytest.raises(ValidationError, match=said):
            transfer.make_packet(teams.maple, request)
    members.add_member(
        teams.maple, "Rosa Delacroix", "counselor", "rosa passphrase ok", kdf=TEST_KDF
    )
    folder = teams.maple.ocf.layout.folder
    sessions.lock(teams.maple)
    teams.maple = sessions.unlock(folder, "Rosa Delacroix", "rosa passphrase ok")
    with pytest.raises(PermissionDeniedError, match="team lead"):
        transfer.make_packet(teams.maple, teams.request())
    assert list(teams.folder.iterdir()) == []
    sessions.lock(teams.maple)
    teams.maple = sessions.unlock(folder, None, PASSPHRASE)
    assert not [
        d
        for d in printing.disclosures_of(teams.maple, teams.case_id)
        if d.document is DocumentKind.TRANSFER_PACKET
    ]
