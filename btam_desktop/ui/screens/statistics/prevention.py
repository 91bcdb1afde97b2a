"""The Statistics screen's prevention section (the public-health view): a heading, what the
tables under it count, and in plain sentences the factors that came up most and the plan
domains used against them, so a team can plan school-wide prevention.

The numbers come suppressed from `stats.year` (`domain/prevention`); the tables themselves
are laid out by the screen like every other figure, right under this header, and take the
keyboard there. This header takes no focus: its sentences say nothing the tables do not.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from btam_desktop.domain.prevention import FIGURES, WRITTEN_IN
from btam_desktop.domain.statistics import Figure, PublishedTable
from btam_desktop.services.contracts.stats import YearStatistics
from btam_desktop.ui.language import short_date
from btam_desktop.ui.plain import PlainLabel

#: The figure the section starts at.
FIRST = FIGURES[0]


def _count(value: int | None, minimum: int) -> str:
    return f"<{minimum}" if value is None else str(value)


def period_label(result: YearStatistics) -> str:
    """The period counted, as the window says it: its school year ("2026-27"), or its first
    and last day as lists write them ("Aug 1, 2026 to Sep 30, 2026"; the service's own label
    is ISO, for the spreadsheet)."""
    if result.year is not None:
        return result.label
    return (
        QCoreApplication.translate("Statistics", "%1 to %2")
        .replace("%1", short_date(result.start))
        .replace("%2", short_date(result.end))
    )


class PreventionHeader(QWidget):
    def __init__(self, result: YearStatistics, font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(font)
        self._minimum = result.minimum
        tables = {t.figure: t for t in result.tables}
        large = QFont(font)
        large.setBold(True)
        large.setPointSizeF(font.pointSizeF() * 1.2)
        self.title = PlainLabel(self.tr("Prevention: factors across cases"))
        self.title.setFont(large)
        self.about = PlainLabel(
            self.tr(
                "The risk and protective factors named in the latest assessment of each case "
                "opened in %1, counted across the cases (a case once under each factor it "
                "names, so a total counts it as often), and where the plans work on the risk "
                "factors named most: what to "
                "plan school-wide prevention on, not only case by case. Factors a team typed "
                "in are counted together, never quoted."
            ).replace("%1", period_label(result))
        )
        self.top = PlainLabel()
        self.top.setAccessibleName(self.tr("The factors named most"))
        for label in (self.about, self.top):
            label.setWordWrap(True)
        self.top.setText(
            "\n".join(
                [
                    self._most(
                        tables.get(Figure.RISK_FACTORS), self.tr("Risk factors named most: %1.")
                    ),
                    self._most(
                        tables.get(Figure.PROTECTIVE_FACTORS),
                        self.tr("Protective factors named most: %1."),
                    ),
                    *self._against(tables.get(Figure.FACTOR_INTERVENTIONS)),
                ]
            )
        )
        box = QVBoxLayout(self)
        box.setContentsMargins(0, self.fontMetrics().height(), 0, 0)
        for label in (self.title, self.about, self.top):
            box.addWidget(label)

    def _most(self, table: PublishedTable | None, sentence: str) -> str:
        """The factors shown over zero, most first (the table's order), with their counts."""
        shown = (
            [
                (row, cells[0])
                for row, cells in zip(table.rows, table.values.cells, strict=True)
                if row != WRITTEN_IN and cells[0]
            ][:5]
            if table
            else []
        )
        if not shown:
            return sentence.replace(
                "%1",
                self.tr("none in %1 or more cases (smaller counts are hidden)").replace(
                    "%1", str(self._minimum)
                ),
            )
        return sentence.replace(
            "%1",
            "; ".join(
                self.tr("%1 (%2 cases)").replace("%1", row).replace("%2", str(n))
                for row, n in shown
            ),
        )

    def _against(self, table: PublishedTable | None) -> list[str]:
        """Per top risk factor, the plan domains its cases' plans worked in (counts over 0)."""
        if table is None or not table.rows:
            return []
        out = [self.tr("Where the plans work on them (cases, by plan domain):")]
        for row, cells in zip(table.rows, table.values.cells, strict=True):
            used = [
                f"{column} {_count(value, self._minimum)}"
                for column, value in zip(table.columns, cells, strict=True)
                if value != 0
            ]
            out.append(
                self.tr("• %1: %2.")
                .replace("%1", row)
                .replace("%2", ", ".join(used) if used else self.tr("no plan item yet"))
            )
        return out
