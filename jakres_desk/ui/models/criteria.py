"""Table model of step 2: the group's criteria, their weights and each one's share."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from jakres_desk.base.i18n import format_number
from jakres_desk.core.records import CriterionRecord
from jakres_desk.ui.models.base import Column, Index, RecordTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
COL_NAME, COL_DESCRIPTION, COL_WEIGHT, COL_SHARE, COL_SOURCE = range(5)
EDITABLE = {COL_NAME: "name", COL_DESCRIPTION: "description", COL_WEIGHT: "weight"}

# Edits go to the page, which runs the service: (criterion, field, new text) -> accepted.
Editor = Callable[[CriterionRecord, str, str], bool]


def weight_text(weight: float) -> str:
    """A weight as people write it: 2, 1.5 (1,5 in Indonesian)."""
    return format_number(weight, 2, trim=True)


class CriteriaModel(RecordTableModel):
    """The group's criteria; name, description and weight are edited in place while unlocked."""

    def __init__(self, editor: Editor, parent: Any = None) -> None:
        super().__init__([], parent)
        self.editor = editor
        self.locked = False
        self.columns = [
            Column(self.tr("Criterion"), lambda c: c.name, sort=lambda c: c.name.casefold()),
            Column(self.tr("Description"), lambda c: c.description),
            Column(
                self.tr("Weight"),
                lambda c: weight_text(c.weight),
                sort=lambda c: c.weight,
                align=RIGHT,
            ),
            Column(self.tr("Share"), self.share_text, sort=self.share, align=RIGHT),
            Column(self.tr("Source"), self.source),
        ]

    def total(self) -> float:
        """The sum of the weights."""
        return float(sum(c.weight for c in self.rows))

    def share(self, criterion: CriterionRecord) -> float:
        """The criterion's part of the total weight, 0 to 1."""
        total = self.total()
        return criterion.weight / total if total else 0.0

    def share_text(self, criterion: CriterionRecord) -> str:
        """The share as a whole percentage."""
        return f"{format_number(self.share(criterion) * 100, 0)}%"

    def source(self, criterion: CriterionRecord) -> str:
        """Where the criterion came from, in words."""
        return {"reported": self.tr("Reported in 2018"), "suggested": self.tr("Suggested")}.get(
            criterion.source, self.tr("The room")
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid():
            record = self.rows[index.row()]
            return {
                COL_NAME: record.name,
                COL_DESCRIPTION: record.description,
                COL_WEIGHT: weight_text(record.weight),
            }.get(index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_DESCRIPTION:
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in EDITABLE and not self.locked:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        record = self.rows[index.row()]
        if str(value) == self.data(index, Qt.ItemDataRole.EditRole):
            return False
        # The page saves through the service; the refresh that follows repaints the table,
        # and a refusal leaves the old value in place.
        return self.editor(record, EDITABLE[index.column()], str(value))
