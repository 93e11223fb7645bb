"""Duplicates: programs two groups entered under slightly different titles, linked by hand."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jakres_desk.base.errors import JakresError
from jakres_desk.core.merge import duplicates as dedupe
from jakres_desk.core.merge.duplicates import Pair
from jakres_desk.core.services import groups, programs
from jakres_desk.core.topics import EVERYTHING, Changes, Topic
from jakres_desk.ui.consolidate.dialogs import PeopleDialog
from jakres_desk.ui.consolidate.models import LinkModel, LinkRow, PairModel, link_row, pair_key
from jakres_desk.ui.forms import EnterChain, act_once, empty
from jakres_desk.ui.icons import icon
from jakres_desk.ui.models.base import RECORD_ROLE
from jakres_desk.ui.session import Session
from jakres_desk.ui.widgets import ErrorLabel, Page, sortable_view

STRETCH, FIT = QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents


class DupesTab(Page):
    """Suggested pairs to link or dismiss, and the links made, to undo or unlink."""

    key = "duplicates"
    topics = frozenset(
        {Topic.PROGRAMS, Topic.CANDIDATES, Topic.LINKS, Topic.GROUPS, Topic.IMPORT_LOG}
    )

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.hidden: set[str] = set()  # pairs dismissed as "not the same", this session only
        self.pairs = PairModel(self)
        self.pair_view, self.pair_proxy = sortable_view(self.pairs, self)
        self.pair_view.sortByColumn(5, Qt.SortOrder.DescendingOrder)
        self.links = LinkModel(self)
        self.link_view, self.link_proxy = sortable_view(self.links, self)
        self.link_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        for view, columns in ((self.pair_view, 6), (self.link_view, 6)):
            header = view.horizontalHeader()
            header.setStretchLastSection(False)
            for col in range(columns):  # the titles (and the note) share what is left
                wide = col in (0, 2) or (view is self.link_view and col == 5)
                header.setSectionResizeMode(col, STRETCH if wide else FIT)
        self.threshold = QSpinBox(minimum=50, maximum=100, value=85, suffix=" %")
        self.threshold.setToolTip(self.tr("How alike two titles must be to be suggested"))
        self.threshold.valueChanged.connect(lambda _v: self.refresh())
        self.note = QLineEdit(placeholderText=self.tr("Why they are the same (optional)"))
        self.note_keys = EnterChain((self.note,), self.link_selected)
        self.link_button = QPushButton(icon("link"), self.tr("&Link"))
        act_once(self.link_button, self.link_selected)
        self.dismiss_button = QPushButton(icon("hide"), self.tr("&Not the same"))
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.show_hidden = QPushButton(self.tr("Show dis&missed pairs"))
        self.show_hidden.clicked.connect(self.restore_dismissed)
        self.unlink_button = QPushButton(icon("unlink"), self.tr("&Unlink"))
        self.unlink_button.clicked.connect(self.unlink_selected)
        self.people_button = QPushButton(
            icon("mdi6.account-multiple-check"), self.tr("P&eople in two groups…")
        )
        self.people_button.setToolTip(
            self.tr("Walk-ins who are also on another group's roster, to make one person")
        )
        self.people_button.clicked.connect(self.show_people)
        self.people_dialog: PeopleDialog | None = None
        self.count = QLabel()
        self.error = ErrorLabel()
        self.note_keys.clears(self.error)
        for view in (self.pair_view, self.link_view):
            view.installEventFilter(self)
        self._layout()

    def _layout(self) -> None:
        near = QLabel(self.tr("&Similarity at least:"))
        near.setBuddy(self.threshold)
        note = QLabel(self.tr("N&ote:"))
        note.setBuddy(self.note)
        head = QHBoxLayout()
        head.addWidget(self.count, 1)
        head.addWidget(near)
        head.addWidget(self.threshold)
        actions = QHBoxLayout()
        actions.addWidget(note)
        actions.addWidget(self.note, 1)
        actions.addWidget(self.link_button)
        actions.addWidget(self.dismiss_button)
        actions.addWidget(self.show_hidden)
        suggested = QGroupBox(self.tr("Suggested pairs"))
        box = QVBoxLayout(suggested)
        box.addLayout(head)
        box.addWidget(self.pair_view, 1)
        box.addLayout(actions)
        box.addWidget(self.error)
        linked = QGroupBox(self.tr("Linked programs"))
        lower = QVBoxLayout(linked)
        lower.addWidget(self.link_view, 1)
        below = QHBoxLayout()
        below.addWidget(self.people_button)
        below.addStretch(1)
        below.addWidget(self.unlink_button)
        lower.addLayout(below)
        layout = QVBoxLayout(self)
        layout.addWidget(suggested, 3)
        layout.addWidget(linked, 2)
        order: tuple[QWidget, ...] = (
            self.threshold,
            self.pair_view,
            self.note,
            self.link_button,
            self.dismiss_button,
            self.show_hidden,
            self.link_view,
            self.people_button,
            self.unlink_button,
        )
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.pair_view)

    def title(self) -> str:
        return self.tr("&Duplicates")

    def prompt(self) -> str:
        return self.tr(
            "Programs two groups entered under slightly different titles. Link the pairs "
            "that are one program: both keep their own groups' votes."
        )

    # --- loading -------------------------------------------------------------------

    def refresh(self, change: Changes = EVERYTHING) -> None:
        f = self.session.file
        if f is None:
            self.pairs.set_rows([])
            self.links.set_rows([])
            return
        pairs = dedupe.suggest_pairs(f, threshold=self.threshold.value())
        shown = [p for p in pairs if pair_key(p) not in self.hidden]
        self.pairs.set_rows(shown)
        self.links.set_rows(self._link_rows())
        self.count.setText(
            self.tr("Suggested: %1 (dismissed: %2)")
            .replace("%1", str(len(shown)))
            .replace("%2", str(len(pairs) - len(shown)))
        )
        self.show_hidden.setEnabled(bool(self.hidden))
        for view in (self.pair_view, self.link_view):
            if view.model().rowCount() and not view.currentIndex().isValid():
                view.setCurrentIndex(view.model().index(0, 0))

    def _link_rows(self) -> list[LinkRow]:
        f = self.session.file
        assert f is not None
        titles = {p.id: p.title for p in programs.list_programs(f)}
        taken: dict[str, list[str]] = {}
        for g in groups.list_groups(f):
            for c in programs.list_candidates(f, g.id):
                taken.setdefault(c.program_id, []).append(g.name)
        names = {pid: tuple(sorted(gs)) for pid, gs in taken.items()}
        return [link_row(link, titles, names) for link in dedupe.list_links(f)]

    # --- actions ------------------------------------------------------------------

    def selected_pair(self) -> Pair | None:
        """The pair under the cursor."""
        pair: Pair | None = self.pair_view.currentIndex().data(RECORD_ROLE)
        return pair

    def link_selected(self) -> None:
        """Link the pair under the cursor, with the note typed; undoable."""
        f, pair = self.session.file, self.selected_pair()
        if f is None or pair is None:
            return
        note = self.note.text()
        text = self.tr("Link %1 and %2").replace("%1", pair.title_a).replace("%2", pair.title_b)
        try:
            self.session.perform(
                text,
                dedupe.link,
                a=pair.program_a,
                b=pair.program_b,
                note=note,
                suggested=pair.score,
                origin=self,
            )
        except JakresError as exc:
            self.error.show_error(exc)
            self.note.setFocus()
            return
        self.error.clear()
        empty(self.note)
        self.pair_view.setFocus()

    def dismiss_selected(self) -> None:
        """Hide the pair under the cursor until the window closes (nothing is written)."""
        pair = self.selected_pair()
        if pair is None:
            return
        row = self.pair_view.currentIndex().row()
        self.hidden.add(pair_key(pair))
        self.refresh()
        below = self.pair_proxy.index(min(row, self.pair_proxy.rowCount() - 1), 0)
        self.pair_view.setCurrentIndex(below)
        self.pair_view.setFocus()

    def restore_dismissed(self) -> None:
        """Show the dismissed pairs again."""
        self.hidden.clear()
        self.refresh()

    def unlink_selected(self) -> None:
        """Remove the link under the cursor; undo brings it back."""
        f, row = self.session.file, self.link_view.currentIndex().data(RECORD_ROLE)
        if f is None or row is None:
            return
        text = self.tr("Unlink %1 and %2").replace("%1", row.title_a).replace("%2", row.title_b)
        try:
            self.session.perform(text, dedupe.unlink, row.id, origin=self)
        except JakresError as exc:
            self.error.show_error(exc)
            return
        self.error.clear()
        self.link_view.setFocus()

    def show_people(self) -> None:
        """The walk-ins who look like another group's roster person, to make one."""
        if self.session.file is None:
            return
        self.people_dialog = PeopleDialog(self, self.session)
        self.people_dialog.open()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if obj is self.pair_view and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.link_selected()
                return True
            if obj is self.pair_view and key == Qt.Key.Key_Delete:
                self.dismiss_selected()
                return True
            if obj is self.link_view and key == Qt.Key.Key_Delete:
                self.unlink_selected()
                return True
        return super().eventFilter(obj, event)
