"""The main window's menus (File, Edit, View, Language, Help).

Built on the first screen: an action whose window or dialog needs more than Qt
imports it when it is first used. The words are the main window's own
(translation context "MainWindow").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication

from jakres_desk.ui.icons import icon
from jakres_desk.ui.steps import STEPS

if TYPE_CHECKING:
    from jakres_desk.ui.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    """Fill the window's menu bar (sets `window.recent_menu`)."""
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    window._action(
        file_menu,
        QCoreApplication.translate("MainWindow", "&New group session…"),
        window.new_session,
        "new",
        QtGui.QKeySequence.StandardKey.New,
    )
    window._action(
        file_menu,
        QCoreApplication.translate("MainWindow", "&Open…"),
        window.choose_file,
        "open",
        QtGui.QKeySequence.StandardKey.Open,
    )
    window.recent_menu = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Open &recent"))
    window.recent_menu.aboutToShow.connect(window._fill_recent)
    file_menu.addSeparator()
    from jakres_desk.ui.consolidate import consolidate_action

    file_menu.addAction(consolidate_action(window))
    from jakres_desk.ui.setup.action import setup_action

    file_menu.addAction(setup_action(window))
    from jakres_desk.ui.report.actions import report_actions

    for action in report_actions(window):
        file_menu.addAction(action)
    file_menu.addSeparator()
    window._action(
        file_menu,
        QCoreApplication.translate("MainWindow", "&Export results…"),
        lambda: window.go_to_step(5),
        "finish",
        QtGui.QKeySequence("Ctrl+E"),
    )
    file_menu.addSeparator()
    window._action(
        file_menu,
        QCoreApplication.translate("MainWindow", "&Quit"),
        window.close,
        None,
        QtGui.QKeySequence.StandardKey.Quit,
    )
    edit = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    undo = window.session.undo_stack.createUndoAction(
        window, QCoreApplication.translate("MainWindow", "&Undo")
    )
    undo.setShortcut(QtGui.QKeySequence.StandardKey.Undo)
    undo.setIcon(icon("undo"))
    redo = window.session.undo_stack.createRedoAction(
        window, QCoreApplication.translate("MainWindow", "&Redo")
    )
    redo.setShortcut(QtGui.QKeySequence.StandardKey.Redo)
    redo.setIcon(icon("redo"))
    edit.addAction(undo)
    edit.addAction(redo)
    view = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    window._action(
        view,
        QCoreApplication.translate("MainWindow", "&Projector window"),
        window.show_projector,
        "projector",
        QtGui.QKeySequence("F5"),
    )
    from jakres_desk.ui.tally_action import make_tally_action

    view.addAction(make_tally_action(window))
    window._action(
        view,
        QCoreApplication.translate("MainWindow", "Start or pause the &timer"),
        window.toggle_timer,
        "play",
        QtGui.QKeySequence("Ctrl+T"),
    )
    window._action(
        view,
        QCoreApplication.translate("MainWindow", "&Next step"),
        lambda: window.go_to_step(window.stack.currentIndex() + 1),
        None,
        QtGui.QKeySequence("Ctrl+PgDown"),
    )
    window._action(
        view,
        QCoreApplication.translate("MainWindow", "&Previous step"),
        lambda: window.go_to_step(window.stack.currentIndex() - 1),
        None,
        QtGui.QKeySequence("Ctrl+PgUp"),
    )
    for n in range(len(STEPS)):
        window._action(
            view,
            QCoreApplication.translate("MainWindow", "Step %1").replace("%1", str(n)),
            lambda _=False, n=n: window.go_to_step(n),
            None,
            QtGui.QKeySequence(f"Alt+{n}"),
        )
    lang_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    group = QtGui.QActionGroup(window)
    for code, name in (("id", "Bahasa Indonesia"), ("en", "English")):
        act = lang_menu.addAction(name)
        act.setCheckable(True)
        act.setChecked(code == window.lang)
        act.triggered.connect(lambda _=False, c=code: window.language_chosen.emit(c))
        group.addAction(act)
    from jakres_desk.ui.help import add_help_menu

    add_help_menu(window)
