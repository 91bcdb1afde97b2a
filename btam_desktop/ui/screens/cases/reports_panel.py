"""The reports and evidence of a case (Referral tab): every referral as received, screening
decisions, and attachments shown from memory (no plaintext copies on disk)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain.referral import Referral, ReporterKind
from btam_desktop.ui.language import short_moment
from btam_desktop.ui.list_pane import ListPane
from btam_desktop.ui.plain import PlainLabel
from btam_desktop.ui.record_view import Record, RecordView
from btam_desktop.ui.screens.intake import CHANNEL_LABELS

THUMB = QSize(96, 72)


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportsPanel", text)


def describe_referral(r: Referral, names: dict[str, str]) -> str:
    when = short_moment(r.received_at)
    if r.reporter_kind is ReporterKind.ANONYMOUS:
        who = tr("anonymous")
    elif r.reporter_kind is ReporterKind.CONFIDENTIAL:
        who = tr("%1 (confidential identity)").replace("%1", r.reporter_name)
    else:
        who = r.reporter_name + (f", {r.reporter_relationship}" if r.reporter_relationship else "")
    flags = [f for f, on in ((tr("IMMINENT DANGER"), r.imminent), (tr("weapon"), r.weapon)) if on]
    received = tr(" · received by %1").replace("%1", names.get(r.received_by or "", ""))
    lines = [
        f"{when} · {tr(CHANNEL_LABELS[r.channel])} · {who}"
        + (received if r.received_by in names else "")
    ]
    if flags:
        lines.append(" · ".join(flags))
    if r.verbatim:
        lines.append(f"“{r.verbatim}”")
    if r.narrative:
        lines.append(r.narrative)
    if r.imminent and r.emergency_actions:
        lines.append(f"Emergency steps: {r.emergency_actions}")
    return "\n".join(lines)


class ReportsPanel(QWidget):
    screen_requested = Signal()
    attach_requested = Signal(list)  # file paths
    preview_requested = Signal(str)  # evidence id
    referral_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        font = QFont(self.font())
        font.setBold(True)
        self.reports = QListWidget()
        self.reports.setAccessibleName(self.tr("Reports received"))
        self.reports.setWordWrap(True)
        self.reports.setAlternatingRowColors(True)
        self.reports.setSpacing(2)
        # The screening decision reads as a record, with Screen… beside it for a lead.
        self.screening = RecordView(self.tr("Screening decision"))
        self.screening.text.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        screening_heading = PlainLabel(self.tr("Screening"))
        self.screening.add_leading(screening_heading)
        screening_heading.setFont(font)
        self.evidence = QListWidget()
        self.evidence.setAccessibleName(self.tr("Evidence"))
        self.evidence.setIconSize(THUMB)
        self.add_report = QPushButton(self.tr("Add a re&port…"))
        self.screen_button = self.screening.add_button(QPushButton(self.tr("Scr&een…")))
        self.attach_button = QPushButton(self.tr("A&ttach evidence…"))
        self.reports_pane = ListPane(
            self.tr("Reports"), self.reports, self.tr("none yet"), self.add_report
        )
        self.evidence_pane = ListPane(
            self.tr("Evidence"),
            self.evidence,
            self.tr("none yet: drop files here"),
            self.attach_button,
        )
        self.evidence_pane.setToolTip(self.tr("Drop files here to attach them"))
        for pane in (self.reports_pane, self.evidence_pane):
            pane.title.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.reports_pane, 2)
        layout.addWidget(self.screening)
        layout.addWidget(self.evidence_pane, 1)
        layout.addStretch(0)  # what the collapsed panes give up, when all are
        self.add_report.clicked.connect(self.referral_requested)
        self.screen_button.clicked.connect(self.screen_requested)
        self.attach_button.clicked.connect(lambda: self.attach_requested.emit([]))
        self.evidence.itemActivated.connect(
            lambda item: self.preview_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )

    def show_reports(self, referrals: list[Referral], names: dict[str, str]) -> None:
        self.reports.clear()
        for r in referrals:
            self.reports.addItem(QListWidgetItem(describe_referral(r, names)))

    def show_screening(self, record: Record, *, screened: bool, can_screen: bool) -> None:
        """The screening decisions; shown once there is one, or while a lead may screen."""
        self.screening.show_record(record)
        self.screening.setVisible(screened or can_screen)
        self.screen_button.setVisible(can_screen)

    def show_evidence(self, items: list[tuple[str, str, str, int, bytes | None]]) -> None:
        """(id, file name, media type, size, thumbnail bytes for images)."""
        self.evidence.clear()
        for evidence_id, name, kind, size, picture in items:
            amount = f"{size:,} bytes" if size < 1024 else f"{size / 1024:,.0f} KB"
            item = QListWidgetItem(f"{name}\n{kind} · {amount}")
            item.setData(Qt.ItemDataRole.UserRole, evidence_id)
            if picture is not None:
                pixmap = QPixmap()
                pixmap.loadFromData(QByteArray(picture))
                if not pixmap.isNull():
                    item.setIcon(
                        QIcon(
                            pixmap.scaled(
                                THUMB,
                                Qt.AspectRatioMode.KeepAspectRatio,
                                Qt.TransformationMode.SmoothTransformation,
                            )
                        )
                    )
            self.evidence.addItem(item)

    def clear(self) -> None:
        self.reports.clear()
        self.evidence.clear()
        self.screening.show_record(Record())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.attach_requested.emit([str(Path(p)) for p in paths])
            event.acceptProposedAction()
