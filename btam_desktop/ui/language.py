"""The window's language: English or Spanish, chosen in Settings, applied at the next start.

The choice is a UI preference of this computer (QSettings key `language`), like the theme.
At start `apply` sets the default QLocale (dates in date pickers, numbers in spin boxes) and
installs two translators: Qt's own `qtbase_es.qm` (standard dialogs and buttons) and ours,
`resources/translations/btam_es.qm`, which `make translations` builds (tools/translations.py).
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QObject,
    QTime,
    QTranslator,
)

from btam_desktop.domain import clock
from btam_desktop.domain.local_time import MONTH_NAMES, local, long_day
from btam_desktop.domain.pack import Labels, label_in

if TYPE_CHECKING:
    from btam_desktop.domain.pack import Pack
from btam_desktop.resources import resource_dir

KEY = "language"
SYSTEM = "system"
ENGLISH = "en"
SPANISH = "es"
#: The languages the window is translated into, besides English (the source language).
TRANSLATED = frozenset({SPANISH})
#: The compiled catalogue's one context (tools/translations.py writes it so).
CATALOGUE_CONTEXT = "BTAM"
_MARK = "btam-translator"


class Catalogue(QTranslator):
    """Our `.qm`, asked in its one context whatever class asks.

    PySide's `self.tr()` asks with the Python class's name and then its bases' names, and the
    helpers of a module ask with a name of their own: one English string has one Spanish
    wherever it is shown, so the context does not choose it.
    """

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        # None, not "": Qt then asks the next translator (Qt's own), or shows the English.
        return super().translate(CATALOGUE_CONTEXT, source_text, disambiguation, n) or None


def chosen(value: object) -> str:
    """The stored choice, or the system's default when it is missing or unknown."""
    text = str(value or SYSTEM)
    return text if text in (SYSTEM, ENGLISH, *TRANSLATED) else SYSTEM


def locale_for(choice: str) -> QLocale:
    """The locale of the choice: the system's own, or the language's in the US."""
    if choice == SPANISH:
        return QLocale(QLocale.Language.Spanish, QLocale.Country.UnitedStates)
    if choice == ENGLISH:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale.system()


def language_of(locale: QLocale) -> str:
    """The translated language the locale asks for, or English."""
    if locale.language() is QLocale.Language.Spanish:
        return SPANISH
    return ENGLISH


def apply(app: QCoreApplication, choice: str) -> str:
    """Set the locale and the translators for `choice`; return the language shown ("en", "es").

    Call before the first window is built: widgets read their words when they are made.
    Calling it again replaces what an earlier call installed.
    """
    for old in app.findChildren(QTranslator, _MARK):
        app.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()
    locale = locale_for(chosen(choice))
    QLocale.setDefault(locale)
    language = language_of(locale)
    if language == ENGLISH:
        return ENGLISH
    qt_own = QTranslator(app)
    if qt_own.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        _install(app, qt_own)
    ours = Catalogue(app)
    loaded = False
    with contextlib.suppress(FileNotFoundError):
        loaded = ours.load(str(resource_dir() / "translations" / f"btam_{language}.qm"))
    if not loaded:
        return ENGLISH  # a copy installed without its catalogue still works, in English
    _install(app, ours)
    return language


def _install(app: QCoreApplication, translator: QObject) -> None:
    assert isinstance(translator, QTranslator)
    translator.setObjectName(_MARK)
    app.installTranslator(translator)


def long_date(day: date) -> str:
    """'Monday, March 15, 2027', or in Spanish 'lunes, 15 de marzo de 2027': the window's
    locale orders and names the parts (English keeps its own words whatever the system's)."""
    locale = QLocale()
    if language_of(locale) == ENGLISH:
        return long_day(day)
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def shown_language() -> str:
    """The language the window shows ("en", "es"): its locale's, set by `apply`."""
    return language_of(QLocale())


def pack_word(pack: Pack | Labels, text: str) -> str:
    """A pack's word (a level, a question, a checklist item, a factor, a plan domain...) as
    the window shows it: in the window's language where the pack gives it (`[labels.es]`),
    else the pack's English, word by word. `Pack.label` (`label_in` for the labels of
    several packs, which statistics carry) is the one source; the family's papers use it too.
    Only the shown text changes: what is stored (a factor, a domain) stays the pack's own."""
    if isinstance(pack, Mapping):
        return label_in(pack, text, shown_language())
    return pack.label(text, shown_language())


def short_date(day: date | None) -> str:
    """A calendar date as lists and tables show it: 'Dec 7, 2026', in Spanish '7 dic 2026'.

    Not the locale's numeric short format: a US school reads 12/7/26 as December 7, but staff
    who learned day-first dates (and Spanish's own 7/12/2026) read it as July 12; a spelled
    month and a four-digit year are unambiguous to both, and stay narrow enough for a column.
    Lists sort by the date itself (a sort role), never by this text. Empty for no date."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), day_pattern())


def day_pattern() -> str:
    """Qt's pattern of `short_date` in the window's language: lists and date pickers (see
    `ui/fields.spell_days`) write a day the same way. The month spelled, the year in full; the
    day first in Spanish, as Spanish writes it."""
    return "d MMM yyyy" if shown_language() == SPANISH else "MMM d, yyyy"


def short_moment(moment: str | datetime | None) -> str:
    """A stored moment (UTC) in local time as lists show it: 'Dec 7, 2026 2:05 PM', in
    Spanish '7 dic 2026 14:05'... as the locale writes its short time. Empty for none."""
    if moment is None or moment == "":
        return ""
    when = local(moment)
    time = QLocale().toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)
    return f"{short_date(when.date())} {time}"


def glance_moment(moment: str | datetime | None) -> str:
    """A stored moment for a column read at a glance (the case list's last activity): its
    local time when it is today (by the app's clock), else its date alone. The Timeline
    keeps the full moment; this keeps the column narrow enough for 1280 px."""
    if moment is None or moment == "":
        return ""
    when = local(moment)
    if when.date() != clock.today():
        return short_date(when.date())
    return QLocale().toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)


def recent_moment(moment: str | datetime) -> str:
    """A status's moment ("Synced 7:05 AM"): its local time when it is today (by the app's
    clock), else the whole moment, so a status unchanged since yesterday does not read as
    this morning's."""
    when = local(moment)
    if when.date() != clock.today():
        return short_moment(when)
    return QLocale().toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)


def month_year(text: str) -> str:
    """A month the figures name in English ("July 2026", a row of cases by month) in the
    window's language ("julio de 2026"); any other text as it is."""
    name, _, year = text.partition(" ")
    if name not in MONTH_NAMES or not year.isdigit() or shown_language() == ENGLISH:
        return text
    return QLocale().toString(QDate(int(year), MONTH_NAMES.index(name) + 1, 1), "MMMM 'de' yyyy")
