"""The desk's Readiness page: what to fix before the kits, each a button to its page."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from jakres_desk.core.setup.readiness import Finding, readiness
from jakres_desk.core.topics import EVERYTHING, Changes
from jakres_desk.ui.session import Session
from jakres_desk.ui.widgets import Page


class ReadinessPage(Page):
    """The readiness check (core/setup/readiness.py), read again on every change."""

    key = "readiness"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.findings: list[Finding] = []
        self.buttons: list[QPushButton] = []
        self.summary = QLabel()
        self.summary.setObjectName("readySummary")
        self.summary.setWordWrap(True)
        self.list = QWidget()
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.list)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(scroll, 1)
        self.setStyleSheet(
            "#readySummary { font-size: 12pt; font-weight: bold; }"
            "QPushButton#finding { text-align: left; padding: 6px 10px; }"
        )

    def title(self) -> str:
        return self.tr("Readiness check")

    def prompt(self) -> str:
        return self.tr(
            "What to put right before making the kits. Press a line (or Tab to it and "
            "press Space) to open the page where it is fixed."
        )

    def refresh(self, change: Changes = EVERYTHING) -> None:
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        f = self.session.file
        self.findings = readiness(f) if f is not None else []
        if f is None:
            self.summary.setText(self.tr("No workshop file is open."))
        elif not self.findings:
            self.summary.setText(self.tr("Ready: nothing to put right before the kits."))
        else:
            self.summary.setText(
                self.tr("%n thing(s) to check before the kits:", "", len(self.findings))
            )
        for finding in self.findings:
            button = QPushButton(f"{finding.text()}  →  {self._page_name(finding.page)}")
            button.setObjectName("finding")
            button.setFlat(True)
            button.clicked.connect(
                lambda _=False, k=finding.page, r=finding.subject: self.open_page(k, r)
            )
            self.list_layout.insertWidget(self.list_layout.count() - 1, button)
            self.buttons.append(button)

    def _page_name(self, key: str) -> str:
        names = {
            "workshop": self.tr("Workshop"),
            "focus": self.tr("Focus areas and groups"),
            "people": self.tr("Participants"),
            "catalogue": self.tr("Catalogue"),
            "rules": self.tr("Voting rules"),
        }
        return names.get(key, key)

    def open_page(self, key: str, subject: str = "") -> None:
        """Open the desk page where a finding is fixed, on the record it names."""
        show = getattr(self.window(), "show_page", None)
        if show is not None:
            show(key, subject)
