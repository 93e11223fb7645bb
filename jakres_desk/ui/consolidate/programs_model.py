"""The programs across groups as a tree model: flat, or under their agencies."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from jakres_desk.base.i18n import format_number
from jakres_desk.core.records import GroupRecord
from jakres_desk.core.rules.rounding import SHOWN_DECIMALS, shown_score
from jakres_desk.core.services.consolidated import ConsolidatedProgram, GroupResult
from jakres_desk.ui.icons import icon
from jakres_desk.ui.models.base import RECORD_ROLE, SORT_ROLE, Index

PRIORITY_BG = QBrush(QColor("#e8f5e9"))
AGENCY_BG = QBrush(QColor("#eceff1"))
STAR = "#f9a825"
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
COL_CATEGORIES = 2
FIXED_BEFORE = 3  # title, agency, categories; then one column per group


@dataclass
class AgencyNode:
    """An agency (normalised) with the programs it runs."""

    key: str
    label: str
    programs: list[ConsolidatedProgram] = field(default_factory=list)

    def prioritised_by(self, group_id: str) -> int:
        """How many of its programs this group made a priority."""
        return sum(
            1 for p in self.programs for r in p.groups if r.group_id == group_id and r.is_priority
        )

    def prioritised(self) -> int:
        """How many of its programs some group made a priority."""
        return sum(1 for p in self.programs if p.priority_groups)


def agencies_of(programs: Sequence[ConsolidatedProgram]) -> list[AgencyNode]:
    """Programs under their agency, each labelled by the spelling used most."""
    nodes: dict[str, AgencyNode] = {}
    spellings: dict[str, Counter[str]] = {}
    for p in programs:
        nodes.setdefault(p.agency_key, AgencyNode(p.agency_key, "")).programs.append(p)
        spellings.setdefault(p.agency_key, Counter())[p.agency.strip()] += 1
    for key, node in nodes.items():
        node.label = spellings[key].most_common(1)[0][0]
    return sorted(nodes.values(), key=lambda n: (not n.key, n.label.casefold()))


def result_text(r: GroupResult) -> str:
    """One group's result, compact: weighted score and dots, "4.20 · 12●" (rank: tooltip)."""
    parts = [] if r.score is None else [format_number(shown_score(r.score), SHOWN_DECIMALS)]
    parts.append(f"{r.dots}●")
    return " · ".join(parts)


class ProgramTreeModel(QAbstractItemModel):
    """Rows are programs (or agencies holding them); one column per group."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.programs: list[ConsolidatedProgram] = []
        self.groups: list[GroupRecord] = []
        self.labels: dict[str, str] = {}  # category id -> label, in the language shown
        self.order: dict[str, int] = {}  # category id -> its place (sets, then position)
        self.titles: dict[str, str] = {}  # program id -> title, for the links' tooltips
        self.grouped = False
        self.agencies: list[AgencyNode] = []
        self._bold = QFont()
        self._bold.setBold(True)

    # --- loading ----------------------------------------------------------------

    def load(
        self,
        programs: Sequence[ConsolidatedProgram],
        groups: Sequence[GroupRecord],
        labels: dict[str, str],
        order: dict[str, int],
    ) -> None:
        """Replace everything (a reload)."""
        self.beginResetModel()
        self.programs, self.groups = list(programs), list(groups)
        self.labels, self.order = labels, order
        self.titles = {p.id: p.title for p in self.programs}
        self.agencies = agencies_of(self.programs)
        self.endResetModel()

    def set_grouped(self, grouped: bool) -> None:
        """Show programs under their agencies, or as one list."""
        if grouped != self.grouped:
            self.beginResetModel()
            self.grouped = grouped
            self.endResetModel()

    # --- columns ------------------------------------------------------------------

    col_categories = COL_CATEGORIES

    @property
    def col_priority(self) -> int:
        return FIXED_BEFORE + len(self.groups)

    @property
    def col_linked(self) -> int:
        return self.col_priority + 1

    def group_of_column(self, column: int) -> GroupRecord | None:
        """The group shown in a column, if it is a group's column."""
        at = column - FIXED_BEFORE
        return self.groups[at] if 0 <= at < len(self.groups) else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        group = self.group_of_column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if group is not None:
                return group.name
            return {
                0: self.tr("Program"),
                1: self.tr("Agency"),
                self.col_priority: self.tr("Prioritised by"),
                self.col_linked: self.tr("Linked"),
                self.col_categories: self.tr("Categories"),
            }.get(section)
        if role == Qt.ItemDataRole.ToolTipRole and group is not None:
            return self.tr("Weighted score · dots in %1; a star marks a priority").replace(
                "%1", group.name
            )
        if role == Qt.ItemDataRole.ToolTipRole and section == self.col_priority:
            return self.tr("How many groups made the program a priority")
        return None

    # --- structure ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        # internalId 0: a top-level row; n > 0: a child of top-level row n - 1.
        return self.createIndex(row, column, parent.row() + 1 if parent.isValid() else 0)

    def parent(self, index: Index | None = None) -> Any:
        if index is None:
            return QObject.parent(self)
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.agencies) if self.grouped else len(self.programs)
        if self.grouped and parent.internalId() == 0 and parent.column() == 0:
            return len(self.agencies[parent.row()].programs)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return FIXED_BEFORE + len(self.groups) + 2

    def node(self, index: Index) -> ConsolidatedProgram | AgencyNode | None:
        """The program or agency of a row."""
        if not index.isValid():
            return None
        if not self.grouped:
            return self.programs[index.row()]
        if index.internalId() == 0:
            return self.agencies[index.row()]
        return self.agencies[index.internalId() - 1].programs[index.row()]

    # --- data ----------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        if role == RECORD_ROLE:
            return node
        if isinstance(node, AgencyNode):
            return self._agency_data(node, index.column(), role)
        return self._program_data(node, index.column(), role)

    def _agency_data(self, a: AgencyNode, col: int, role: int) -> Any:
        group = self.group_of_column(col)
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            return AGENCY_BG
        if col == 0 and role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            label = a.label or self.tr("(no agency)")
            if role == SORT_ROLE:
                return (label if a.key else "\uffff").casefold()
            return f"{label} ({len(a.programs)})"
        count = (
            a.prioritised_by(group.id)
            if group
            else (a.prioritised() if col == self.col_priority else None)
        )
        if role == SORT_ROLE:
            return count or 0
        if role == Qt.ItemDataRole.DisplayRole and count:
            return f"{count} ★" if group else str(count)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.col_priority:
            return RIGHT
        return None

    def _program_data(self, p: ConsolidatedProgram, col: int, role: int) -> Any:
        group = self.group_of_column(col)
        if group is not None:
            found = next((r for r in p.groups if r.group_id == group.id), None)
            return self._result_data(found, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._program_text(p, col)
        if role == SORT_ROLE:
            return self._program_sort(p, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._program_tip(p, col)
        if role == Qt.ItemDataRole.DecorationRole and col == self.col_linked and p.linked:
            return icon("link")
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.col_priority:
            return RIGHT
        return None

    def _program_text(self, p: ConsolidatedProgram, col: int) -> str:
        if col == 0:
            return p.title
        if col == 1:
            return p.agency
        if col == self.col_priority:
            return str(p.priority_groups)
        if col == self.col_linked:
            return str(len(p.linked)) if p.linked else ""
        return self.categories_text(p)

    def _program_sort(self, p: ConsolidatedProgram, col: int) -> Any:
        if col == 0:
            return p.title.casefold()
        if col == 1:
            return p.agency_key
        if col == self.col_priority:
            return p.priority_groups
        if col == self.col_linked:
            return len(p.linked)
        return self.categories_text(p).casefold()

    def _program_tip(self, p: ConsolidatedProgram, col: int) -> str | None:
        if col == self.col_linked and p.linked:
            names = "\n".join(self.titles.get(pid, "?") for pid in p.linked)
            return self.tr("Linked with:") + "\n" + names
        if col == 0:
            return p.title
        if col == self.col_categories:
            return self.categories_text(p) or None
        return None

    def categories_text(self, p: ConsolidatedProgram) -> str:
        """The program's categories, in their sets' order."""
        known = sorted(
            (c for c in p.categories if c in self.labels), key=lambda c: self.order.get(c, 0)
        )
        return ", ".join(self.labels[c] for c in known)

    def _result_data(self, r: GroupResult | None, role: int) -> Any:
        if role == SORT_ROLE:
            if r is None:
                return -1.0
            rank = 2 if r.is_priority else 1
            return rank * 1e9 + (r.score or 0) * 1e4 + r.dots
        if r is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return result_text(r)
        if role == Qt.ItemDataRole.DecorationRole and r.is_priority is not None:
            return icon("priority" if r.is_priority else "not_priority", STAR)
        if role == Qt.ItemDataRole.BackgroundRole and r.is_priority:
            return PRIORITY_BG
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._result_tip(r)
        return None

    def _result_tip(self, r: GroupResult) -> str:
        if r.is_priority is None:
            decided = self.tr("not decided yet")
        elif r.decided_by == "facilitator":
            decided = (
                self.tr("priority, set by the facilitator")
                if r.is_priority
                else self.tr("not a priority, set by the facilitator")
            )
        else:
            decided = (
                self.tr("priority by the rule")
                if r.is_priority
                else self.tr("not a priority by the rule")
            )
        score = "—" if r.score is None else format_number(shown_score(r.score), SHOWN_DECIMALS)
        text = (
            self.tr("%1: %2 dots from %3 people, weighted score %4, rank %5; %6")
            .replace("%1", r.group_name)
            .replace("%2", str(r.dots))
            .replace("%3", str(r.voters))
            .replace("%4", score)
            .replace("%5", "—" if r.rank is None else str(r.rank))
            .replace("%6", decided)
        )
        return f"{text}\n{r.reason}" if r.reason else text

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
