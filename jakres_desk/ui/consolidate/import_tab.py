"""Import: drop the groups' files, merge them one by one, read the import log."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QItemSelection, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jakres_desk.base.errors import FileProblem, JakresError
from jakres_desk.base.i18n import current_language
from jakres_desk.core.merge import log as importlog
from jakres_desk.core.merge.log import ImportLine
from jakres_desk.core.merge.run import merge_file, refused_line
from jakres_desk.core.services import groups, workshops
from jakres_desk.core.topics import EVERYTHING, Changes, Topic
from jakres_desk.store.db import SUFFIX
from jakres_desk.ui.consolidate.dialogs import AdoptDialog
from jakres_desk.ui.consolidate.models import LogModel
from jakres_desk.ui.icons import icon
from jakres_desk.ui.models.base import RECORD_ROLE
from jakres_desk.ui.session import Session
from jakres_desk.ui.widgets import Page, sortable_view, style_named

SHOW_EVERY_S = 0.25  # while files are merged, the log is redrawn at most this often


def local_paths(mime: QMimeData) -> list[Path]:
    """The local files dropped; a dropped folder brings the .jakres files in it."""
    out: list[Path] = []
    for url in mime.urls():
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        if path.is_dir():
            out.extend(sorted(p for p in path.iterdir() if p.suffix.lower() == SUFFIX))
        else:
            out.append(path)
    return out


class DropZone(QFrame):
    """A large target for the groups' files, with a button for keyboard users."""

    dropped = Signal(list)  # list[Path]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setObjectName("dropZone")
        self.setMinimumHeight(170)
        picture = QLabel()
        picture.setPixmap(icon("drop", "#546e7a").pixmap(56, 56))
        self.label = QLabel(self.tr("Drop the groups' .jakres files here"))
        self.label.setObjectName("dropText")
        hint = QLabel(
            self.tr(
                "Each file is checked first, then its group's results enter this master "
                "file, one file after another. A refused file changes nothing."
            )
        )
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_button = QPushButton(icon("files"), self.tr("&Add files…"))
        self.add_button.setShortcut("Ctrl+O")
        self.add_button.setToolTip(self.tr("Choose the groups' files (Ctrl+O)"))
        layout = QVBoxLayout(self)
        layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(hint)  # full width: a wrapped label centred alone gets squeezed
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self._hover(False)

    def _hover(self, on: bool) -> None:
        colour, fill = ("#1565c0", "#e3f2fd") if on else ("#90a4ae", "#fafafa")
        self.setStyleSheet(
            f"#dropZone {{ border: 3px dashed {colour}; border-radius: 12px;"
            f" background: {fill}; }}"
            "#dropText { font-size: 17pt; font-weight: bold; color: #37474f; }"
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()
            self._hover(True)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._hover(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._hover(False)
        paths = local_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.dropped.emit(paths)


class ImportTab(Page):
    """The drop zone, the progress of the files being merged, the master's import log."""

    key = "import"
    topics = frozenset({Topic.IMPORT_LOG})
    finished = Signal()  # every file dropped so far has been dealt with
    adopt_dialog = AdoptDialog  # replaced in tests: a dialog answered without a person

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.queue: deque[Path] = deque()
        self.refused: list[ImportLine] = []  # not in the master: kept for this session
        self.batch: list[ImportLine] = []
        self._pending: list[ImportLine] = []  # dealt with, not yet in the log's table
        self._show_next = 0.0  # time.monotonic() of the next redraw of the log
        self.busy = False
        self.zone = DropZone()
        self.zone.dropped.connect(self.add_files)
        self.zone.add_button.clicked.connect(self.choose_and_add)
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.model = LogModel(self)
        self.view, self.proxy = sortable_view(self.model, self)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.detail_title = QLabel()
        self.detail_title.setObjectName("detailTitle")
        self.detail_title.setWordWrap(True)
        self.detail = QPlainTextEdit(readOnly=True)
        self.detail.setPlaceholderText(self.tr("Select a line of the log to see its details."))
        self._layout()

    def _layout(self) -> None:
        log_label = QLabel(self.tr("Import &log"))
        log_label.setObjectName("sectionTitle")
        log_label.setBuddy(self.view)
        detail_box = QWidget()
        side = QVBoxLayout(detail_box)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.detail_title)
        side.addWidget(self.detail, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(detail_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.zone)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(log_label)
        layout.addWidget(split, 1)
        style_named(
            self,
            "#sectionTitle, #detailTitle { font-weight: bold; } #importStatus { font-size: 11pt; }",
        )
        QWidget.setTabOrder(self.zone.add_button, self.view)
        QWidget.setTabOrder(self.view, self.detail)
        self.setFocusProxy(self.zone.add_button)

    def title(self) -> str:
        return self.tr("&Import")

    def prompt(self) -> str:
        return self.tr(
            "Drop the files the facilitators handed in. Check each line of the log: "
            "a red line was refused and left the master as it was."
        )

    # --- files in --------------------------------------------------------------------

    def choose_files(self) -> list[Path]:
        """Ask for the groups' files (tests replace this: no native dialog)."""
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose the groups' files"),
            "",
            self.tr("Workshop files (*.jakres);;All files (*)"),
        )
        return [Path(n) for n in names]

    def choose_and_add(self) -> None:
        """The Add files button: choose, then merge them."""
        paths = self.choose_files()
        if paths:
            self.add_files(paths)

    def add_files(self, paths: Iterable[Path]) -> None:
        """Queue files; they are merged one after another, the window staying responsive."""
        new = [Path(p) for p in paths]
        if not new or self.session.file is None:
            return
        self.queue.extend(new)
        if not self.busy:
            self.busy = True
            self.batch = []
            self.session.hold_changes()  # the views reload once, after the last file
            self._show_next = time.monotonic() + SHOW_EVERY_S
            self.progress.setRange(0, len(self.queue))
            self.progress.setValue(0)
            self.progress.show()
            self._announce()
            QTimer.singleShot(0, self, self._next)
        else:
            self.progress.setMaximum(self.progress.maximum() + len(new))

    def _next(self) -> None:
        if not self.queue or self.session.file is None:
            self._finish()
            return
        path = self.queue.popleft()
        self.progress.setFormat(self._counted(len(self.batch) + 1))
        line = self.merge_one(path)
        if line.status == "merged":
            self.session.merged(path.name)
        self.batch.append(line)
        if line.status == "refused":
            self.refused.append(line)
        self._pending.append(line)
        # The log and the bar are redrawn a few times a second, not once per file: with
        # a hundred files, drawing them took longer than merging them.
        if not self.queue or time.monotonic() >= self._show_next:
            self._show_pending()
        self._announce()
        QTimer.singleShot(0, self, self._next)  # events (paint, input) run between files

    def _counted(self, number: int) -> str:
        total = self.progress.maximum()
        return self.tr("%1 of %2").replace("%1", str(number)).replace("%2", str(total))

    def _announce(self) -> None:
        """Name the file merged next: drawn between files, before its merge holds the window."""
        if not self.queue:
            return
        counted = self._counted(len(self.batch) + 1)
        self.progress.setFormat(counted)
        self.status.setText(
            self.tr("Checking and merging %1 (%2)…")
            .replace("%1", self.queue[0].name)
            .replace("%2", counted)
        )

    def _show_pending(self) -> None:
        """The lines of the files dealt with since the last redraw, added to the log.

        The next redraw waits SHOW_EVERY_S, or four times as long as this one took
        (a slow laptop), so drawing never takes more than a fifth of the time.
        """
        began = time.monotonic()
        if self._pending:
            row = self.model.append_lines(self._pending)
            self._pending = []
            self._select(row)
        self.progress.setValue(len(self.batch))  # QProgressBar repaints the window now
        ended = time.monotonic()
        self._show_next = ended + max(SHOW_EVERY_S, 4 * (ended - began))

    def merge_one(self, path: Path) -> ImportLine:
        """Merge one file in its own transaction; a refusal becomes a refused line.

        A session of another workshop is adopted into the group the user picks, from
        the copy already checked (the file is copied and checked once).
        """
        f = self.session.file
        assert f is not None
        declined: list[FileProblem] = []

        def adopt_into(exc: FileProblem) -> str | None:
            title, date = str(exc.params.get("title", "")), str(exc.params.get("date", ""))
            group_id = self.ask_group(path, title, date)
            if group_id is None:
                declined.append(exc)
            return group_id

        try:
            return merge_file(f, path, choose_group=adopt_into)
        except JakresError as exc:
            if declined:
                title, date = (str(declined[0].params.get(k, "")) for k in ("title", "date"))
                reason = (
                    self.tr("a session of another workshop ('%1', %2); not adopted, nothing merged")
                    .replace("%1", title)
                    .replace("%2", date)
                )
                return replace(refused_line(path, exc), message=f"{path}: {reason}")
            return refused_line(path, exc)

    def ask_group(self, path: Path, title: str, date: str) -> str | None:
        """Which master group an ad-hoc session becomes; None when the user cancels."""
        f = self.session.file
        assert f is not None
        lang = current_language()
        areas = {
            fa.id: (fa.short_id if lang == "id" else fa.short_en) for fa in workshops.focus_areas(f)
        }
        merged = {line.group_id for line in importlog.read_log(f)}
        choices = []
        for g in groups.list_groups(f):
            detail = areas.get(g.focus_area_id or "", "")
            if g.id not in merged:
                note = self.tr("no file merged yet")
                detail = f"{detail} ({note})" if detail else note
            choices.append((g, detail))
        dialog = self.adopt_dialog(
            self, file_name=path.name, title=title, date=date, groups=choices
        )
        try:
            return dialog.group_id() if dialog.exec() else None
        finally:
            dialog.deleteLater()

    def _finish(self) -> None:
        self._show_pending()
        self.busy = False
        self.queue.clear()  # the file was closed mid-way: the rest is not merged
        self.progress.hide()
        self.session.release_changes(origin=self)  # the other views reload, once
        merged = [line.source_name for line in self.batch if line.status == "merged"]
        if merged:  # said again after the views' "Saved" of the released changes
            self.session.merged(merged[-1])
        self.view.resizeColumnsToContents()
        counts = {
            s: sum(1 for line in self.batch if line.status == s)
            for s in ("merged", "unchanged", "refused")
        }
        self.status.setText(
            self.tr("Done: %1 merged, %2 unchanged, %3 refused.")
            .replace("%1", str(counts["merged"]))
            .replace("%2", str(counts["unchanged"]))
            .replace("%3", str(counts["refused"]))
        )
        self.status.setStyleSheet("color: #b71c1c;" if counts["refused"] else "")
        self.finished.emit()

    # --- the log ------------------------------------------------------------------------

    def refresh(self, change: Changes = EVERYTHING) -> None:
        if change.origin is self:
            return  # a batch of merges: its lines were added one by one as they came
        self.reload_log()
        self.view.resizeColumnsToContents()

    def reload_log(self, select: str | None = None) -> None:
        """The master's log and this session's refused files, newest first."""
        f = self.session.file
        current = select or self._current_id()
        lines = importlog.read_log(f) if f is not None else []
        self.model.set_rows(sorted(lines + self.refused, key=lambda line: line.imported_at))
        row = self.model.row_of(current) if current else -1
        if row >= 0:
            self._select(row)
        else:
            self._show_detail(None)

    def _select(self, row: int) -> None:
        self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def _current_id(self) -> str | None:
        line = self.view.currentIndex().data(RECORD_ROLE)
        return line.id if line is not None else None

    def _selected(self, _now: QItemSelection, _before: QItemSelection) -> None:
        rows = self.view.selectionModel().selectedRows()
        self._show_detail(rows[0].data(RECORD_ROLE) if rows else None)

    def _show_detail(self, line: ImportLine | None) -> None:
        if line is None:
            self.detail_title.setText("")
            self.detail.setPlainText("")
            return
        status = self.model.status_names.get(line.status, line.status)
        group = self.model.group_text(line)
        self.detail_title.setText(" — ".join(t for t in (line.source_name, group, status) if t))
        parts = [importlog.summary(line)]
        if line.source_sha256:
            parts.append(self.tr("SHA-256 of the file: %1").replace("%1", line.source_sha256))
        if line.status != "refused":
            conflicts = importlog.conflict_lines(line)
            parts.append(
                self.tr("Conflicts: %1").replace("%1", str(len(conflicts)))
                if conflicts
                else self.tr("No conflicts.")
            )
            parts.extend(f"• {text}" for text in conflicts)
        self.detail.setPlainText("\n".join(parts))
        self.detail_title.setStyleSheet("color: #b71c1c;" if line.status == "refused" else "")
