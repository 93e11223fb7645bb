"""The setup desk's tables: every participant of the workshop, the program catalogue."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from jakres_desk.core.records import ParticipantRecord, ProgramRecord
from jakres_desk.ui.models.base import Column, RecordTableModel

P_NAME, P_ORGANISATION, P_KIND, P_ROLE, P_GROUP = range(5)
C_TITLE, C_AGENCY, C_FOCUS, C_DESCRIPTION = range(4)


class PeopleModel(RecordTableModel):
    """Participants with their organisation, kind, role and group (names, not ids)."""

    def __init__(self, parent: Any = None) -> None:
        self.kinds: dict[str, str] = {}
        self.groups: dict[str, str] = {}
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("SetupTables", "Name"),
                    lambda p: p.name,
                    sort=lambda p: p.name.casefold(),
                ),
                Column(
                    QCoreApplication.translate("SetupTables", "Organisation"),
                    lambda p: p.organisation,
                ),
                Column(
                    QCoreApplication.translate("SetupTables", "Stakeholder kind"),
                    lambda p: self.kinds.get(p.stakeholder_kind or "", ""),
                ),
                Column(QCoreApplication.translate("SetupTables", "Role"), lambda p: p.role),
                Column(
                    QCoreApplication.translate("SetupTables", "Group"),
                    self.group_of,
                    sort=lambda p: self.group_of(p) or "\uffff",
                ),
            ],
            parent,
        )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        # Organisation and role give way on a narrow screen: their whole text on hover.
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (P_ORGANISATION, P_ROLE):
            return super().data(index, Qt.ItemDataRole.DisplayRole) or None
        return super().data(index, role)

    def group_of(self, person: ParticipantRecord) -> str:
        """The name of the person's group ("" for none)."""
        return self.groups.get(person.group_id or "", "")


class CatalogueModel(RecordTableModel):
    """The programs of the catalogue: title, agency, focus areas and description."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("SetupTables", "Title"),
                    lambda p: p.title,
                    sort=lambda p: p.title.casefold(),
                ),
                Column(
                    QCoreApplication.translate("SetupTables", "Agency"),
                    lambda p: p.agency,
                    sort=lambda p: p.agency.casefold(),
                ),
                Column(
                    QCoreApplication.translate("SetupTables", "Focus areas"),
                    focus_text,
                    sort=lambda p: p.focus_areas,
                ),
                Column(
                    QCoreApplication.translate("SetupTables", "Description"),
                    lambda p: " ".join(p.description.split()),
                ),
            ],
            parent,
        )


def focus_text(program: ProgramRecord) -> str:
    """The program's focus areas as numbers: "1, 3"."""
    return ", ".join(str(n) for n in program.focus_areas)
