"""Programs & categories: every group's programs side by side, tagged one by one or in bulk."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from jakres_desk.base.errors import JakresError
from jakres_desk.base.i18n import current_language
from jakres_desk.core.merge import duplicates as dedupe
from jakres_desk.core.services import categories, consolidated, groups
from jakres_desk.core.services.categories import CRF_GOALS, CategorySetRecord
from jakres_desk.core.topics import EVERYTHING, Changes, Topic
from jakres_desk.ui.consolidate.dialogs import NameDialog
from jakres_desk.ui.consolidate.programs_model import AgencyNode, ProgramTreeModel
from jakres_desk.ui.icons import icon
from jakres_desk.ui.models.base import RECORD_ROLE, SORT_ROLE
from jakres_desk.ui.session import Session
from jakres_desk.ui.widgets import ErrorLabel, Page

MAKE_CRF = "make:crf-goals"  # the set combo's entry that makes the CRF goal set


def pick(name_id: str, name_en: str) -> str:
    """A bilingual name in the language shown (Indonesian when there is no English)."""
    return name_en if current_language() == "en" and name_en else name_id


class ProgramsTab(Page):
    """Programs across groups, a filter, grouping by agency and tagging with categories."""

    key = "programs"
    topics = frozenset(
        {
            Topic.PROGRAMS,
            Topic.CANDIDATES,
            Topic.VOTES,
            Topic.SCORES,
            Topic.DECISIONS,
            Topic.CRITERIA,
            Topic.RULES,
            Topic.GROUPS,
            Topic.CATEGORIES,
            Topic.LINKS,
        }
    )

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.sets: list[CategorySetRecord] = []
        self.model = ProgramTreeModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.view = QTreeView()
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.header().setStretchLastSection(True)
        self.view.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._count_selected())
        self.filter_box = QLineEdit(placeholderText=self.tr("Filter by title, agency or category"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self._filter)
        self.by_agency = QCheckBox(self.tr("Group by &agency"))
        self.by_agency.toggled.connect(self.set_grouped)
        self.set_box = QComboBox()
        self.set_box.activated.connect(self._set_chosen)
        self.category_box = QComboBox()
        self.category_box.setMinimumWidth(260)
        self.new_set_button = QPushButton(icon("add"), self.tr("New &set…"))
        self.new_set_button.clicked.connect(self.new_set)
        self.new_category_button = QPushButton(icon("add"), self.tr("New &category…"))
        self.new_category_button.clicked.connect(self.new_category)
        self.tag_button = QPushButton(icon("tag"), self.tr("&Tag selected"))
        self.tag_button.setShortcut("Ctrl+T")
        self.tag_button.clicked.connect(lambda: self.tag_selected(True))
        self.untag_button = QPushButton(icon("untag"), self.tr("U&ntag selected"))
        self.untag_button.setShortcut("Ctrl+Shift+T")
        self.untag_button.clicked.connect(lambda: self.tag_selected(False))
        self.link_button = QPushButton(icon("link"), self.tr("&Link as same program"))
        self.link_button.setShortcut("Ctrl+L")
        self.link_button.setToolTip(
            self.tr("Two selected programs of different groups are one program (Ctrl+L)")
        )
        self.link_button.clicked.connect(self.link_selected)
        self.unlink_button = QPushButton(icon("unlink"), self.tr("Unl&ink"))
        self.unlink_button.setShortcut("Ctrl+Shift+L")
        self.unlink_button.setToolTip(
            self.tr("The two selected programs are not one (Ctrl+Shift+L)")
        )
        self.unlink_button.clicked.connect(self.unlink_selected)
        self.count = QLabel()
        self.error = ErrorLabel()
        self._layout()

    def _layout(self) -> None:
        find = QLabel(self.tr("&Filter:"))
        find.setBuddy(self.filter_box)
        QShortcut(QKeySequence.StandardKey.Find, self, self.filter_box.setFocus)
        top = QHBoxLayout()
        top.addWidget(find)
        top.addWidget(self.filter_box, 2)
        top.addWidget(self.by_agency)
        top.addWidget(self.count, 1, Qt.AlignmentFlag.AlignRight)
        top.addWidget(self.link_button)
        top.addWidget(self.unlink_button)
        set_label = QLabel(self.tr("Cate&gory set:"))
        set_label.setBuddy(self.set_box)
        cat_label = QLabel(self.tr("Categor&y:"))
        cat_label.setBuddy(self.category_box)
        tags = QHBoxLayout()
        for widget in (
            set_label,
            self.set_box,
            self.new_set_button,
            cat_label,
            self.category_box,
            self.new_category_button,
        ):
            tags.addWidget(widget)
        tags.addStretch(1)
        tags.addWidget(self.tag_button)
        tags.addWidget(self.untag_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(tags)
        layout.addWidget(self.error)
        order: tuple[QWidget, ...] = (
            self.filter_box,
            self.by_agency,
            self.view,
            self.set_box,
            self.new_set_button,
            self.category_box,
            self.new_category_button,
            self.tag_button,
            self.untag_button,
        )
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.view)

    def title(self) -> str:
        return self.tr("&Programs && categories")

    def prompt(self) -> str:
        return self.tr(
            "Every program some group took up, with each group's weighted score, dots and "
            "priority. Select programs and tag them with a category."
        )

    # --- loading -------------------------------------------------------------------

    def refresh(self, change: Changes = EVERYTHING) -> None:
        f = self.session.file
        if f is None:
            self.model.load([], [], {}, {})
            return
        chosen = self.selected_ids()
        self.sets = categories.list_category_sets(f)
        labels, order = {}, {}
        for set_rank, cs in enumerate(self.sets):
            for c in cs.categories:
                labels[c.id] = pick(c.label_id, c.label_en)
                order[c.id] = set_rank * 10_000 + c.position
        rows = consolidated.programs_across_groups(f)
        groups_now = groups.list_groups(f)
        first = len(groups_now) != len(self.model.groups) or not self.model.programs
        self.model.load(rows, groups_now, labels, order)
        if first:  # most often prioritised first, as the secretariat reads it
            self.view.sortByColumn(self.model.col_priority, Qt.SortOrder.DescendingOrder)
        self._fill_sets()
        self._after_reset(chosen)

    def _after_reset(self, chosen: set[str]) -> None:
        self.view.expandAll()
        self.view.setColumnHidden(1, self.model.grouped)  # the agency is the row above
        for col in range(self.model.columnCount()):
            self.view.resizeColumnToContents(col)
        # Titles and agencies are long: cap them so every group's column stays on screen.
        wide = 490 if self.model.grouped else 330  # grouped: the agency column is hidden
        self.view.setColumnWidth(0, min(max(self.view.columnWidth(0), 260), wide))
        self.view.setColumnWidth(1, min(self.view.columnWidth(1), 160))
        cats = self.model.col_categories
        self.view.setColumnWidth(cats, min(max(self.view.columnWidth(cats), 110), 200))
        self.select_ids(chosen)
        self._count_selected()

    def _fill_sets(self) -> None:
        current = self.set_box.currentData()
        self.set_box.clear()
        for cs in self.sets:
            self.set_box.addItem(pick(cs.name_id, cs.name_en), cs.id)
        if not any(cs.key == CRF_GOALS for cs in self.sets):
            self.set_box.addItem(self.tr("CRF goals (add from the framework)"), MAKE_CRF)
        at = self.set_box.findData(current)
        self.set_box.setCurrentIndex(at if at >= 0 else 0)
        self._fill_categories()

    def _fill_categories(self) -> None:
        current = self.category_box.currentData()
        self.category_box.clear()
        chosen = self.current_set()
        for c in chosen.categories if chosen else ():
            self.category_box.addItem(pick(c.label_id, c.label_en), c.id)
        at = self.category_box.findData(current)
        self.category_box.setCurrentIndex(max(at, 0))

    def current_set(self) -> CategorySetRecord | None:
        """The category set chosen in the selector."""
        set_id = self.set_box.currentData()
        return next((cs for cs in self.sets if cs.id == set_id), None)

    def _set_chosen(self, _index: int) -> None:
        if self.set_box.currentData() == MAKE_CRF:
            self.make_crf_goals()
        self._fill_categories()

    def make_crf_goals(self) -> None:
        """Make the set of the framework's goals (undo removes it again)."""
        f = self.session.file
        if f is None:
            return
        made = self.session.perform(
            self.tr("Add the CRF goal categories"), categories.ensure_crf_goal_set, origin=self
        )
        self.refresh_sets(select_set=made.id)

    def refresh_sets(self, *, select_set: str | None = None, select_category: str = "") -> None:
        """Re-read the sets and choose one (after making a set or a category)."""
        f = self.session.file
        if f is None:
            return
        self.sets = categories.list_category_sets(f)
        self._fill_sets()
        if select_set is not None:
            self.set_box.setCurrentIndex(max(self.set_box.findData(select_set), 0))
            self._fill_categories()
        if select_category:
            self.category_box.setCurrentIndex(max(self.category_box.findData(select_category), 0))

    # --- selection and view --------------------------------------------------------

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self.view.expandAll()
        self._count_selected()

    def set_grouped(self, grouped: bool) -> None:
        """Show the programs under their agencies (derived from each program), or flat."""
        chosen = self.selected_ids()
        self.model.set_grouped(grouped)
        self.view.setRootIsDecorated(grouped)
        self._after_reset(chosen)

    def selected_ids(self) -> set[str]:
        """Programs selected; an agency row stands for its programs still shown."""
        out: set[str] = set()
        for index in self.view.selectionModel().selectedRows():
            node = index.data(RECORD_ROLE)
            if isinstance(node, AgencyNode):
                for row in range(self.proxy.rowCount(index)):
                    out.add(self.proxy.index(row, 0, index).data(RECORD_ROLE).id)
            elif node is not None:
                out.add(node.id)
        return out

    def select_ids(self, ids: set[str]) -> None:
        """Select these programs' rows (after a reload, or from a test)."""
        selection = self.view.selectionModel()
        selection.clearSelection()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        for index in self._program_indexes():
            if index.data(RECORD_ROLE).id in ids:
                selection.select(index, flags)

    def _program_indexes(self) -> list[QModelIndex]:
        out: list[QModelIndex] = []
        for row in range(self.proxy.rowCount()):
            top = self.proxy.index(row, 0)
            if isinstance(top.data(RECORD_ROLE), AgencyNode):
                out.extend(self.proxy.index(r, 0, top) for r in range(self.proxy.rowCount(top)))
            else:
                out.append(top)
        return out

    def _count_selected(self) -> None:
        shown = len(self._program_indexes())
        self.count.setText(
            self.tr("Programs: %1 shown of %2, %3 selected")
            .replace("%1", str(shown))
            .replace("%2", str(len(self.model.programs)))
            .replace("%3", str(len(self.selected_ids())))
        )

    # --- linking --------------------------------------------------------------------

    def _two_selected(self) -> tuple[str, str] | None:
        ids = sorted(self.selected_ids())
        if len(ids) != 2:
            self.error.setText(self.tr("Select exactly two programs (Ctrl+click) first."))
            self.error.show()
            self.view.setFocus()
            return None
        return ids[0], ids[1]

    def link_selected(self) -> None:
        """Link the two selected programs as one, by hand; undoable."""
        pair = self._two_selected()
        if self.session.file is None or pair is None:
            return
        titles = {p.id: p.title for p in self.model.programs}
        text = self.tr("Link %1 and %2").replace("%1", titles.get(pair[0], "?"))
        self._perform(
            text.replace("%2", titles.get(pair[1], "?")), dedupe.link, a=pair[0], b=pair[1]
        )

    def unlink_selected(self) -> None:
        """Remove the link between the two selected programs; undoable."""
        f, pair = self.session.file, self._two_selected()
        if f is None or pair is None:
            return
        titles = {p.id: p.title for p in self.model.programs}
        text = self.tr("Unlink %1 and %2").replace("%1", titles.get(pair[0], "?"))
        try:
            found = dedupe.find_link(f, *pair)
        except JakresError as exc:
            self.error.show_error(exc)
            return
        self._perform(text.replace("%2", titles.get(pair[1], "?")), dedupe.unlink, found.id)

    def _perform(
        self, text: str, service: Callable[..., object], *args: object, **kw: object
    ) -> None:
        try:
            self.session.perform(text, service, *args, origin=self, **kw)
        except JakresError as exc:
            self.error.show_error(exc)
            return
        self.error.clear()
        self.view.setFocus()

    # --- tagging --------------------------------------------------------------------

    def tag_selected(self, on: bool) -> None:
        """Give (or take off) the chosen category to every selected program: one undoable step."""
        f, category_id = self.session.file, self.category_box.currentData()
        ids = sorted(self.selected_ids())
        if f is None:
            return
        if not ids or not category_id:
            self.error.setText(self.tr("Select one or more programs and a category first."))
            self.error.show()
            (self.view if not ids else self.category_box).setFocus()
            return
        had = {pid for pid, cats in categories.program_categories(f).items() if category_id in cats}
        label = self.category_box.currentText()
        try:
            if on:
                changed = [pid for pid in ids if pid not in had]
                text = self.tr("Tag %1 programs as %2")
                self.session.perform(
                    text.replace("%1", str(len(changed))).replace("%2", label),
                    categories.tag,
                    program_ids=ids,
                    category_id=category_id,
                    origin=self,
                )
            else:
                changed = [pid for pid in ids if pid in had]
                text = self.tr("Take %2 off %1 programs")
                self.session.perform(
                    text.replace("%1", str(len(changed))).replace("%2", label),
                    categories.untag,
                    program_ids=ids,
                    category_id=category_id,
                    origin=self,
                )
        except JakresError as exc:
            self.error.show_error(exc)
            return
        self.error.clear()

    def new_set(self) -> None:
        """Ask for a new category set of the secretariat's own."""
        f = self.session.file
        if f is None:
            return

        def save(name: str, name_en: str) -> object:
            return self.session.perform(
                self.tr("Add category set %1").replace("%1", name),
                categories.add_category_set,
                name=name,
                name_en=name_en,
                origin=self,
            )

        dialog = NameDialog(self, title=self.tr("New category set"), save=save)
        if self.exec_dialog(dialog) and dialog.saved is not None:
            self.refresh_sets(select_set=dialog.saved.id)
            self.new_category_button.setFocus()

    def new_category(self) -> None:
        """Ask for a new category in the chosen set."""
        f, chosen = self.session.file, self.current_set()
        if f is None or chosen is None:
            return

        def save(label: str, label_en: str) -> object:
            return self.session.perform(
                self.tr("Add category %1").replace("%1", label),
                categories.add_category,
                set_id=chosen.id,
                label=label,
                label_en=label_en,
                origin=self,
            )

        title = self.tr("New category in %1").replace("%1", pick(chosen.name_id, chosen.name_en))
        dialog = NameDialog(self, title=title, save=save)
        if self.exec_dialog(dialog) and dialog.saved is not None:
            self.refresh_sets(select_set=chosen.id, select_category=dialog.saved.id)
            self.tag_button.setFocus()

    def exec_dialog(self, dialog: QDialog) -> bool:
        """Run a dialog (tests replace this to answer it by keyboard)."""
        try:
            return bool(dialog.exec())
        finally:
            dialog.deleteLater()
