"""The live ranking of a group's candidates, with the rule's verdict and the decision taken."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from jakres_desk.base.i18n import format_number
from jakres_desk.core.records import CandidateRecord, WorkshopRecord
from jakres_desk.core.rules.decisions import DecisionState, Stored, decision_state
from jakres_desk.core.rules.ranking import Ranked
from jakres_desk.core.rules.rounding import SHOWN_DECIMALS, shown_score
from jakres_desk.ui.icons import icon
from jakres_desk.ui.models.base import Column, Index, RecordTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
COL_RANK, COL_TITLE, COL_DOTS, COL_VOTERS, COL_SCORE, COL_RULE, COL_DECISION, COL_REASON = range(8)
CUTOFF = QColor("#ffe0b2")  # a tie straddling the cut-off: the facilitator must decide
INCOMPLETE = "#6a1b9a"  # a score on only some criteria, and what it means for the rank
INCOMPLETE_COLUMNS = (COL_RANK, COL_SCORE, COL_RULE)


@dataclass(frozen=True)
class RankRow:
    """One candidate's place in the live ranking and the decision on file."""

    ranked: Ranked
    decision: CandidateRecord | None

    @property
    def id(self) -> str:
        """The candidate's id."""
        return self.ranked.candidate_id

    @property
    def state(self) -> DecisionState:
        """The decision on file judged against the live ranking (core.rules.decisions)."""
        d = self.decision
        stored = None
        if d is not None and d.is_priority is not None and d.decided_by is not None:
            stored = Stored(d.is_priority, d.decided_by, d.reason)
        return decision_state(self.ranked, stored)

    @property
    def overridden(self) -> bool:
        """Whether the facilitator decided this one."""
        return self.state is DecisionState.OVERRIDE

    @property
    def is_priority(self) -> bool | None:
        """The decision on file (None: not decided yet)."""
        return None if self.decision is None else self.decision.is_priority

    @property
    def stale(self) -> bool:
        """A rule decision the live ranking no longer gives."""
        return self.state is DecisionState.STALE

    @property
    def out_of_date(self) -> bool:
        """The rule needs applying again: a stale decision, or none yet."""
        return self.state in (DecisionState.STALE, DecisionState.UNDECIDED)


def score_text(r: Ranked) -> str:
    """A weighted score as every output shows it, with "(1/3)" when scored on 1 of 3 criteria."""
    text = "—" if r.score is None else format_number(shown_score(r.score), SHOWN_DECIMALS)
    return f"{text} ({r.scored}/{r.criteria})" if r.partial else text


def tally_mark(r: RankRow) -> str:
    """The projector's mark: ★ a priority, ⚠ a decision out of date, nothing otherwise."""
    if r.stale:
        return "⚠ "
    if r.state is DecisionState.UNDECIDED_TIE:
        return ""
    return "★ " if (r.is_priority if r.is_priority is not None else r.ranked.priority) else ""


class RankingModel(RecordTableModel):
    """Rank (ties marked), title, dots, voters, score, what the rule says, the decision."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.columns = [
            Column(self.tr("Rank"), self.rank_text, sort=lambda r: r.ranked.rank, align=RIGHT),
            Column(
                self.tr("Program"),
                lambda r: r.ranked.title,
                sort=lambda r: r.ranked.title.casefold(),
            ),
            Column(self.tr("Dots"), lambda r: r.ranked.dots, align=RIGHT),
            Column(self.tr("Voters"), lambda r: r.ranked.voters, align=RIGHT),
            Column(
                self.tr("Score"),
                lambda r: score_text(r.ranked),
                sort=lambda r: -1.0 if r.ranked.score is None else r.ranked.score,
                align=RIGHT,
            ),
            Column(
                self.tr("Rule says"), self.rule_text, sort=lambda r: r.ranked.priority, align=CENTER
            ),
            Column(
                self.tr("Decision"),
                self.decision_text,
                sort=lambda r: (r.is_priority is not None, bool(r.is_priority)),
            ),
            Column(self.tr("Reason"), lambda r: r.decision.reason if r.overridden else ""),
        ]

    @staticmethod
    def rank_text(r: RankRow) -> str:
        """3, or 3= when tied with others; — when it waits for its scores to be ranked."""
        if r.ranked.unranked:
            return "—"
        return f"{r.ranked.rank}=" if r.ranked.tied else str(r.ranked.rank)

    def rule_text(self, r: RankRow) -> str:
        """What the workshop's rule makes of the candidate right now."""
        if r.ranked.unranked:
            return self.tr("incomplete")
        return self.tr("priority") if r.ranked.priority else "—"

    def decision_text(self, r: RankRow) -> str:
        """The decision on file, in words."""
        if r.state is DecisionState.UNDECIDED_TIE:
            return self.tr("Tied: not decided")
        if r.is_priority is None:
            return self.tr("not decided")
        if r.stale:
            return (
                self.tr("Priority (out of date)")
                if r.is_priority
                else self.tr("Not priority (out of date)")
            )
        if r.overridden:
            return (
                self.tr("Priority (facilitator)")
                if r.is_priority
                else self.tr("Not priority (facilitator)")
            )
        return self.tr("Priority") if r.is_priority else self.tr("Not priority")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r: RankRow = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(r, col)
        if role == Qt.ItemDataRole.BackgroundRole and r.ranked.tie_at_cutoff:
            return CUTOFF
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(r, col)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_DECISION and r.stale:
            return QColor("#e65100")
        partial = r.ranked.partial
        if role == Qt.ItemDataRole.ForegroundRole and col in INCOMPLETE_COLUMNS and partial:
            return QColor(INCOMPLETE)
        return super().data(index, role)

    def _icon(self, r: RankRow, col: int) -> Any:
        if col == COL_RANK and r.ranked.tied:
            return icon("tie", "#e65100" if r.ranked.tie_at_cutoff else "#546e7a")
        if col == COL_DECISION and r.is_priority is not None:
            if r.state is DecisionState.UNDECIDED_TIE:
                return None  # whatever the rule left, the facilitator must decide
            if r.overridden:
                return icon("override", "#6a1b9a")
            return icon("priority", "#f9a825") if r.is_priority else icon("not_priority")
        return None

    def _tip(self, r: RankRow, col: int) -> str | None:
        if r.ranked.tie_at_cutoff:
            return self.tr(
                "Tied across the cut-off: the rule cannot separate these programs. "
                "Decide them yourself with a reason."
            )
        if col in INCOMPLETE_COLUMNS and r.ranked.partial:
            return self.incomplete_tip(r.ranked)
        if col == COL_DECISION and r.stale:
            return self.tr("The ranking changed since the rule was applied: apply it again.")
        if col == COL_REASON and r.overridden:
            return r.decision.reason if r.decision else None
        return None

    def incomplete_tip(self, r: Ranked) -> str:
        """Why a program's score is marked, and what that means for its place."""
        text = self.tr("Scored on %1 of %2 criteria.")
        text = text.replace("%1", str(r.scored)).replace("%2", str(r.criteria))
        if r.unranked:
            return (
                text
                + " "
                + self.tr(
                    "Not ranked and not a priority by the rule until every criterion is scored."
                )
            )
        return text + " " + self.tr("The score is not final.")

    def legend(self, rows: list[RankRow], by_score: bool) -> str:
        """What the "(1/3)" mark means, said under the table; empty when no score is partial."""
        partial = next((r.ranked for r in rows if r.ranked.partial), None)
        if partial is None:
            return ""
        text = self.tr("(%1/%2) incomplete score: scored on %1 of %2 criteria.")
        text = text.replace("%1", str(partial.scored)).replace("%2", str(partial.criteria))
        if by_score:
            return (
                text
                + " "
                + self.tr(
                    "Such a program gets no rank (—), is listed after the programs scored on every "
                    "criterion, and the rule does not make it a priority until it is scored."
                )
            )
        return text + " " + self.tr("The ranking by dots stands; the score is not final.")

    def describe_rule(self, ws: WorkshopRecord) -> str:
        """The workshop's priority rule in words, e.g. "Priority: weighted score ≥ 3.5"."""
        by_dots = ws.ranking_method == "dots"
        if ws.priority_rule == "top_n":
            text = (
                self.tr("Priority: top %1 by dots")
                if by_dots
                else self.tr("Priority: top %1 by score")
            )
            return text.replace("%1", str(ws.top_n))
        if ws.priority_rule == "threshold":
            text = (
                self.tr("Priority: %1 dots or more")
                if by_dots
                else self.tr("Priority: weighted score ≥ %1")
            )
            value = "—" if ws.threshold is None else format_number(ws.threshold, 2, trim=True)
            return text.replace("%1", value)
        return self.tr("Priority: the facilitator's pick")

    def describe_method(self, ws: WorkshopRecord) -> str:
        """How the list is ordered, in words."""
        if ws.ranking_method == "dots":
            return self.tr("Ranked by dots, then weighted score, then number of voters.")
        return self.tr("Ranked by weighted score, then dots, then number of voters.")
