"""No style sheet reaches a table: Qt's style-sheet style draws every cell more slowly.

A style sheet set on a window or a page styles everything under it, the tables'
cells included (a third of repainting a step at 500 programs, measured). The
sheets are set on the named labels and frames instead (`ui.widgets.style_named`,
`set_font`). Every table of every step, tab and window is checked here once
shown, so a sheet added on a page later shows up as a failure, not as a slower step.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QStackedWidget, QTabWidget, QWidget

from jakres_desk.ui.consolidate.window import ConsolidateWindow
from jakres_desk.ui.session import Session
from jakres_desk.ui.setup.window import SetupWindow


def _styled_views(root: QWidget) -> list[str]:
    """Views drawn by the style-sheet style because of a sheet set above them.

    A view's own sheet (or its view's, for a header) is deliberate: a short
    list's item padding. A sheet on a page or window above it is the defect.
    """
    found = []
    for view in root.findChildren(QAbstractItemView):
        if view.style().metaObject().className() != "QStyleSheetStyle":
            continue
        holder = view
        while holder is not None and not holder.styleSheet():
            holder = holder.parentWidget()
        if not isinstance(holder, QAbstractItemView):
            found.append(f"{type(view).__name__} under {type(holder).__name__}")
    return found


def _show_every_tab(qtbot, root: QWidget) -> None:
    for tabs in root.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            qtbot.wait(1)


def test_no_table_of_any_step_is_drawn_by_the_style_sheet_style(app, qtbot) -> None:
    window = app.window
    for step in range(len(window.pages)):
        window.go_to_step(step)
        _show_every_tab(qtbot, window.current_page())
    assert window.findChildren(QAbstractItemView)
    assert _styled_views(window) == []


def test_nor_in_the_setup_desk_or_the_consolidate_window(app, qtbot) -> None:
    session = Session()
    session.attach(app.session.file, None)
    for window in (SetupWindow(session), ConsolidateWindow(session)):
        qtbot.addWidget(window)
        window.show()
        for stack in [*window.findChildren(QStackedWidget), *window.findChildren(QTabWidget)]:
            for index in range(stack.count()):
                stack.setCurrentIndex(index)
                qtbot.wait(1)
        assert window.findChildren(QAbstractItemView)
        assert _styled_views(window) == [], type(window).__name__
        window.close()
    session.file = None  # the workshop fixture closes the file
