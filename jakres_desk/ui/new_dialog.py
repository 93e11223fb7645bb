"""Starting an ad-hoc group session from a preset, when no kit came from the secretariat."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jakres_desk.base.errors import JakresError
from jakres_desk.base.i18n import current_language, pick
from jakres_desk.core import resources
from jakres_desk.core.device import device_id, documents_dir
from jakres_desk.core.services import groups, workshops
from jakres_desk.store.db import JakresFile
from jakres_desk.ui.widgets import ErrorLabel


class NewSessionDialog(QDialog):
    """Title, date, preset, focus area and where to keep the file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New group session"))
        self.created: JakresFile | None = None
        self.group_id: str | None = None
        self.title = QLineEdit(self.tr("Breakout session"))
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.preset = QComboBox()
        for pid in resources.PRESETS:
            self.preset.addItem(pick(resources.preset(pid)["name"]), pid)
        self.preset.currentIndexChanged.connect(self._fill_focus)
        self.focus = QComboBox()
        # In the user's Documents, where they will find it again (not a hidden app folder).
        self.path = QLineEdit(str(documents_dir() / f"sesi-{date.today().isoformat()}.jakres"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Date"), self.day)
        form.addRow(self.tr("&Preset"), self.preset)
        form.addRow(self.tr("&Focus area"), self.focus)
        form.addRow(self.tr("&Save in"), where)
        save_label = form.labelForField(where)  # a row holding a layout gets no buddy itself
        if isinstance(save_label, QLabel):
            save_label.setBuddy(self.path)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.error)
        box.addWidget(buttons)
        self._fill_focus()

    def _fill_focus(self) -> None:
        self.focus.clear()
        pre = resources.preset(self.preset.currentData())
        for fa in pre["focus_areas"]:
            self.focus.addItem(
                f"{fa['number']}. {pick(fa['title'], current_language())}", fa["number"]
            )

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Keep the session in"),
            self.path.text(),
            self.tr("Workshop files (*.jakres)"),
        )
        if name:
            self.path.setText(name if name.endswith(".jakres") else name + ".jakres")

    def create(self) -> None:
        """Create the file; a refusal is shown here and nothing is created."""
        try:
            f = workshops.create_workshop(
                Path(self.path.text()),
                device_id=device_id(),
                title=self.title.text(),
                date=self.day.date().toString("yyyy-MM-dd"),
                preset=self.preset.currentData(),
            )
        except JakresError as exc:
            self.error.show_error(exc)
            return
        number = self.focus.currentData()
        self.group_id = next(
            g.id for g in groups.list_groups(f) if _focus_number(f, g.focus_area_id) == number
        )
        self.created = f
        self.accept()


def _focus_number(f: JakresFile, focus_area_id: str | None) -> int | None:
    return next((fa.number for fa in workshops.focus_areas(f) if fa.id == focus_area_id), None)
