"""Step 4, third tab: the live ranking, applying the rule, overrides and the group's rationale."""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jakres_desk.base.errors import JakresError
from jakres_desk.core.records import GroupRecord, WorkshopRecord
from jakres_desk.core.services import decisions, groups, programs, votes, workshops
from jakres_desk.core.topics import EVERYTHING, Changes, Topic
from jakres_desk.ui.cards import CommitTextEdit, show_beside
from jakres_desk.ui.icons import icon
from jakres_desk.ui.models.candidates import ElideRight
from jakres_desk.ui.models.ranking import (
    COL_DECISION,
    COL_DOTS,
    COL_RANK,
    COL_REASON,
    COL_RULE,
    COL_SCORE,
    COL_TITLE,
    COL_VOTERS,
    RankingModel,
    RankRow,
    score_text,
    tally_mark,
)
from jakres_desk.ui.pages.grid_tabs import sized_columns
from jakres_desk.ui.session import Session
from jakres_desk.ui.widgets import ErrorLabel, Page, sortable_view, style_named

TALLY_LINES = 10  # candidates the projector lists when the tally is shown
STYLE = (
    "#rule { font-size: 12pt; font-weight: bold; }"
    "#muted { color: #546e7a; }"
    "#cutoff { background: #ffe0b2; color: #bf360c; padding: 6px; border-radius: 4px; }"
    "#stale { color: #e65100; font-weight: bold; }"
    "#incomplete { color: #6a1b9a; }"
)


# What the ranking is computed from (a change reorders or redecides it).
RANKED = (
    Topic.CANDIDATES,
    Topic.PROGRAMS,
    Topic.PARTICIPANTS,
    Topic.CRITERIA,
    Topic.RULES,
    Topic.VOTES,
    Topic.SCORES,
    Topic.DECISIONS,
)
# What the tab shows of the group itself: the rule in words, the rationale and the notes.
GROUP = (Topic.GROUPS, Topic.GROUP_NOTES, Topic.RULES)


def tally_rank(r: RankRow) -> str:
    """A place as the projector lists it: "9." alone, "9=" when tied (as the report writes it)."""
    if r.ranked.unranked or r.ranked.tied:
        return RankingModel.rank_text(r)
    return f"{r.ranked.rank}."


class PriorityTab(Page):
    """Ranking and priority: the rule, the ranking table, overrides, rationale and notes.

    A tab of the votes step that follows the session's changes itself: hidden,
    it catches up when shown.
    """

    key = "priority"
    topics = frozenset({*RANKED, *GROUP})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ws: WorkshopRecord | None = None
        self.model = RankingModel(self)
        self.view, self.proxy = sortable_view(self.model, self)
        sized_columns(
            self.view,
            COL_TITLE,
            {
                COL_RANK: 64,
                COL_DOTS: 52,
                COL_VOTERS: 62,
                COL_SCORE: 92,  # "5.00 (1/3)": a score with its incomplete mark
                COL_RULE: 110,  # "belum lengkap" whole
                COL_DECISION: 180,
                COL_REASON: 170,
            },
        )
        self.view.setWordWrap(False)
        # Titles often differ only at the end ("… di Jakarta Utara"): keep both ends.
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.setItemDelegateForColumn(COL_REASON, ElideRight(self.view))
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.rule = QLabel(objectName="rule")
        self.method = QLabel(objectName="muted")
        self.status = QLabel()
        self.stale_hint = QLabel(objectName="stale", wordWrap=True)
        self.apply_button = QPushButton(icon("ok"), self.tr("Apply the &rule"))
        self.apply_button.setToolTip(
            self.tr("Decide every program by the rule; the facilitator's decisions are kept")
        )
        self.apply_button.clicked.connect(self.apply_rule)
        self.cutoff = QLabel(objectName="cutoff", wordWrap=True)
        self.legend = QLabel(objectName="incomplete", wordWrap=True)
        self.reason = QLineEdit(placeholderText=self.tr("Why the group decides otherwise"))
        self.reason.setToolTip(self.tr("Enter marks the highlighted program as priority"))
        self.reason.returnPressed.connect(lambda: self.override(True))
        self.mark_yes = QPushButton(icon("priority", "#f9a825"), self.tr("&Mark priority"))
        self.mark_yes.clicked.connect(lambda: self.override(True))
        self.mark_no = QPushButton(icon("not_priority"), self.tr("Mark not priorit&y"))
        self.mark_no.clicked.connect(lambda: self.override(False))
        self.clear_button = QPushButton(icon("undo"), self.tr("&Clear override"))
        self.clear_button.clicked.connect(self.clear_override)
        self.override_error = ErrorLabel()
        self.rationale, self.notes = CommitTextEdit(), CommitTextEdit()
        # The report writes its own lead-in before the rationale: do not invite typing it.
        self.rationale.setPlaceholderText(
            self.tr("Why these programs (the report writes “on the basis that” before it)")
        )
        self.notes.setPlaceholderText(self.tr("What the room said that the report should keep"))
        self.rationale.committed.connect(lambda: self.save_text(self.rationale, "rationale"))
        self.notes.committed.connect(lambda: self.save_text(self.notes, "notes"))
        self.text_error = ErrorLabel()
        self._layout()

    def _layout(self) -> None:
        head = QHBoxLayout()
        rules = QVBoxLayout()
        rules.addWidget(self.rule)
        rules.addWidget(self.method)
        head.addLayout(rules, 1)
        head.addWidget(self.status)
        head.addWidget(self.apply_button)
        reason_label = QLabel(self.tr("Reas&on"))
        reason_label.setBuddy(self.reason)
        over = QHBoxLayout()
        over.addWidget(reason_label)
        over.addWidget(self.reason, 1)
        for button in (self.mark_yes, self.mark_no, self.clear_button):
            over.addWidget(button)
        texts = QGridLayout()
        for col, (text, edit) in enumerate(
            ((self.tr("Ra&tionale of the group"), self.rationale), (self.tr("&Notes"), self.notes))
        ):
            label = QLabel(text)
            label.setBuddy(edit)
            edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            edit.setFixedHeight(78)
            texts.addWidget(label, 0, col)
            texts.addWidget(edit, 1, col)
        box = QVBoxLayout(self)
        box.addLayout(head)
        box.addWidget(self.stale_hint)
        box.addWidget(self.view, 1)
        box.addWidget(self.legend)
        box.addWidget(self.cutoff)
        box.addLayout(over)
        box.addWidget(self.override_error)
        box.addLayout(texts)
        box.addWidget(self.text_error)
        style_named(self, STYLE)
        order = (
            self.apply_button,
            self.view,
            self.reason,
            self.mark_yes,
            self.mark_no,
            self.clear_button,
            self.rationale,
            self.notes,
        )
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # --- reading the file ---------------------------------------------------------

    def title(self) -> str:
        return self.tr("Ranking and priority")

    def refresh(self, change: Changes = EVERYTHING) -> None:
        f, gid = self.session.file, self.session.group_id
        if change.touches(*GROUP) and change.origin is not self and f is not None:
            group = next((g for g in groups.list_groups(f) if g.id == gid), None)
            self.load_group(workshops.get_workshop(f), group)
        if change.touches(*RANKED):
            self.reload()

    def load_group(self, ws: WorkshopRecord, group: GroupRecord | None) -> None:
        """The rule in words and the group's rationale and notes."""
        self.ws = ws
        self.rule.setText(self.model.describe_rule(ws))
        self.method.setText(self.model.describe_method(ws))
        gid = group.id if group else None
        self.rationale.load(gid, group.rationale if group else "")
        self.notes.load(gid, group.notes if group else "")

    def reload(self) -> None:
        """Recompute the live ranking and read the decisions on file."""
        f, gid = self.session.file, self.session.group_id
        if f is None or gid is None:
            self.model.set_rows([])
            return
        selected = self.selected()
        decided = {c.id: c for c in programs.list_candidates(f, gid)}
        rows = [RankRow(r, decided.get(r.candidate_id)) for r in votes.ranking(f, gid)]
        self.model.set_rows(rows)
        if selected is not None:
            self._select(selected.id)
        self._show_state(rows)

    def _show_state(self, rows: list[RankRow]) -> None:
        chosen = sum(1 for r in rows if r.is_priority)
        self.status.setText(
            self.tr("%1 of %2 are priority programs")
            .replace("%1", str(chosen))
            .replace("%2", str(len(rows)))
        )
        decided = any(r.is_priority is not None for r in rows)
        if not rows:
            hint = self.tr("No candidates yet: add programs in step 3.")
        elif not decided:
            hint = self.tr("Nothing decided yet: apply the rule when voting has closed.")
        elif any(r.out_of_date for r in rows):
            hint = self.tr("The votes changed since the rule was applied: apply it again.")
        else:
            hint = ""
        self.stale_hint.setText(hint)
        self.stale_hint.setVisible(bool(hint))
        tied = [r for r in rows if r.ranked.tie_at_cutoff]
        self.cutoff.setText(
            self.tr(
                "The programs in orange (%2) are tied across the cut-off of the top %1: the rule "
                "cannot separate them. Decide each one yourself (Mark priority or Mark not "
                "priority) and write why."
            )
            .replace("%1", str(self.ws.top_n if self.ws else ""))
            .replace("%2", str(len(tied)))
        )
        self.cutoff.setVisible(bool(tied))
        legend = self.model.legend(rows, by_score=any(r.ranked.unranked for r in rows))
        self.legend.setText(legend)
        self.legend.setVisible(bool(legend))
        self._show_selected()

    def selected(self) -> RankRow | None:
        """The candidate highlighted in the ranking."""
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        row: RankRow = self.model.rows[self.proxy.mapToSource(index).row()]
        return row

    def _select(self, candidate_id: str) -> None:
        row = self.model.row_of(candidate_id)
        if row >= 0:
            self.view.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, COL_TITLE)))

    def _show_selected(self) -> None:
        row = self.selected()
        for button in (self.mark_yes, self.mark_no):
            button.setEnabled(row is not None)
        self.clear_button.setEnabled(row is not None and row.overridden)

    def tally_lines(self) -> list[str]:
        """The top of the ranking, priority programs starred, for the projector."""
        self.ensure_fresh()
        lines = []
        shown = self.model.rows[:TALLY_LINES]
        for r in shown:
            star = tally_mark(r)
            lines.append(
                self.tr("%1 %2%3 — dots: %4, score: %5")
                .replace("%1", tally_rank(r))
                .replace("%2", star)
                .replace("%3", r.ranked.title)
                .replace("%4", str(r.ranked.dots))
                .replace("%5", score_text(r.ranked))
            )
        if any(r.ranked.tied for r in shown):
            lines.append(self.tr("= tied with another program"))  # the report's own note
        if any(r.stale for r in shown):
            lines.append(self.tr("⚠ decided before the latest votes: not final"))
        legend = self.model.legend(shown, by_score=any(r.ranked.unranked for r in shown))
        if legend:
            lines.append(legend)
        return lines or [self.tr("No candidates yet")]

    # --- edits --------------------------------------------------------------------

    def _undoable(self, text: str, service: Any, **kwargs: Any) -> bool:
        """Run a decision edit as one undoable operation."""
        if self.session.file is None or self.session.group_id is None:
            return False
        try:
            self.session.perform(text, service, **kwargs, origin=self)
        except JakresError as exc:
            self.override_error.clear()
            show_beside(self.override_error, exc)
            return False
        self.override_error.clear()
        return True

    def apply_rule(self) -> None:
        """Decide every candidate by the workshop's rule (overrides are kept).

        Programs not scored on every criterion are not ranked by score: the
        facilitator is asked first, and may go back and score them.
        """
        f, gid = self.session.file, self.session.group_id
        if f is None or gid is None:
            return
        self.ensure_fresh()
        waiting = [r for r in self.model.rows if r.ranked.unranked]
        if waiting and not self.confirm_incomplete(waiting):
            return
        self._undoable(self.tr("Apply the rule"), decisions.apply_rule, group_id=gid)

    def incomplete_question(self, waiting: list[RankRow]) -> str:
        """What "Apply the rule" asks when programs are not scored on every criterion."""
        names = ", ".join(r.ranked.title for r in waiting[:5])
        if len(waiting) > 5:
            names += " " + self.tr("and %1 more").replace("%1", str(len(waiting) - 5))
        return (
            self.tr(
                "%1 of %2 programs are not scored on every criterion: %3.\n\n"
                "The rule ranks them after the others and does not make them priorities. "
                "Score them first (Cancel), or apply the rule now on incomplete scores?"
            )
            .replace("%1", str(len(waiting)))
            .replace("%2", str(len(self.model.rows)))
            .replace("%3", names)
        )

    def confirm_incomplete(self, waiting: list[RankRow]) -> bool:
        """Ask before deciding on incomplete scores (tests replace this: no dialog)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Scores are incomplete"),
            self.incomplete_question(waiting),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        apply = box.addButton(self.tr("&Apply anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is apply

    def override(self, is_priority: bool) -> None:
        """Decide the highlighted candidate against (or regardless of) the rule, with a reason."""
        f, row = self.session.file, self.selected()
        if f is None or row is None:
            return
        reason = self.reason.text()
        text = self.tr("Mark %1 as priority") if is_priority else self.tr("Mark %1 as not priority")
        done = self._undoable(
            text.replace("%1", row.ranked.title),
            decisions.override,
            candidate_id=row.id,
            is_priority=is_priority,
            reason=reason,
        )
        if done:
            self.reason.clear()
            self.view.setFocus()
        else:
            self.reason.setFocus()

    def clear_override(self) -> None:
        """Hand the highlighted candidate back to the rule."""
        f, row = self.session.file, self.selected()
        if f is not None and row is not None and row.overridden:
            self._undoable(
                self.tr("Clear the override of %1").replace("%1", row.ranked.title),
                decisions.clear_override,
                candidate_id=row.id,
            )

    def save_text(self, editor: CommitTextEdit, field: str) -> None:
        """Save the rationale or the notes if they changed (undo restores the old text)."""
        f = self.session.file
        if f is None or not editor.dirty() or editor.record_id is None:
            return
        gid, new = editor.record_id, editor.toPlainText()
        text = (
            self.tr("Edit the group's rationale")
            if field == "rationale"
            else self.tr("Edit the group's notes")
        )
        try:
            self.session.perform(text, groups.update_group, gid, **{field: new}, origin=self)
        except JakresError as exc:
            self.text_error.show_error(exc)
            return
        self.text_error.clear()
        editor.saved_text = new
