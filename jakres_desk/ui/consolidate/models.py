"""Table models of the Consolidate view: the import log, suggested pairs and links."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from jakres_desk.base.i18n import format_number
from jakres_desk.core.merge.duplicates import LinkRecord, Pair, normalise
from jakres_desk.core.merge.log import ImportLine
from jakres_desk.core.merge.people import LookAlike
from jakres_desk.ui.icons import icon
from jakres_desk.ui.models.base import Column, Index, RecordTableModel

STATUS_COLOURS = {"merged": "#1b5e20", "unchanged": "#546e7a", "refused": "#b71c1c"}
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter


def local_time(stamp: str) -> str:
    """A stored UTC stamp as the laptop's local date and time; empty stays empty."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp[:19].replace("T", " ")
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


class LogModel(RecordTableModel):
    """One row per file merged into the master (and per file refused in this session)."""

    COL_STATUS = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.status_names = {
            "merged": self.tr("merged"),
            "unchanged": self.tr("unchanged"),
            "refused": self.tr("refused"),
        }
        self.columns = [
            Column(self.tr("Time"), lambda r: local_time(r.imported_at), sort=_when),
            Column(self.tr("File"), lambda r: r.source_name, sort=lambda r: r.source_name.lower()),
            Column(self.tr("Group"), self.group_text),
            Column(self.tr("Device"), lambda r: r.device_id[:8]),
            Column(self.tr("Captured"), lambda r: local_time(r.captured_at)),
            Column(self.tr("Status"), lambda r: self.status_names.get(r.status, r.status)),
            *(self._count(header, name) for header, name in self._counts()),
            Column(self.tr("Message"), short_message),
        ]

    def _counts(self) -> list[tuple[str, str]]:
        return [
            (self.tr("Added"), "added"),
            (self.tr("Replaced"), "replaced"),
            (self.tr("Kept"), "kept"),
            (self.tr("Deleted"), "deleted"),
            (self.tr("Refused"), "refused"),
            (self.tr("Conflicts"), "conflicts"),
        ]

    @staticmethod
    def _count(header: str, name: str) -> Column:
        def value(r: ImportLine) -> int | str:
            if r.status == "refused":
                return ""
            return len(r.conflicts) if name == "conflicts" else int(getattr(r, name))

        return Column(header, value, sort=lambda r: value(r) or 0, align=RIGHT)

    def append_lines(self, lines: Sequence[ImportLine]) -> int:
        """Lines at the end (files just merged or refused): only their rows are inserted,
        so the view neither resets nor re-reads the rows it already shows. Returns the
        row of the last."""
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(lines) - 1)
        self.rows.extend(lines)
        self.endInsertRows()
        return len(self.rows) - 1

    def group_text(self, r: ImportLine) -> str:
        """The group a line went into ("all groups" for a whole-workshop file)."""
        if r.status == "refused":
            return ""
        return r.group_name or self.tr("all groups")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line: ImportLine = self.rows[index.row()]
        colour = STATUS_COLOURS.get(line.status, "#37474f")
        if role == Qt.ItemDataRole.DecorationRole and index.column() == self.COL_STATUS:
            return icon(line.status, colour)
        if role == Qt.ItemDataRole.ForegroundRole and line.status == "refused":
            return QBrush(QColor(colour))
        if role == Qt.ItemDataRole.ToolTipRole and line.message:
            return line.message
        return super().data(index, role)


def _when(r: ImportLine) -> str:
    return r.imported_at


def short_message(r: ImportLine) -> str:
    """The message without the file's path in front (the File column names it)."""
    text = r.message.replace("\n", " ")
    head, sep, rest = text.partition(": ")
    return rest if sep and head.endswith(r.source_name) else text


def groups_text(names: tuple[str, ...]) -> str:
    """Group names of a program, short: "Kelompok 1, Kelompok 3"."""
    return ", ".join(names)


class PairModel(RecordTableModel):
    """Suggested pairs of programs two groups may have entered under different titles."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.columns = [
            Column(self.tr("Program A"), lambda p: p.title_a, sort=lambda p: p.title_a.lower()),
            Column(self.tr("Groups A"), lambda p: groups_text(p.groups_a)),
            Column(self.tr("Program B"), lambda p: p.title_b, sort=lambda p: p.title_b.lower()),
            Column(self.tr("Groups B"), lambda p: groups_text(p.groups_b)),
            Column(self.tr("Agency"), pair_agency),
            Column(
                self.tr("Similarity"),
                lambda p: f"{format_number(p.score, 0)}%",
                sort=lambda p: p.score,
                align=RIGHT,
            ),
        ]

    def row_of(self, record_id: str) -> int:
        return next((i for i, p in enumerate(self.rows) if pair_key(p) == record_id), -1)


def pair_key(p: Pair) -> str:
    """One string naming a pair (a pair has no record id of its own)."""
    return f"{p.program_a}:{p.program_b}"


def pair_agency(p: Pair) -> str:
    """The agency once when both name the same one, else both."""
    a, b = p.agency_a.strip(), p.agency_b.strip()
    if not a or not b or normalise("", a).agency == normalise("", b).agency:
        return a or b
    return f"{a} / {b}"


@dataclass(frozen=True)
class LinkRow:
    """A confirmed link with both programs' titles and groups, as listed."""

    id: str
    program_a: str
    program_b: str
    title_a: str
    title_b: str
    groups_a: tuple[str, ...]
    groups_b: tuple[str, ...]
    note: str
    suggested: float | None = None  # the similarity of the suggestion accepted; None: by hand
    created_at: str = ""


def link_row(
    link: LinkRecord, titles: dict[str, str], groups: dict[str, tuple[str, ...]]
) -> LinkRow:
    """A link as the table shows it."""
    return LinkRow(
        link.id,
        link.program_a,
        link.program_b,
        titles.get(link.program_a, "?"),
        titles.get(link.program_b, "?"),
        groups.get(link.program_a, ()),
        groups.get(link.program_b, ()),
        link.note,
        link.suggested,
        link.created_at,
    )


class LinkModel(RecordTableModel):
    """Links the secretariat confirmed: two programs counted as one."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.columns = [
            Column(self.tr("Program A"), lambda r: r.title_a, sort=lambda r: r.title_a.lower()),
            Column(self.tr("Groups A"), lambda r: groups_text(r.groups_a)),
            Column(self.tr("Program B"), lambda r: r.title_b, sort=lambda r: r.title_b.lower()),
            Column(self.tr("Groups B"), lambda r: groups_text(r.groups_b)),
            Column(self.tr("How"), self.how, sort=lambda r: (r.suggested is None, r.created_at)),
            Column(self.tr("Note"), lambda r: r.note),
        ]

    def how(self, r: LinkRow) -> str:
        """Suggestion accepted (with its similarity) or linked by hand, and when."""
        when = r.created_at[:16].replace("T", " ")
        if r.suggested is None:
            return self.tr("by hand, %1").replace("%1", when)
        text = self.tr("suggested %1%, %2").replace("%1", format_number(r.suggested, 0))
        return text.replace("%2", when)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return icon("link")
        return super().data(index, role)


class LookAlikeModel(RecordTableModel):
    """Walk-ins who look like a person on another group's roster."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.columns = [
            Column(self.tr("Walk-in"), lambda x: x.walk_in_name),
            Column(self.tr("Sat in"), lambda x: x.walk_in_group),
            Column(self.tr("On the roster as"), lambda x: x.roster_name),
            Column(self.tr("Roster group"), lambda x: x.roster_group),
            Column(self.tr("Organisation"), lambda x: x.organisation),
        ]

    def row_of(self, record_id: str) -> int:
        return next((i for i, x in enumerate(self.rows) if look_alike_key(x) == record_id), -1)


def look_alike_key(x: LookAlike) -> str:
    """One string naming a look-alike pair."""
    return f"{x.walk_in_id}:{x.roster_id}"
