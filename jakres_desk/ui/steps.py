"""The six steps of a session: their keys and titles, known before their pages are loaded.

The main window lists the steps on its first screen, before the modules of
steps 1-5 (and the ORM they use) are imported. Each page's `title()` says the
same words in its own translation context; tests/ui/test_start.py checks
that both agree in both languages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from jakres_desk.ui.widgets import Page

# (icon and key, the page class's translation context, its title)
STEPS = (
    ("attendance", "AttendancePage", QT_TRANSLATE_NOOP("AttendancePage", "Attendance")),
    ("elements", "ElementsPage", QT_TRANSLATE_NOOP("ElementsPage", "Elements and targets")),
    ("criteria", "CriteriaPage", QT_TRANSLATE_NOOP("CriteriaPage", "Criteria")),
    ("programs", "ProgramsPage", QT_TRANSLATE_NOOP("ProgramsPage", "Programs")),
    ("votes", "VotesPage", QT_TRANSLATE_NOOP("VotesPage", "Votes and priority")),
    ("finish", "FinishPage", QT_TRANSLATE_NOOP("FinishPage", "Finish")),
)


def step_title(number: int) -> str:
    """Step `number`'s title in the installed language."""
    _key, context, title = STEPS[number]
    return QCoreApplication.translate(context, str(title))


def page_classes() -> tuple[type[Page], ...]:
    """The steps of a session, in order (imported here: they pull in the core)."""
    from jakres_desk.ui.pages.attendance import AttendancePage
    from jakres_desk.ui.pages.criteria import CriteriaPage
    from jakres_desk.ui.pages.elements import ElementsPage
    from jakres_desk.ui.pages.finish import FinishPage
    from jakres_desk.ui.pages.programs import ProgramsPage
    from jakres_desk.ui.pages.votes import VotesPage

    return (AttendancePage, ElementsPage, CriteriaPage, ProgramsPage, VotesPage, FinishPage)
