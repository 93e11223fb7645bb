"""Step 4: votes and priority — the dot grid, the scoring matrix, the ranking and decisions.

Made for a room of 60 people and 500 candidates: each grid is loaded with one
query, an edit repaints only its cell, and a hidden page reloads when shown.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jakres_desk.base.errors import JakresError
from jakres_desk.core.records import CriterionRecord, ParticipantRecord
from jakres_desk.core.services import (
    criteria,
    grids,
    groups,
    participants,
    programs,
    votes,
    voting,
    workshops,
)
from jakres_desk.core.topics import EVERYTHING, Changes, Topic
from jakres_desk.ui.icons import icon
from jakres_desk.ui.models.dots import Row
from jakres_desk.ui.pages.confirm import confirm
from jakres_desk.ui.pages.grid_tabs import DotsTab, ScoresTab, freeze
from jakres_desk.ui.pages.priority import PriorityTab
from jakres_desk.ui.session import Session
from jakres_desk.ui.widgets import Page

# A change to one of these reshapes the grids (rows, columns or rules): reload all.
STRUCTURE = (Topic.CANDIDATES, Topic.PROGRAMS, Topic.PARTICIPANTS, Topic.CRITERIA, Topic.RULES)
TAB_DOTS, TAB_SCORES, TAB_PRIORITY = range(3)


def clock_time(stamp: str) -> str:
    """An ISO stamp (UTC) as the local time of day, HH:MM."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%H:%M")
    except ValueError:
        return stamp


class VotesPage(Page):
    """Votes and priority.

    The projector asks for `projector_lines()`, which only says how far voting
    has got (how many people have voted, how many dots are placed), so that it
    never sways a vote in progress; `tally_lines()` gives the ranking so far (top
    ten, with dots, score and the priority programs starred), for when the
    facilitator chooses to show the tally.

    `refresh()` follows the session's changes (a dot edit repaints its cell);
    `reload()` reads everything again, whether the page is shown or not.
    """

    key = "votes"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.voting_closed = False
        self.dots = DotsTab(self.edit_dots, self)
        self.scores = ScoresTab(self.edit_scores, self)
        self.scores.lock_requested.connect(self.lock_criteria)
        self.scores.criteria_requested.connect(self._go_to_criteria)
        self.priority = PriorityTab(session, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.dots, icon("votes"), self.tr("&Dots"))
        self.tabs.addTab(self.scores, icon("criteria"), self.tr("&Scores"))
        self.tabs.addTab(self.priority, icon("priority"), self.tr("Ran&king and priority"))
        # The matrix is read when its tab is shown: most visits to the step are for the
        # dots, and reading both made the first visit half as slow again.
        self._scores_stale = True
        self.tabs.currentChanged.connect(self._tab_shown)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self._voting_bar())
        box.addWidget(self.tabs)

    def _voting_bar(self) -> QFrame:
        """Whether the group's voting is open, and the button that closes or reopens it."""
        self.voting_state = QLabel(objectName="votingState", wordWrap=True)
        self.close_button = QPushButton(icon("lock"), self.tr("Close voting"))
        self.close_button.setToolTip(
            self.tr("Freeze the group's dots and scores; the projector then shows the results")
        )
        self.close_button.clicked.connect(self.close_voting)
        self.reopen_button = QPushButton(icon("unlock"), self.tr("Reopen voting…"))
        self.reopen_button.clicked.connect(self.reopen_voting)
        self.reopen_button.hide()
        bar = QFrame(objectName="votingBar")
        line = QHBoxLayout(bar)
        line.setContentsMargins(8, 4, 8, 4)
        line.addWidget(self.voting_state, 1)
        line.addWidget(self.close_button)
        line.addWidget(self.reopen_button)
        bar.setStyleSheet(
            "#votingBar[closed=\"true\"] { background: #e8f5e9; border-radius: 4px; }"
            "#votingBar[closed=\"true\"] #votingState { color: #1b5e20; font-weight: bold; }"
        )
        self.voting_bar = bar
        return bar

    def title(self) -> str:
        return self.tr("Votes and priority")

    def prompt(self) -> str:
        return self.tr(
            "Let each person place their dots, then agree a score per criterion; "
            "apply the rule, decide ties and exceptions with a reason, and say why."
        )

    def minutes(self) -> int:
        return 30

    # --- reading the file ---------------------------------------------------------

    def refresh(self, change: Changes = EVERYTHING) -> None:
        """Reload what a change reshaped; repaint only the cells of votes and scores."""
        f, gid = self.session.file, self.session.group_id
        if f is None or gid is None or change.touches(*STRUCTURE):
            self.reload()
            return
        # An edit made in this page's grids is already drawn in its cell.
        if change.touches(Topic.VOTES) and change.origin is not self:
            self.dots.model.update_counts(grids.dot_grid(f, gid))
            self.dots.show_progress()
        if change.touches(Topic.SCORES) and change.origin is not self and not self._scores_stale:
            self.scores.model.update_values(grids.score_grid(f, gid), grids.personal_means(f, gid))
            self.scores.show_progress()
        if change.touches(Topic.CRITERIA_LOCK, Topic.VOTING):
            self._load_group(f, gid)

    def reload(self) -> None:
        """Read the group's candidates, people and dots; its criteria and scores too when
        their tab is shown (else when it next is)."""
        f, gid = self.session.file, self.session.group_id
        if f is None or gid is None:
            self.dots.model.load([], [], {}, 5, 0)
            self.scores.model.load([], [], {}, {}, False)
            self._scores_stale = False
            return
        ws = workshops.get_workshop(f)
        rows = [Row(c.id, c.title, c.agency) for c in programs.list_candidates(f, gid)]
        counts = grids.dot_grid(f, gid)
        with_dots = {pid for pid, _ in counts}
        people = [
            p for p in participants.list_participants(f, gid) if p.present or p.id in with_dots
        ]
        self.dots.load(rows, people, counts, ws)
        self._scores_stale = True
        group = self._load_group(f, gid)
        if self.tabs.currentWidget() is self.scores:
            self._load_scores(f, gid, ws, rows, group)

    def _tab_shown(self, index: int) -> None:
        f, gid = self.session.file, self.session.group_id
        if index == TAB_SCORES and self._scores_stale and f is not None and gid is not None:
            group = next((g for g in groups.list_groups(f) if g.id == gid), None)
            self._load_scores(f, gid, workshops.get_workshop(f), self.dots.model.rows, group)

    def _load_scores(self, f: Any, gid: str, ws: Any, rows: Any, group: Any) -> None:
        self._scores_stale = False
        self.scores.load(
            rows,
            criteria.list_criteria(f, gid),
            grids.score_grid(f, gid),
            grids.personal_means(f, gid),
            ws,
            bool(group and group.criteria_locked),
        )
        freeze(self.scores, self.voting_closed)

    def _load_group(self, f: Any, gid: str) -> Any:
        group = next((g for g in groups.list_groups(f) if g.id == gid), None)
        if not self._scores_stale:
            self.scores.set_locked(bool(group and group.criteria_locked))
        self._show_voting(group.voting_closed_at if group else None)
        return group

    def _show_voting(self, closed_at: str | None) -> None:
        closed = closed_at is not None
        for tab in (self.dots, self.scores):
            freeze(tab, closed)
        if closed:
            self.voting_state.setText(
                self.tr("Voting closed at %1: dots and scores are frozen, and the projector "
                        "shows the results.").replace("%1", clock_time(closed_at or ""))
            )
        else:
            self.voting_state.setText(
                self.tr("Voting is open. Close it when everyone has placed their dots and the "
                        "scores are agreed: they then freeze.")
            )
        self.close_button.setVisible(not closed)
        self.reopen_button.setVisible(closed)
        self.voting_bar.setProperty("closed", closed)
        self.voting_bar.style().unpolish(self.voting_bar)
        self.voting_bar.style().polish(self.voting_bar)
        self.voting_closed = closed

    def close_voting(self) -> None:
        """Freeze the group's dots and scores (undo opens the voting again)."""
        gid = self.session.group_id
        if self.session.file is None or gid is None:
            return
        try:
            self.session.perform(
                self.tr("Close voting"), voting.close_voting, group_id=gid, origin=self
            )
        except JakresError as exc:
            self.dots.bar.show_error(exc)
            return
        self.reopen_button.setFocus()

    def reopen_voting(self) -> None:
        """After a question, let the group change dots and scores again (logged in the file)."""
        gid = self.session.group_id
        if self.session.file is None or gid is None:
            return
        if not confirm(
            self,
            self.tr("Reopen voting"),
            self.tr("Reopen this group's voting? Dots and scores can then be changed again."),
            self.tr("&Reopen voting"),
            self.tr("The reopening is recorded in the file, with the time."),
        ):
            return
        try:
            self.session.perform(
                self.tr("Reopen voting"), voting.reopen_voting, group_id=gid, origin=self
            )
        except JakresError as exc:
            self.dots.bar.show_error(exc)
            return
        self.close_button.setFocus()

    # --- edits --------------------------------------------------------------------

    def edit_dots(self, candidate_id: str, person: ParticipantRecord, n: int) -> bool:
        """Save a person's dots on a candidate (undo restores the old count)."""
        f = self.session.file
        if f is None:
            return False
        title = next((r.title for r in self.dots.model.rows if r.id == candidate_id), "")
        text = (
            self.tr("%1: %2 dots on %3")
            .replace("%1", person.name)
            .replace("%2", str(n))
            .replace("%3", title)
        )
        if not self._save(
            self.dots,
            text,
            votes.set_dots,
            candidate_id=candidate_id,
            participant_id=person.id,
            count=n,
        ):
            return False
        self.dots.model.set_cell(person.id, candidate_id, n)
        self.dots.show_progress()
        return True

    def edit_scores(
        self, candidate_id: str, crit: CriterionRecord, text: str, old: float | None
    ) -> bool:
        """Save the group's score of a candidate on a criterion (empty clears it)."""
        f = self.session.file
        if f is None:
            return False
        value = text or None
        label = self.tr("Score on %1").replace("%1", crit.name)
        if not self._save(
            self.scores,
            label,
            votes.set_score,
            candidate_id=candidate_id,
            criterion_id=crit.id,
            value=value,
        ):
            return False
        self.scores.model.set_value(candidate_id, crit.id, None if value is None else float(value))
        self.scores.show_progress()
        return True

    def _save(self, tab: DotsTab | ScoresTab, text: str, service: Any, **kwargs: Any) -> bool:
        try:
            self.session.perform(text, service, **kwargs, origin=self)
        except JakresError as exc:
            tab.bar.show_error(exc)  # the model was not changed: the cell shows the old value
            return False
        tab.bar.clear()
        return True

    def lock_criteria(self) -> None:
        """Lock the group's criteria so scoring can start (undo unlocks them)."""
        f, gid = self.session.file, self.session.group_id
        if f is not None and gid is not None:
            self.session.perform(
                self.tr("Lock criteria"), groups.set_criteria_locked, group_id=gid, locked=True
            )

    def _go_to_criteria(self) -> None:
        window = self.window()
        if hasattr(window, "go_to_step"):
            window.go_to_step(2)

    # --- the projector ------------------------------------------------------------

    def projector_lines(self) -> list[str]:
        """How far voting has got, never the tally (see the class docstring)."""
        self.ensure_fresh()
        model = self.dots.model
        placed = sum(model.totals)
        return [
            self.tr("%1 of %2 people have voted")
            .replace("%1", str(model.voters()))
            .replace("%2", str(len(model.people))),
            self.tr("Dots placed: %1").replace("%1", str(placed)),
            self.tr("Programs on the list: %1").replace("%1", str(len(model.rows))),
        ]

    def tally_lines(self) -> list[str]:
        """The ranking so far, top ten (see the class docstring)."""
        self.ensure_fresh()
        return self.priority.tally_lines()
