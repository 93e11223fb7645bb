"""The desk's Make kits page: one verified kit per group into a folder (a USB stick)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jakres_desk.base.errors import JakresError
from jakres_desk.core.exchange import kit
from jakres_desk.core.setup.readiness import readiness
from jakres_desk.core.topics import EVERYTHING, Changes
from jakres_desk.ui.session import Session
from jakres_desk.ui.widgets import ErrorLabel, Page


class KitsPage(Page):
    """Choose a folder, decide about older kits, make them, see what was written."""

    key = "kits"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("A folder, e.g. on the USB stick"))
        browse = QPushButton(self.tr("C&hoose folder…"))
        browse.clicked.connect(self._browse)
        self.overwrite = QCheckBox(self.tr("&Overwrite older kits with the same names"))
        self.make_button = QPushButton(self.tr("&Make one kit per group"))
        self.make_button.clicked.connect(self.make)
        self.folder.returnPressed.connect(self.make)
        self.ready = QLabel()
        self.ready.setWordWrap(True)
        self.error = ErrorLabel()
        self.written = QListWidget()
        where = QHBoxLayout()
        where.addWidget(QLabel(self.tr("Folder:")))
        where.addWidget(self.folder, 1)
        where.addWidget(browse)
        box = QVBoxLayout(self)
        box.addWidget(self.ready)
        box.addLayout(where)
        box.addWidget(self.overwrite)
        box.addWidget(self.make_button)
        box.addWidget(self.error)
        box.addWidget(QLabel(self.tr("Written:")))
        box.addWidget(self.written, 1)
        self.setTabOrder(self.folder, browse)
        self.setTabOrder(browse, self.overwrite)
        self.setTabOrder(self.overwrite, self.make_button)

    def title(self) -> str:
        return self.tr("Make kits")

    def prompt(self) -> str:
        return self.tr(
            "Each group gets its own file for its room's laptop. Every kit is checked after "
            "it is written. Older kits in the folder are kept unless you choose to overwrite them."
        )

    def refresh(self, change: Changes = EVERYTHING) -> None:
        f = self.session.file
        self.setEnabled(f is not None)
        if f is None:
            return
        count = len(readiness(f))
        self.ready.setText(
            self.tr("The readiness check finds %n thing(s) to look at first.", "", count)
            if count
            else self.tr("The readiness check finds nothing to put right.")
        )

    def _browse(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Where to write the kits"))
        if name:
            self.folder.setText(name)

    def make(self) -> None:
        """Write every group's kit; a clash with an older kit is refused by its name."""
        f = self.session.file
        if f is None:
            return
        if not self.folder.text().strip():
            self.error.setText(self.tr("Choose a folder first."))
            self.error.show()
            return
        try:
            written = kit.write_all_kits(
                f, Path(self.folder.text().strip()), overwrite=self.overwrite.isChecked()
            )
        except JakresError as exc:
            self.error.show_error(exc)
            return
        self.error.clear()
        self.written.clear()
        for info in written:
            self.written.addItem(
                self.tr("%1 — %2 KiB, checked (sha256 %3…)")
                .replace("%1", str(info.path))
                .replace("%2", f"{info.size / 1024:.0f}")
                .replace("%3", info.sha256[:12])
            )
