"""The desk's Workshop page: a new workshop (preset, or like an earlier one) and its details."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jakres_desk.base.errors import JakresError
from jakres_desk.base.i18n import pick
from jakres_desk.core import resources
from jakres_desk.core.device import device_id
from jakres_desk.core.services import workshops
from jakres_desk.core.topics import EVERYTHING, Changes, Topic
from jakres_desk.store.db import JakresFile, open_file
from jakres_desk.ui import settings
from jakres_desk.ui.session import Session
from jakres_desk.ui.widgets import ErrorLabel, Page

LIKE = "like"  # the "like an earlier workshop" choice of the start list
DETAILS = ("title", "date", "venue", "organiser", "description")


class WorkshopPage(Page):
    """Start a workshop file; edit its title, date, venue, organiser and description."""

    key = "workshop"
    topics = frozenset({Topic.WORKSHOP})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.start = QComboBox()
        for pid in resources.PRESETS:
            self.start.addItem(
                self.tr("Preset: %1").replace("%1", pick(resources.preset(pid)["name"])), pid
            )
        self.start.addItem(
            self.tr("Like an earlier workshop (setup only, no people or results)"), LIKE
        )
        self.new_title = QLineEdit()
        self.new_date = QDateEdit(QDate.currentDate())
        self.new_date.setCalendarPopup(True)
        self.new_date.setDisplayFormat("yyyy-MM-dd")
        self.create_button = QPushButton(self.tr("C&reate workshop file…"))
        self.create_button.clicked.connect(self._create_clicked)
        new_box = QGroupBox(self.tr("New workshop"))
        new_form = QFormLayout(new_box)
        new_form.addRow(self.tr("&Start from"), self.start)
        new_form.addRow(self.tr("New &title"), self.new_title)
        new_form.addRow(self.tr("New d&ate"), self.new_date)
        new_form.addRow("", self.create_button)
        self.fields = {name: QLineEdit() for name in ("title", "venue", "organiser", "stage")}
        self.fields["stage"].setPlaceholderText(self.tr("e.g. preliminary, final"))
        self.record_language = QComboBox()
        self.record_language.addItem("Bahasa Indonesia", "id")
        self.record_language.addItem("English", "en")
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.save_button = QPushButton(self.tr("Sa&ve details"))
        self.save_button.clicked.connect(self.save)
        self.details = QGroupBox(self.tr("This workshop"))
        form = QFormLayout(self.details)
        form.addRow(self.tr("T&itle"), self.fields["title"])
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("Ve&nue"), self.fields["venue"])
        form.addRow(self.tr("&Organiser"), self.fields["organiser"])
        form.addRow(self.tr("Sta&ge"), self.fields["stage"])
        form.addRow(self.tr("&Language of the record"), self.record_language)
        form.addRow(self.tr("Descri&ption"), self.description)
        form.addRow("", self.save_button)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.error = ErrorLabel()
        top = QHBoxLayout()
        top.addWidget(self.details, 3)
        top.addWidget(new_box, 2)
        box = QVBoxLayout(self)
        box.addWidget(self.file_label)
        box.addLayout(top, 1)
        box.addWidget(self.error)
        for field in self.fields.values():
            field.returnPressed.connect(self.save)
        self.setTabOrder(self.fields["title"], self.date)
        self.setTabOrder(self.date, self.fields["venue"])
        self.setTabOrder(self.fields["venue"], self.fields["organiser"])
        self.setTabOrder(self.fields["organiser"], self.fields["stage"])
        self.setTabOrder(self.fields["stage"], self.record_language)
        self.setTabOrder(self.record_language, self.description)
        self.setTabOrder(self.description, self.save_button)
        self.setTabOrder(self.save_button, self.start)
        self.setTabOrder(self.start, self.new_title)
        self.setTabOrder(self.new_title, self.new_date)
        self.setTabOrder(self.new_date, self.create_button)

    def title(self) -> str:
        return self.tr("Workshop")

    def prompt(self) -> str:
        return self.tr(
            "Start the workshop file from a preset or like an earlier workshop, then give "
            "its title, date, venue, organiser and description. Every change is saved at once."
        )

    def refresh(self, change: Changes = EVERYTHING) -> None:
        f = self.session.file
        self.details.setEnabled(f is not None)
        if f is None:
            self.file_label.setText(self.tr("No workshop file is open: start one on the right."))
            return
        ws = workshops.get_workshop(f)
        self.file_label.setText(self.tr("Workshop file: %1").replace("%1", str(f.path)))
        for name, field in self.fields.items():
            field.setText(getattr(ws, name))
        self.date.setDate(QDate.fromString(ws.date, "yyyy-MM-dd"))
        self.record_language.setCurrentIndex(
            max(0, self.record_language.findData(ws.record_language))
        )
        self.description.setPlainText(ws.description)

    def _values(self) -> dict[str, str]:
        return {
            **{name: field.text() for name, field in self.fields.items()},
            "date": self.date.date().toString("yyyy-MM-dd"),
            "description": self.description.toPlainText(),
            "record_language": self.record_language.currentData(),
        }

    def save(self) -> None:
        """Save the details that changed (one undoable step)."""
        f = self.session.file
        if f is None:
            return
        ws = workshops.get_workshop(f)
        changed = {k: v for k, v in self._values().items() if v != getattr(ws, k)}
        if not changed:
            return
        try:
            self.session.perform(
                self.tr("Edit workshop details"), workshops.update_workshop, origin=self, **changed
            )
        except JakresError as exc:
            self.error.show_error(exc)
            return
        self.error.clear()

    def _create_clicked(self) -> None:
        earlier: Path | None = None
        if self.start.currentData() == LIKE:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("The earlier workshop"), "", self.tr("Workshop files (*.jakres)")
            )
            if not name:
                return
            earlier = Path(name)
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Keep the new workshop in"), "", self.tr("Workshop files (*.jakres)")
        )
        if name:
            self.create_new(
                Path(name if name.endswith(".jakres") else name + ".jakres"), like=earlier
            )

    def create_new(self, path: Path, *, like: Path | None = None) -> bool:
        """Create the workshop file and open it in the desk; a refusal is shown here."""
        title = self.new_title.text() or self.tr("Workshop")
        day = self.new_date.date().toString("yyyy-MM-dd")
        try:
            if like is not None:
                f = _create_like(path, like, title=title, date=day)
            else:
                f = workshops.create_workshop(
                    path,
                    device_id=device_id(),
                    title=title,
                    date=day,
                    preset=self.start.currentData(),
                )
        except JakresError as exc:
            self.error.show_error(exc)
            return False
        self.error.clear()
        self.session.attach(f, None)
        settings.add_recent(f.path)
        return True


def _create_like(path: Path, earlier_path: Path, *, title: str, date: str) -> JakresFile:
    """A new workshop like the one in `earlier_path` (opened only to read it)."""
    from jakres_desk.core.setup.like_last import create_like

    with open_file(earlier_path, device_id=device_id()) as earlier:
        return create_like(path, earlier, device_id=device_id(), title=title, date=date)
