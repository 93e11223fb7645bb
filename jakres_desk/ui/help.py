"""Help → Keyboard shortcuts (F1): every key of the main window and of each step.

The rows are the facilitator guide's ("Pintasan keyboard" / "Keyboard shortcuts",
docs/facilitator-guide.md), section for section, in the window's language;
tests/ui/test_help.py fails when the two drift apart.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QTextBrowser, QVBoxLayout

Section = tuple[str, list[tuple[str, str]]]
STYLE = (
    "h3 { color: #1f5a73; margin-top: 8px; margin-bottom: 0; }"
    "td { padding: 1px 14px 1px 0; }"
    "td.key { font-weight: bold; white-space: nowrap; }"
)


def add_help_menu(main: Any) -> QAction:
    """The main window's Help menu with its one entry, Keyboard shortcuts (F1)."""
    menu = main.menuBar().addMenu(QCoreApplication.translate("CheatSheet", "&Help"))
    act = QAction(QCoreApplication.translate("CheatSheet", "&Keyboard shortcuts"), main)
    act.setShortcut(QKeySequence("F1"))
    act.triggered.connect(lambda _=False: show_cheat_sheet(main))
    menu.addAction(act)
    return act


def show_cheat_sheet(main: Any) -> CheatSheet:
    """Open the cheat sheet beside the main window (one at a time; Esc closes it)."""
    sheet = getattr(main, "cheat_sheet", None)
    if sheet is None:
        titles = [page.title() for page in main.pages]
        sheet = main.cheat_sheet = CheatSheet(titles, main)
    sheet.show()
    sheet.raise_()
    sheet.activateWindow()
    return sheet


class CheatSheet(QDialog):
    """The keys, in two columns: the window and the projector, then step by step."""

    def __init__(self, step_titles: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.step_titles = step_titles
        self.setWindowTitle(self.tr("Keyboard shortcuts — jakres-desk"))
        columns = QHBoxLayout()
        self.columns = [self._column(part) for part in self.parts()]
        for browser in self.columns:
            columns.addWidget(browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(columns, 1)
        box.addWidget(buttons)
        self.resize(1240, 690)  # fits a 1366×768 laptop screen with its task bar

    def _column(self, sections: list[Section]) -> QTextBrowser:
        browser = QTextBrowser()
        browser.setFrameShape(QTextBrowser.Shape.NoFrame)
        browser.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Esc reaches the dialog
        browser.document().setDefaultStyleSheet(STYLE)
        font = browser.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        browser.setFont(font)
        browser.setHtml(html_column(sections))
        return browser

    def sections(self) -> list[Section]:
        """Every section, in the guide's order."""
        return [s for part in self.parts() for s in part]

    def parts(self) -> tuple[list[Section], list[Section]]:
        """The left column (the window, every step) and the right one (each step, projector)."""
        return [self.window_keys(), self.every_step()], [*self.step_keys(), self.projector_keys()]

    def window_keys(self) -> Section:
        return self.tr("The main window"), [
            ("F1", self.tr("This list of keys")),
            ("Ctrl+N", self.tr("New group session")),
            ("Ctrl+O", self.tr("Open a file")),
            ("Ctrl+E", self.tr("Go to Finish to export")),
            ("Ctrl+P", self.tr("Report and print")),
            ("Ctrl+Shift+S", self.tr("Save the report as PDF")),
            ("F6", self.tr("Plenary presentation")),
            ("Ctrl+Shift+M", self.tr("Consolidate group files (secretariat)")),
            (self.tr("Ctrl+Q (Windows: Alt+F4)"), self.tr("Quit")),
            ("Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y)", self.tr("Undo / Redo")),
            ("Alt+0 … Alt+5", self.tr("Go to step 0–5")),
            ("Ctrl+PgDown / Ctrl+PgUp", self.tr("Next / previous step")),
            ("Ctrl+T", self.tr("Start or pause the timer")),
            ("F5", self.tr("Projector window")),
            ("Ctrl+Shift+T", self.tr("Show or hide the vote tally on the projector")),
        ]

    def projector_keys(self) -> Section:
        return self.tr("In the projector window"), [
            ("T", self.tr("Show or hide the vote tally")),
            ("F11", self.tr("Full screen")),
            ("Esc", self.tr("Leave full screen")),
            ("Ctrl+W", self.tr("Close the projector window")),
        ]

    def every_step(self) -> Section:
        return self.tr("In every step"), [
            (self.tr("Alt + underlined letter"), self.tr("Go to that field or button")),
            ("Tab / Shift+Tab", self.tr("Move between parts of the screen")),
            ("Enter", self.tr("In a form: next field; in the last field: add")),
            (self.tr("Ctrl+Z in an empty field"), self.tr("Undo the add just made")),
            ("Ctrl+Enter", self.tr("Save the rationale or notes being typed")),
        ]

    def step_keys(self) -> list[Section]:
        rows = [
            [
                ("↓ ↑", self.tr("Choose among the people the search found")),
                ("Enter", self.tr("Check in the highlighted person")),
                (self.tr("Space"), self.tr("In the table: check in or out")),
                ("F2 / Delete", self.tr("In the table: correct / remove the person")),
            ],
            [
                (self.tr("Space"), self.tr("Pick or drop a CRF goal")),
                ("Delete / F2", self.tr("Remove / correct the selected element or target")),
            ],
            [
                ("F2", self.tr("Edit the cell (or double-click)")),
                ("Delete", self.tr("Remove the selected criterion")),
            ],
            [
                ("↓ ↑", self.tr("Move the highlight in the catalogue")),
                ("Enter", self.tr("Add the highlighted program as a candidate")),
                ("Delete / F2", self.tr("Take off the list / correct the room's own program")),
            ],
            [
                (self.tr("Digit, +, −"), self.tr("Dots: set, add or take; Scores: type the score")),
                ("Delete", self.tr("Clear the cell")),
                ("Enter", self.tr("In Reason: mark the highlighted program priority")),
            ],
            [(self.tr("Space"), self.tr("Export the group's results (the button has the focus)"))],
        ]
        titles = self.step_titles or [""] * len(rows)
        return [
            (f"{n}. {title}", keys)
            for n, (title, keys) in enumerate(zip(titles, rows, strict=True))
        ]


def html_column(sections: list[Section]) -> str:
    """One table for a column, so its keys line up: a heading row, then keys and what they do."""
    rows = []
    for title, keys in sections:
        top = "0" if not rows else "12px"
        rows.append(
            f"<tr><td colspan='2' style='padding-top: {top}'><h3>{escape(title)}</h3></td></tr>"
        )
        rows += [
            f"<tr><td class='key'>{escape(k)}</td><td>{escape(what)}</td></tr>" for k, what in keys
        ]
    return f"<table cellspacing='0'>{''.join(rows)}</table>"
