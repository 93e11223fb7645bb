"""The setup desk's catalogue of existing programs: filtered, edited, re-imported in place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jakres_desk.base.errors import JakresError
from jakres_desk.base.i18n import current_language
from jakres_desk.core.records import ProgramRecord
from jakres_desk.core.services import programs
from jakres_desk.core.services.workshops import focus_areas
from jakres_desk.core.topics import EVERYTHING, Changes, Topic
from jakres_desk.ui.forms import act_once, clear_keeps_no_undo
from jakres_desk.ui.icons import icon
from jakres_desk.ui.models.base import RECORD_ROLE
from jakres_desk.ui.models.people import C_DESCRIPTION, C_TITLE, CatalogueModel
from jakres_desk.ui.session import Session
from jakres_desk.ui.setup.people import _TableKeys, record_table, selected_records
from jakres_desk.ui.widgets import ErrorLabel, Page


class ProgramDialog(QDialog):
    """Add or correct one program of the catalogue: Ctrl+Enter or Save keeps it, Esc cancels."""

    def __init__(
        self, parent: QWidget, areas: list[tuple[int, str]], program: ProgramRecord | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit program") if program else self.tr("Add program"))
        self.title = QLineEdit(program.title if program else "")
        self.agency = QLineEdit(program.agency if program else "")
        self.description = QPlainTextEdit(program.description if program else "")
        self.description.setTabChangesFocus(True)
        for field in (self.title, self.agency):
            clear_keeps_no_undo(field)
        self.areas: list[tuple[int, QCheckBox]] = []
        box = QVBoxLayout()
        for number, name in areas:
            check = QCheckBox(f"{number} · {name}")
            check.setChecked(bool(program and number in program.focus_areas))
            self.areas.append((number, check))
            box.addWidget(check)
        self.error = ErrorLabel()
        form = QFormLayout(self)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Agency"), self.agency)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("Focus areas"), box)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        # Enter in the description starts a new line; Ctrl+Enter saves from anywhere.
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.accept)
        self.title.setFocus()
        self.resize(620, self.sizeHint().height())

    def values(self) -> dict[str, object]:
        """The fields as a service takes them."""
        return {
            "title": self.title.text(),
            "agency": self.agency.text(),
            "description": self.description.toPlainText(),
            "focus_areas": [n for n, check in self.areas if check.isChecked()],
        }


class CataloguePage(Page):
    """The catalogue of existing programs: filter, add, edit, remove, import an updated list."""

    key = "catalogue"
    topics = frozenset({Topic.PROGRAMS, Topic.FOCUS_AREAS, Topic.CANDIDATES})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = CatalogueModel(self)
        self.view, self.proxy = record_table(self.model, self)
        self.view.sortByColumn(C_TITLE, Qt.SortOrder.AscendingOrder)
        self.areas: list[tuple[int, str]] = []
        self.filter = QLineEdit(placeholderText=self.tr("Filter: any part of a title, agency…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_words)
        clear_keeps_no_undo(self.filter)
        self.count = QLabel(objectName="count")
        self.status = QLabel(objectName="status", wordWrap=True)
        self.error = ErrorLabel()
        self.add_button = QPushButton(icon("add"), self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("E&dit…"))
        self.remove_button = QPushButton(icon("remove"), self.tr("&Remove…"))
        self.import_button = QPushButton(icon("open"), self.tr("&Import from CSV/XLSX…"))
        act_once(self.add_button, self.add_program)
        act_once(self.edit_button, self.edit_program)
        act_once(self.remove_button, self.remove_programs)
        act_once(self.import_button, self.open_import)
        self.keys = _TableKeys(self.view, self.remove_programs, self.edit_program)
        self.view.doubleClicked.connect(lambda _index: self.edit_program())
        QShortcut(QKeySequence("Ctrl+F"), self, self.filter.setFocus)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch()
        buttons.addWidget(self.import_button)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.view, 1)
        box.addWidget(self.error)
        box.addWidget(self.status)
        box.addLayout(buttons)
        QWidget.setTabOrder(self.filter, self.view)
        QWidget.setTabOrder(self.view, self.add_button)

    def title(self) -> str:
        return self.tr("Catalogue of programs")

    def prompt(self) -> str:
        return self.tr("The existing programs the groups choose their candidates from.")

    def refresh(self, change: Changes = EVERYTHING) -> None:
        f = self.session.file
        if f is None:
            self.model.set_rows([])
            return
        lang = current_language()
        self.areas = [
            (fa.number, fa.title_id if lang == "id" else fa.title_en) for fa in focus_areas(f)
        ]
        rows = programs.list_programs(f)
        self.model.set_rows(rows)
        self.count.setText(self.tr("%1 programs").replace("%1", str(len(rows))))
        header = self.view.horizontalHeader()
        for col in range(C_DESCRIPTION):
            wanted = max(self.view.sizeHintForColumn(col), header.sectionSizeHint(col))
            header.resizeSection(col, min(wanted + 12, 360))

    def _dialog(self, program: ProgramRecord | None = None) -> ProgramDialog:
        return ProgramDialog(self, self.areas, program)

    def _run_dialog(self, dialog: ProgramDialog, text: str, service: object, *args: object) -> None:
        def save() -> None:
            try:
                self.session.perform(text, service, *args, origin=self, **dialog.values())  # type: ignore[arg-type]
            except JakresError as exc:
                dialog.error.show_error(exc)
                return
            QDialog.accept(dialog)

        dialog.accept = save  # type: ignore[method-assign]
        dialog.exec()
        dialog.deleteLater()
        self.view.setFocus()

    def add_program(self) -> None:
        """Add one program to the catalogue."""
        dialog = self._dialog()
        self._run_dialog(dialog, self.tr("Add program"), programs.add_program)

    def edit_program(self) -> None:
        """Correct the current program."""
        index = self.view.currentIndex()
        if not index.isValid():
            return
        program: ProgramRecord = index.data(RECORD_ROLE)
        dialog = self._dialog(program)
        text = self.tr("Edit program %1").replace("%1", program.title)
        self._run_dialog(dialog, text, programs.update_program, program.id)

    def remove_programs(self) -> None:
        """Remove the selected programs, after saying which groups' candidates go too."""
        f = self.session.file
        chosen: list[ProgramRecord] = selected_records(self.view)  # type: ignore[assignment]
        if f is None or not chosen:
            return
        ids = [p.id for p in chosen]
        groups = programs.program_impact(f, ids)
        what = (
            f"'{chosen[0].title}'"
            if len(chosen) == 1
            else self.tr("%1 programs").replace("%1", str(len(chosen)))
        )
        text = self.tr("Remove %1 from the catalogue?").replace("%1", what)
        if groups:
            text += " " + self.tr(
                "It is a candidate in %1: those candidates go too, with their dots, scores "
                "and decisions."
            ).replace("%1", ", ".join(groups))
        else:
            text += " " + self.tr("No group has it as a candidate.")
        if not self.confirm(self.tr("Remove programs"), text):
            return
        self.session.perform(
            self.tr("Remove %1").replace("%1", what), programs.remove_programs, ids, origin=self
        )
        self.status.setText(self.tr("Removed: %1 (Ctrl+Z brings it back)").replace("%1", what))

    def confirm(self, title: str, text: str) -> bool:
        """Ask before a removal; Enter removes, Esc keeps."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(remove)
        box.exec()
        answer = box.clickedButton() is remove
        box.deleteLater()
        return answer

    def open_import(self) -> None:
        """Choose a sheet, preview it, import it (programs already listed are updated)."""
        from jakres_desk.ui.setup.import_preview import choose_and_import

        report = choose_and_import(self, self.session, "programs")
        if report is not None:
            self.status.setText(report)
