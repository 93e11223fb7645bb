"""Step 5: finish — see what the group produced and hand it over on a USB stick."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QStandardPaths, QStringListModel, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jakres_desk.base.errors import FileProblem, JakresError
from jakres_desk.core.services import exports
from jakres_desk.core.services.checklist import GroupSummary, group_summary
from jakres_desk.core.topics import EVERYTHING, Changes
from jakres_desk.store import snapshot
from jakres_desk.ui import settings
from jakres_desk.ui.i18n import ui_locale
from jakres_desk.ui.icons import icon
from jakres_desk.ui.pages.votes import clock_time
from jakres_desk.ui.session import Session
from jakres_desk.ui.widgets import ErrorLabel, Page, style_named

STYLE = (
    "#finishHeading { font-size: 14pt; font-weight: bold; }"
    "#countValue { font-weight: bold; }"
    "#sha256 { font-family: monospace; }"
    "#warning { color: #8a4b00; } #ok { color: #1b5e20; }"
)

SUFFIX = ".jakres"
NAMED_CELLS = 6  # programs or cells named in a line of the checklist; the rest are counted


def slug(text: str) -> str:
    """A file-name-safe, lower-case ASCII form of a name ("Kelompok 3" -> "kelompok-3")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


class FinishPage(Page):
    """The group's results at a glance, their gaps, and the export for the secretariat."""

    key = "finish"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.summary: GroupSummary | None = None
        self.state: exports.ExportState | None = None  # the last export, read from the file
        self.heading = QLabel()
        self.heading.setObjectName("finishHeading")
        self.values: dict[str, QLabel] = {}
        self.warning_box = QWidget()  # the checklist's rows, laid out once per change
        self.warnings = QVBoxLayout(self.warning_box)
        self.warnings.setContentsMargins(0, 0, 0, 0)
        self.priorities = QStringListModel(self)
        self.priority_view = QListView()
        self.priority_view.setModel(self.priorities)
        self.priority_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.priority_view.setAlternatingRowColors(True)
        self.warning_rows: list[QWidget] = []
        self._warnings_shown: list[tuple[str, str]] = []  # (kind, text) of warning_rows
        self.export_button = QPushButton(icon("finish"), self.tr("E&xport the group's results…"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.error = ErrorLabel()
        self.result = QGroupBox(self.tr("Written"))
        self.result_fields = {k: self._selectable()
                              for k in ("path", "time", "size", "sha256", "records")}
        self.stale_note = QLabel()
        self._layout()
        session.opened.connect(self.error.clear)

    @staticmethod
    def _selectable() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        return label

    def _layout(self) -> None:
        counts = QFormLayout()
        for key, label in self._count_labels():
            self.values[key] = QLabel()
            self.values[key].setObjectName("countValue")
            counts.addRow(label, self.values[key])
        produced = QGroupBox(self.tr("What the group produced"))
        box = QVBoxLayout(produced)
        box.addWidget(self.heading)
        box.addLayout(counts)
        box.addWidget(self.warning_box)
        heading = QLabel(self.tr("&Priority programs"))
        heading.setBuddy(self.priority_view)
        box.addWidget(heading)
        box.addWidget(self.priority_view, 1)
        row = QHBoxLayout(self)
        row.addWidget(produced, 1)
        row.addWidget(self._export_box(), 1)
        self.setFocusProxy(self.export_button)  # Ctrl+E lands here: Space exports
        QWidget.setTabOrder(self.export_button, self.priority_view)
        style_named(self, STYLE)

    def _export_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Hand the results to the secretariat"))
        explain = QLabel(self.tr(
            "Writes a checked copy of this workshop file, for example onto a USB stick. "
            "The file on this laptop stays as it is, and you can keep working in it."))
        explain.setWordWrap(True)
        form = QFormLayout(self.result)
        form.addRow(self.tr("File:"), self.result_fields["path"])
        form.addRow(self.tr("Exported:"), self.result_fields["time"])
        form.addRow(self.tr("Size:"), self.result_fields["size"])
        form.addRow(self.tr("SHA-256:"), self.result_fields["sha256"])
        form.addRow(self.tr("Records:"), self.result_fields["records"])
        self.result_fields["sha256"].setObjectName("sha256")
        self.result_fields["sha256"].setToolTip(
            self.tr("The secretariat can compare this checksum with the file they receive."))
        self.result.hide()
        self.stale_note.setObjectName("warning")
        self.stale_note.setWordWrap(True)
        self.stale_note.hide()
        layout = QVBoxLayout(box)
        layout.addWidget(explain)
        layout.addWidget(self.export_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)
        layout.addWidget(self.result)
        layout.addWidget(self.stale_note)
        layout.addStretch()
        return box

    def _count_labels(self) -> list[tuple[str, str]]:
        return [("present", self.tr("People present:")),
                ("elements", self.tr("Resilience elements:")),
                ("targets", self.tr("Targets:")),
                ("criteria", self.tr("Criteria:")),
                ("candidates", self.tr("Candidate programs:")),
                ("priority_programs", self.tr("Priority programs:")),
                ("dot_votes", self.tr("Dots placed:")),
                ("scores", self.tr("Scores given:")),
                ("voting", self.tr("Voting:"))]

    def title(self) -> str:
        return self.tr("Finish")

    def prompt(self) -> str:
        return self.tr("Read the summary back to the group and close any gaps it lists, "
                       "then export the results and take the file to the secretariat.")

    def minutes(self) -> int:
        return 10

    # --- summary ---------------------------------------------------------------

    def refresh(self, change: Changes = EVERYTHING) -> None:
        # Counting takes a moment: Page calls this only while the step is on screen.
        f, gid = self.session.file, self.session.group_id
        self.summary = group_summary(f, gid) if f is not None and gid is not None else None
        self.export_button.setEnabled(f is not None)
        s = self.summary
        self.heading.setText(self.tr("Results of %1").replace("%1", s.name) if s else "")
        for key, label in self.values.items():
            label.setText(self._value_text(key) if s else "")
        self._show_warnings(self.gaps() if s else [])
        self.priorities.setStringList(s.priority_titles if s else [])
        self._show_export(exports.export_state(f) if f is not None else None)

    def _value_text(self, key: str) -> str:
        s = self.summary
        assert s is not None
        if key == "voting":
            return (self.tr("closed at %1").replace("%1", clock_time(s.voting_closed_at))
                    if s.voting_closed_at else self.tr("open"))
        n = str(s.counts[key])
        if key == "present":
            return self.tr("%1 of %2").replace("%1", n).replace("%2", str(s.counts["participants"]))
        if key == "criteria" and s.counts["criteria"]:
            return (self.tr("%1 (locked)") if s.criteria_locked else self.tr("%1 (not locked)")
                    ).replace("%1", n)
        return n

    def gaps(self) -> list[str]:
        """What is still missing, each with the step that fixes it."""
        s = self.summary
        if s is None:
            return []
        c, gaps = s.counts, []
        if not c["present"]:
            gaps.append(self.tr("Nobody is checked in yet: record attendance in step 0."))
        if not c["elements"]:
            gaps.append(self.tr("No resilience element chosen yet: choose them in step 1."))
        if s.elements_without_target:
            gaps.append(self.tr("Elements without a target: %1. Set their targets in step 1.")
                        .replace("%1", str(s.elements_without_target)))
        if not c["criteria"]:
            gaps.append(self.tr("No criteria agreed yet: agree them in step 2."))
        elif not s.criteria_locked:
            gaps.append(self.tr("Criteria not locked: lock them in step 2."))
        if not c["candidates"]:
            gaps.append(self.tr("No candidate programs yet: choose them in step 3."))
        if not c["dot_votes"] and not c["scores"]:
            gaps.append(self.tr("No votes recorded yet: vote in step 4."))
        if (c["dot_votes"] or c["scores"]) and not s.voting_closed_at:
            gaps.append(self.tr("Voting is still open: close it in step 4, so the dots and "
                                "scores are frozen before the export."))
        if not c["priority_programs"]:
            gaps.append(self.tr("No priority decided yet: apply the rule in step 4."))
        if s.stale_titles:
            gaps.append(self.tr("Decided before the latest votes, no longer what the rule says: "
                                "%1. Apply the rule again in step 4.")
                        .replace("%1", self._named(s.stale_titles)))
        if s.tie_titles:
            gaps.append(self.tr("Tied across the cut-off, not decided yet: %1. Decide each one "
                                "in step 4.").replace("%1", self._named(s.tie_titles)))
        if s.unscored and (s.by_score or c["scores"]):
            gaps.append(self._unscored_text(s))
        if c["candidates"] and not s.rationale.strip():
            gaps.append(self.tr("The group's rationale is empty: write why these programs in "
                                "step 4 (Ranking and priority); the report's sentence ends "
                                "with it."))
        return gaps

    def _named(self, names: list[str], total: int | None = None) -> str:
        """The first few of `total` names, then how many more: a line, not a list of 500."""
        total = len(names) if total is None else total
        named = ", ".join(names[:NAMED_CELLS])
        if total > NAMED_CELLS:
            named += " " + self.tr("and %1 more").replace("%1", str(total - NAMED_CELLS))
        return named

    def _unscored_text(self, s: GroupSummary) -> str:
        """The cells still without a score, program × criterion, the first few by name."""
        cells = [f"{program} × {criterion}" for program, criterion in s.unscored[:NAMED_CELLS]]
        text = self.tr("Not scored yet, %1 cells (program × criterion): %2. Score them in step 4.")
        text = text.replace("%1", str(len(s.unscored)))
        text = text.replace("%2", self._named(cells, len(s.unscored)))
        if s.by_score:
            text += " " + self.tr("Until then those programs are not ranked by score and the "
                                  "rule does not make them priorities.")
        return text

    def _show_warnings(self, gaps: list[str]) -> None:
        rows = [("warning", text) for text in gaps]
        if self.summary is not None and not gaps:
            rows = [("ok", self.tr("Nothing is missing: the results are ready to export."))]
        if rows == self._warnings_shown:
            return  # the same list: no new widgets to lay out and paint (a visit after a vote)
        self._warnings_shown = rows
        # Each row shown on a shown page would lay out the whole window again, one row
        # at a time (Qt activates every layout up to the window on a show): the rows
        # are put in while their box is hidden, and the box shown once.
        shown = not self.warning_box.isHidden()
        self.warning_box.hide()
        for row in self.warning_rows:
            self.warnings.removeWidget(row)
            row.hide()  # deleted later, but off the page at once
            row.deleteLater()
        self.warning_rows = [self._warning_row(kind, text) for kind, text in rows]
        for row in self.warning_rows:
            self.warnings.addWidget(row)
            row.show()
        self.warning_box.setVisible(shown)

    @staticmethod
    def _warning_row(kind: str, text: str) -> QWidget:
        row = QWidget()
        picture = QLabel()
        picture.setPixmap(icon(kind, "#8a4b00" if kind == "warning" else "#1b5e20").pixmap(20, 20))
        label = QLabel(text)
        label.setObjectName(kind)
        label.setStyleSheet(f"color: {'#8a4b00' if kind == 'warning' else '#1b5e20'};")
        label.setWordWrap(True)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(label, 1)
        return row

    # --- export ------------------------------------------------------------------

    def default_name(self) -> str:
        """The suggested file name: group, "results" and the workshop date."""
        s = self.summary
        day = (s.workshop_date if s else "") or date.today().isoformat()
        parts = [slug(s.name) if s else "", slug(self.tr("results", "file name")), day]
        return "-".join(p for p in parts if p) + SUFFIX

    def choose_destination(self) -> Path | None:
        """Ask where to write the export (tests replace this: no native dialog)."""
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        folder = settings.export_folder() or Path(documents or Path.home())
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the group's results"), str(folder / self.default_name()),
            self.tr("Workshop files (*.jakres)"),
            options=QFileDialog.Option.DontConfirmOverwrite)  # we ask ourselves, once
        return Path(name) if name else None

    def confirm_overwrite(self, dest: Path) -> bool:
        """Ask before replacing an existing file (tests replace this)."""
        answer = QMessageBox.question(
            self, self.tr("Replace the file?"),
            self.tr("%1 already exists. Replace it with the results of this file?")
            .replace("%1", str(dest)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def export(self) -> None:
        """Choose a destination and write a checked snapshot there."""
        f = self.session.file
        dest = self.choose_destination() if f is not None else None
        if f is None or dest is None:
            return
        if dest.suffix.lower() != SUFFIX:
            dest = dest.with_name(dest.name + SUFFIX)
        settings.set_export_folder(dest.parent)
        if dest.exists() and dest.resolve() == Path(f.path).resolve():
            self._failed(FileProblem("snapshot_onto_open", where=str(dest)))
            return
        overwrite = dest.exists()
        if overwrite and not self.confirm_overwrite(dest):
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            info = snapshot.write_snapshot(f, dest, overwrite=overwrite)
            exports.record_export(f, info)  # remembered in the file, not a change of results
            self.error.clear()
            self._show_export(exports.export_state(f))
        except JakresError as exc:
            self._failed(exc)
        except OSError as exc:  # e.g. the stick was pulled out while we read the result
            self._failed(FileProblem("file_cannot_write", where=str(dest),
                                     detail=exc.strerror or str(exc)))
        finally:
            QApplication.restoreOverrideCursor()

    def _failed(self, exc: JakresError) -> None:
        self.error.show_error(exc)
        self.error.setText(exc.message() + "\n" + self.tr(
            "Nothing was exported; the file on this laptop is unchanged."))
        self.export_button.setFocus()  # the last export, if any, stays shown with its time

    @property
    def changed_since_export(self) -> bool:
        """Whether the results changed after the last export (read from the file)."""
        return self.state is not None and self.state.changed

    def _show_export(self, state: exports.ExportState | None) -> None:
        """The last export remembered in the file, and whether the results changed since."""
        self.state = state
        last = state.last if state is not None else None
        if last is None:
            self.result.hide()
            self.stale_note.hide()
            return
        fields = self.result_fields
        fields["path"].setText(last.path)
        fields["time"].setText(self.local_time(last.at))
        fields["size"].setText(ui_locale().formattedDataSize(  # 1.000,0 kB in Indonesian
            last.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat))
        fields["sha256"].setText(last.sha256)
        fields["records"].setText(self._records_text(last.counts, last.dots))
        self.result.setTitle(self.tr("Last export"))
        self.result.show()
        assert state is not None
        self.stale_note.setText(self.tr(
            "Changed since the last export (latest change %1): export again so the secretariat "
            "gets the latest results.").replace("%1", self.local_time(state.newest)))
        self.stale_note.setVisible(state.changed)

    @staticmethod
    def local_time(stamp: str) -> str:
        """A stored UTC stamp as this computer's local date and time, in the UI's language."""
        try:
            seconds = datetime.fromisoformat(stamp).timestamp()
        except ValueError:
            return stamp
        when = QDateTime.fromSecsSinceEpoch(int(seconds))  # this computer's local time
        return ui_locale().toString(when, QLocale.FormatType.ShortFormat)

    def _records_text(self, counts: dict[str, int], dots: int) -> str:
        names = (("participant", self.tr("participants")), ("element", self.tr("elements")),
                 ("target", self.tr("targets")), ("criterion", self.tr("criteria")),
                 ("candidate", self.tr("candidates")), ("decision", self.tr("decisions")),
                 ("score", self.tr("scores")))
        parts = [f"{label}: {counts.get(table, 0)}" for table, label in names]
        # A dot-vote entry is one person's dots on one program: name both, so that
        # "44 entries" beside "70 dots placed" does not read as a mismatch.
        parts.insert(6, self.tr("dot-vote entries: %1 (%2 dots)")
                     .replace("%1", str(counts.get("dot_vote", 0))).replace("%2", str(dots)))
        return " · ".join(parts)

    # --- projector ---------------------------------------------------------------

    def projector_lines(self) -> list[str]:
        s = self.summary
        if s is None:
            return []
        lines = []
        last = self.state.last if self.state is not None else None
        if last is not None and not self.changed_since_export:
            lines.append(self.tr("Results exported: %1").replace("%1", Path(last.path).name))
        for key, label in self._count_labels():
            if key not in ("dot_votes", "scores"):
                lines.append(f"{label} {self._value_text(key)}")
        return lines + [f"• {title}" for title in s.priority_titles]
