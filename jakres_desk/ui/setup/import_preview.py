"""Importing a sheet with a preview: how each column maps, the header row, bad rows; then
all of it (or, when asked, the good rows only) in one undoable step, or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jakres_desk.base.errors import JakresError
from jakres_desk.core.intake import imports, preview
from jakres_desk.core.intake.columns import IGNORE
from jakres_desk.core.intake.findings import ENCODING_NAMES, format_summary
from jakres_desk.ui.session import Session
from jakres_desk.ui.widgets import ErrorLabel

KINDS = {
    "participants": (preview.preview_participants, imports.import_participants),
    "programs": (preview.preview_programs, imports.import_programs),
}
UNKNOWN = "?"  # the combo's choice for a column not yet mapped


def choose_and_import(parent: QWidget, session: Session, kind: str) -> str | None:
    """Ask for a sheet, preview it and import it; the summary, or None if nothing was."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        parent.tr("Import from CSV/XLSX"),
        "",
        parent.tr("Spreadsheets (*.csv *.txt *.xlsx *.xlsm);;All files (*)"),
    )
    if not path:
        return None
    dialog = ImportPreviewDialog(session, kind, Path(path), parent)
    dialog.exec()
    dialog.deleteLater()
    return dialog.summary


class ImportPreviewDialog(QDialog):
    """What an import would do, re-read as the user maps columns or picks the header row."""

    def __init__(self, session: Session, kind: str, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.kind, self.path = session, kind, path
        self.mapping: dict[str, str] = {}
        self.header_line: int | None = None
        self.preview: preview.Preview | None = None
        self.summary: str | None = None
        self.setWindowTitle(
            self.tr("Import participants") if kind == "participants" else self.tr("Import programs")
        )
        self.source = QLabel(wordWrap=True)
        self.header_row = QComboBox()
        self.header_row.activated.connect(self._header_chosen)
        self.columns_box = QGroupBox(self.tr("Columns: what each one fills"))
        self.columns_grid = QGridLayout()
        holder = QWidget()
        holder.setLayout(self.columns_grid)
        scroll = QScrollArea()
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        QVBoxLayout(self.columns_box).addWidget(scroll)
        self.sample = QStandardItemModel(self)
        self.sample_view = QTableView()
        self.sample_view.setModel(self.sample)
        self.sample_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sample_view.verticalHeader().setDefaultSectionSize(22)
        self.findings = QListWidget()
        self.findings.setWordWrap(True)
        self.verdict = QLabel(objectName="verdict", wordWrap=True)
        self.error = ErrorLabel()
        self.import_all = QPushButton(self.tr("&Import"))
        self.import_good = QPushButton(self.tr("Import the &good rows only"))
        self.cancel = QPushButton(self.tr("Cancel"))
        self.import_all.clicked.connect(lambda: self.run(skip_invalid=False))
        self.import_good.clicked.connect(lambda: self.run(skip_invalid=True))
        self.cancel.clicked.connect(self.reject)
        self._layout()
        self.resize(1180, 700)
        self.reread()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.source, 1)
        label = QLabel(self.tr("&Header row:"))
        label.setBuddy(self.header_row)
        top.addWidget(label)
        top.addWidget(self.header_row, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        sample = QGroupBox(self.tr("First rows, as they will be read"))
        QVBoxLayout(sample).addWidget(self.sample_view)
        found = QGroupBox(self.tr("Bad rows, duplicates and notes"))
        QVBoxLayout(found).addWidget(self.findings)
        right.addWidget(sample)
        right.addWidget(found)
        middle = QSplitter(Qt.Orientation.Horizontal)
        middle.addWidget(self.columns_box)
        middle.addWidget(right)
        middle.setSizes([430, 750])
        buttons = QHBoxLayout()
        buttons.addWidget(self.verdict, 1)
        buttons.addWidget(self.import_all)
        buttons.addWidget(self.import_good)
        buttons.addWidget(self.cancel)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(middle, 1)
        box.addWidget(self.error)
        box.addLayout(buttons)

    # --- reading the sheet as mapped ------------------------------------------------------

    def reread(self) -> None:
        """Preview the sheet with the current mapping and header row (nothing is written)."""
        f = self.session.file
        assert f is not None
        preview_of = KINDS[self.kind][0]
        try:
            self.preview = preview_of(
                f, self.path, columns=self.mapping, header_line=self.header_line
            )
        except JakresError as exc:
            self.preview = None
            self.error.show_error(exc)
            self._show_nothing()
            return
        self.error.clear()
        self._show(self.preview)

    def _show_nothing(self) -> None:
        self.import_all.setEnabled(False)
        self.import_good.setEnabled(False)
        self.verdict.setText(self.tr("Nothing can be imported from this file as it is."))

    def _show(self, p: preview.Preview) -> None:
        self.source.setText(
            self.tr("%1 (read as %2)")
            .replace("%1", Path(p.source).name)
            .replace("%2", ENCODING_NAMES.get(p.encoding, p.encoding))
        )
        self._show_header_rows(p)
        self._show_columns(p)
        self._show_sample(p)
        self._show_findings(p)
        self._show_verdict(p)

    def _show_header_rows(self, p: preview.Preview) -> None:
        self.header_row.blockSignals(True)
        self.header_row.clear()
        for line, text in p.first_rows:
            self.header_row.addItem(
                self.tr("Row %1: %2").replace("%1", str(line)).replace("%2", text), line
            )
        self.header_row.setCurrentIndex(max(0, self.header_row.findData(p.header_line)))
        self.header_row.blockSignals(False)

    def field_names(self) -> dict[str, str]:
        """Each field of this import, as the user calls it."""
        return {
            "name": self.tr("Name"),
            "organisation": self.tr("Organisation"),
            "stakeholder_kind": self.tr("Stakeholder kind"),
            "group": self.tr("Group"),
            "role": self.tr("Role"),
            "title": self.tr("Title"),
            "agency": self.tr("Agency"),
            "description": self.tr("Description"),
            "focus_areas": self.tr("Focus areas"),
        }

    def _show_columns(self, p: preview.Preview) -> None:
        while self.columns_grid.count():
            item = self.columns_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        names = self.field_names()
        self.columns_grid.addWidget(QLabel(self.tr("<b>Column in the file</b>")), 0, 0)
        self.columns_grid.addWidget(QLabel(self.tr("<b>Read as</b>")), 0, 1)
        self.combos: dict[str, QComboBox] = {}
        for row, plan in enumerate((c for c in p.columns if c.header), start=1):
            label = QLabel(plan.header)
            label.setToolTip(plan.header)
            combo = QComboBox()
            combo.setAccessibleName(plan.header)
            if plan.field is None:
                combo.addItem(self.tr("— not known: choose —"), UNKNOWN)
            for name, required in p.fields:
                shown = names.get(name, name) + (self.tr(" (required)") if required else "")
                combo.addItem(shown, name)
            combo.addItem(self.tr("Leave out (not imported)"), IGNORE)
            combo.setCurrentIndex(max(0, combo.findData(plan.field or UNKNOWN)))
            if plan.field is None:
                combo.setStyleSheet("QComboBox { color: #b71c1c; font-weight: bold; }")
                if plan.guess:
                    combo.setToolTip(
                        self.tr("Perhaps: %1").replace("%1", names.get(plan.guess, plan.guess))
                    )
            combo.activated.connect(lambda _i, h=plan.header, c=combo: self._mapped(h, c))
            label.setBuddy(combo)
            self.columns_grid.addWidget(label, row, 0)
            self.columns_grid.addWidget(combo, row, 1)
            self.combos[plan.header] = combo
        self.columns_grid.setRowStretch(self.columns_grid.rowCount(), 1)

    def _show_sample(self, p: preview.Preview) -> None:
        headers = [c.header or self.tr("(no header)") for c in p.columns]
        self.sample.clear()
        self.sample.setHorizontalHeaderLabels(headers)
        for line, cells in p.sample:
            self.sample.appendRow(
                [QStandardItem(cells[i] if i < len(cells) else "") for i in range(len(headers))]
            )
            self.sample.setVerticalHeaderItem(self.sample.rowCount() - 1, QStandardItem(str(line)))
        for col, plan in enumerate(p.columns):
            if plan.field == IGNORE:
                for row in range(self.sample.rowCount()):
                    item = self.sample.item(row, col)
                    if item is not None:
                        item.setForeground(Qt.GlobalColor.gray)
        self.sample_view.resizeColumnsToContents()
        for col in range(self.sample.columnCount()):
            self.sample_view.setColumnWidth(col, min(self.sample_view.columnWidth(col), 240))

    def _show_findings(self, p: preview.Preview) -> None:
        self.findings.clear()
        unknown = [f"'{c.header}'" for c in p.columns if c.header and c.field is None]
        if p.problem_key == "import_unknown_columns_map":
            self.findings.addItem(
                self.tr(
                    "Not known: %1. Nothing is dropped silently: choose on the left what each "
                    "of these columns holds, or leave it out."
                ).replace("%1", ", ".join(unknown))
            )
            self.findings.item(0).setForeground(Qt.GlobalColor.darkRed)
        elif p.problem:
            self.findings.addItem(p.problem)
            self.findings.item(0).setForeground(Qt.GlobalColor.darkRed)
        report = p.report
        if report is None:
            return
        for e in report.errors:
            self.findings.addItem(
                self.tr("Row %1, column '%2' ('%3'): %4")
                .replace("%1", str(e.line))
                .replace("%2", e.column)
                .replace("%3", e.value)
                .replace("%4", e.reason)
            )
            self.findings.item(self.findings.count() - 1).setForeground(Qt.GlobalColor.darkRed)
        for line, what in report.duplicates:
            self.findings.addItem(
                self.tr("Row %1: %2").replace("%1", str(line)).replace("%2", what)
            )
        for line, note in report.notes:
            self.findings.addItem(
                self.tr("Row %1: %2").replace("%1", str(line)).replace("%2", note)
            )
        if report.ignored_columns:
            self.findings.addItem(
                self.tr("Left out: %1").replace("%1", ", ".join(report.ignored_columns))
            )

    def _show_verdict(self, p: preview.Preview) -> None:
        report = p.report
        unknown = [c.header for c in p.columns if c.header and c.field is None]
        if report is None:
            if unknown:
                text = self.tr("Choose what each red column holds, or leave it out: %1").replace(
                    "%1", ", ".join(f"'{h}'" for h in unknown)
                )
            else:
                text = self.tr("This cannot be imported as mapped: see the first line below.")
            self.verdict.setText(text)
            self.import_all.setEnabled(False)
            self.import_good.setEnabled(False)
            return
        bad = len({e.line for e in report.errors})
        parts = [self.tr("New: %1").replace("%1", str(report.imported))]
        if self.kind == "programs":
            parts.append(self.tr("updated: %1").replace("%1", str(report.updated)))
            parts.append(self.tr("unchanged: %1").replace("%1", str(report.unchanged)))
        parts.append(self.tr("duplicates left out: %1").replace("%1", str(len(report.duplicates))))
        parts.append(self.tr("bad rows: %1").replace("%1", str(bad)))
        text = "; ".join(parts) + "."
        if bad:
            text += " " + self.tr("Fix the bad rows in the file, or import the good rows only.")
        self.verdict.setText(text)
        something = bool(report.imported or report.updated)
        self.import_all.setEnabled(not bad and something)
        self.import_good.setEnabled(bool(bad) and something)
        self.import_good.setVisible(bool(bad))
        (self.import_good if bad else self.import_all).setDefault(True)

    # --- the user's choices -----------------------------------------------------------------

    def _mapped(self, header: str, combo: QComboBox) -> None:
        choice = combo.currentData()
        if choice == UNKNOWN:
            self.mapping.pop(header, None)
        else:
            self.mapping[header] = choice
        self.reread()
        again = self.combos.get(header)
        if again is not None:
            again.setFocus()

    def _header_chosen(self, index: int) -> None:
        self.header_line = self.header_row.itemData(index)
        self.mapping = {}  # the headers of another row are other columns
        self.reread()
        self.header_row.setFocus()

    def run(self, *, skip_invalid: bool) -> None:
        """Import as previewed: one undoable step; on any refusal nothing is written."""
        importer = KINDS[self.kind][1]
        what = self.tr("Import %1").replace("%1", self.path.name)
        try:
            report = self.session.perform(
                what,
                importer,
                self.path,
                skip_invalid=skip_invalid,
                columns=self.mapping,
                header_line=self.header_line,
                origin=self,
            )
        except JakresError as exc:
            self.error.show_error(exc)
            self.reread()
            return
        self.summary = format_summary(report)
        self.accept()
