"""Every dialog the window opens, made with a plausible argument list: the accessibility
test names their widgets, the fits-the-screen probe measures them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog

from btam_desktop.domain.community import (
    CommunityService,
    ReferralStep,
    ServiceKind,
    ServiceReferral,
    Step,
)
from btam_desktop.domain.harm_to_self import MarkSource, Protocol
from btam_desktop.domain.plan import DEFAULT_CLOSURE_CHECKLIST
from btam_desktop.domain.team import Member, Role
from btam_desktop.packs.builtin import builtin_packs
from btam_desktop.services.assess import AssessmentForm
from btam_desktop.services.contracts.manage import PlanView
from btam_desktop.services.contracts.retention import DueLine
from btam_desktop.ui.screens.backup import BackupDialog, RestoreDialog
from btam_desktop.ui.screens.cases.assessment_tab import AssessmentDialog
from btam_desktop.ui.screens.cases.harm_dialogs import (
    MarkDialog,
    SafetyPlanDialog,
    StepDialog as ProtocolStepDialog,
    UnmarkDialog,
)
from btam_desktop.ui.screens.cases.manage_dialogs import (
    CheckInDialog,
    CloseDialog,
    InterventionDialog,
    NotificationDialog,
    ReviewDialog,
)
from btam_desktop.ui.screens.cases.plan_dialog import PlanDialog
from btam_desktop.ui.screens.cases.service_referrals import StepDialog, SuggestDialog
from btam_desktop.ui.screens.cases.student_view import StudentView
from btam_desktop.ui.screens.cases.transfer import ImportPacketDialog, MakePacketDialog
from btam_desktop.ui.screens.dialogs import (
    AddMemberDialog,
    ChangePassphraseDialog,
    CreateCaseFileDialog,
    DemoPassphraseDialog,
    InterviewDialog,
    RecoveryCodeDialog,
    ScreeningDialog,
)
from btam_desktop.ui.screens.export_dialog import ExportDialog
from btam_desktop.ui.screens.intake import IntakeDialog
from btam_desktop.ui.screens.meetings.dialogs import (
    ActionDialog,
    AddendumDialog,
    AgendaItemDialog,
    DecisionDialog,
    ScheduleDialog,
)
from btam_desktop.ui.screens.recover import RecoverDialog
from btam_desktop.ui.screens.team.contacts import ContactDialog
from btam_desktop.ui.screens.team.dialogs import MemberDetailsDialog, TrainingDialog
from btam_desktop.ui.screens.team.retention_dialogs import (
    DestroyDialog,
    HoldAnyDialog,
    HoldDialog,
    KeepDialog,
)
from btam_desktop.ui.screens.team.services_pane import ServiceDialog

_DUE = DueLine(
    case_id="c1",
    number="2026-0001",
    student="Kenzie Varga-Holloway",
    kind="destroy",
    due_on=date(2029, 9, 1),
    rule="closed at screening: 3 years after closure, then destroy",
)


def _protocol() -> Protocol:
    protocol = builtin_packs()["ntac"].harm_to_self
    assert protocol is not None
    return protocol


#: Each makes one dialog, given the main window as its parent.
DIALOGS: list[Callable[[Any], QDialog]] = [
    lambda p: CreateCaseFileDialog(Path("/tmp"), p),
    lambda p: RecoveryCodeDialog("ABCD-" * 13 + "ABCD", p),
    lambda p: RecoverDialog(
        "maple-hollow.btam", ["Dana Whitlock-Oyelaran", "Lucía Ferreira-Boyd"], "", p
    ),
    DemoPassphraseDialog,
    AddMemberDialog,
    ChangePassphraseDialog,
    lambda p: ScreeningDialog(
        [("id-1", "Marcus Feldspar")], ("id-0", "Dana Whitlock-Oyelaran"), None, p
    ),
    lambda p: IntakeDialog([], "", p),
    lambda p: ContactDialog(None, p),
    lambda p: ServiceDialog(None, p),
    lambda p: SuggestDialog(
        [CommunityService(id="s1", name="Cedar Bend Youth Mentoring", kind=ServiceKind.MENTORING)],
        (),
        p,
    ),
    lambda p: StepDialog(
        ServiceReferral(
            id="r1",
            case_id="c1",
            service_id="s1",
            steps=(ReferralStep(id="t1", step=Step.SUGGESTED, on=date(2026, 10, 1)),),
        ),
        "Cedar Bend Youth Mentoring",
        p,
    ),
    lambda p: InterviewDialog("case", [("id-1", "Marcus Feldspar")], "id-1", p),
    lambda p: InterventionDialog(
        ("Subject", "Target"),
        [Member(id="id-1", name="M F", role=Role.OTHER)],
        ("Risk",),
        ("Help",),
        None,
        p,
    ),
    NotificationDialog,
    CheckInDialog,
    lambda p: ReviewDialog([Member(id="id-1", name="M F", role=Role.OTHER)], "id-1", 30, p),
    lambda p: CloseDialog(DEFAULT_CLOSURE_CHECKLIST, p),
    lambda p: PlanDialog(
        PlanView(None, ("Student", "Target"), ("Risk",), ("Help",), ("Risk",), (), ()), {}, p
    ),
    lambda p: AssessmentDialog(
        AssessmentForm(builtin_packs()["ntac"], {}, 1),
        [Member(id="id-1", name="Marcus Feldspar", role=Role.PSYCHOLOGIST)],
        "id-1",
        p,
    ),
    lambda p: MemberDetailsDialog(Member(id="id-1", name="M F", role=Role.COUNSELOR), p),
    lambda p: TrainingDialog([Member(id="id-1", name="M F", role=Role.OTHER)], "id-1", p),
    lambda p: DestroyDialog(_DUE, p),
    lambda p: KeepDialog(_DUE, p),
    lambda p: HoldDialog(_DUE, lift=False, parent=p),
    lambda p: HoldDialog(_DUE, lift=True, parent=p),
    lambda p: HoldAnyDialog((("c1", "2026-0001", "Kenzie Varga-Holloway"),), p),
    lambda p: ScheduleDialog([Member(id="id-1", name="M F", role=Role.OTHER)], "id-1", None, p),
    AgendaItemDialog,
    lambda p: DecisionDialog("2026-0001 · K. V.-H.", p),
    lambda p: ActionDialog("2026-0001", [Member(id="id-1", name="M F", role=Role.OTHER)], True, p),
    AddendumDialog,
    lambda p: BackupDialog(p.ops, Path("/tmp"), p),
    lambda p: RestoreDialog(p.ops, Path("/tmp"), p),
    lambda p: ExportDialog(p.ops, "disclosures", p),
    lambda p: MakePacketDialog(p.ops, "case", "2026-0001", p),
    lambda p: ImportPacketDialog(p.ops, p, lambda _received: None),
    lambda p: StudentView(True, {}, p),
    lambda p: MarkDialog(
        [Member(id="id-1", name="M F", role=Role.COUNSELOR)], "id-1", MarkSource.CASE, p
    ),
    UnmarkDialog,
    lambda p: ProtocolStepDialog(
        _protocol(), "screen", [Member(id="id-1", name="M F", role=Role.COUNSELOR)], "id-1", p
    ),
    lambda p: SafetyPlanDialog(None, p),
]
