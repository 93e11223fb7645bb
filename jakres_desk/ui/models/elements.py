"""Table models of step 1: the group's chosen elements, and one element's targets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from jakres_desk.core.records import ElementRecord, TargetRecord
from jakres_desk.ui.models.base import Column, RecordTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ElementsModel(RecordTableModel):
    """The chosen elements in the group's order, with their number of targets."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.columns = [
            Column(self.tr("Element"), lambda e: e.title, sort=lambda e: e.title.casefold()),
            Column(self.tr("Kind"), self.kind),
            Column(self.tr("Targets"), lambda e: len(e.targets), align=RIGHT),
        ]

    def kind(self, element: ElementRecord) -> str:
        """Whether the element is a CRF goal or the group's own."""
        return self.tr("CRF goal") if element.goal_id else self.tr("Own element")


class TargetsModel(RecordTableModel):
    """The targets of one element."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.columns = [
            Column(self.tr("Target"), lambda t: t.statement),
            Column(self.tr("Indicator"), lambda t: t.indicator),
            Column(self.tr("Baseline"), lambda t: t.baseline),
            Column(self.tr("Target value"), lambda t: t.target_value),
            Column(self.tr("Year"), self.year, sort=lambda t: t.target_year or 0, align=RIGHT),
            Column(self.tr("Responsible agency"), lambda t: t.responsible_agency),
        ]

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:  # long statements are cut in the table
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        return super().data(index, role)

    @staticmethod
    def year(target: TargetRecord) -> str:
        """The target year, blank when not given."""
        return str(target.target_year) if target.target_year else ""
