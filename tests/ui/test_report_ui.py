"""The Report dialog: the summary PDF previewed page by page, printed and saved as that PDF."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from jakres_desk.base.errors import ValidationError
from jakres_desk.core.demo import build_demo
from jakres_desk.core.services import groups
from jakres_desk.report.pdf import render_report
from jakres_desk.store.db import open_file
from jakres_desk.ui.report import preview
from jakres_desk.ui.report.actions import ReportActions, report_actions
from jakres_desk.ui.report.preview import ReportDialog

DEVICE = os.environ["JAKRES_DEVICE_ID"]


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workshop, built once for this module's read-only tests."""
    path = tmp_path_factory.mktemp("report-ui") / "demo.jakres"
    build_demo(path, device_id=DEVICE).close()
    return path


@pytest.fixture(scope="module")
def whole_pdf(demo_path: Path) -> bytes:
    """The whole workshop's report in English, made once."""
    from jakres_desk.base import i18n

    i18n.set_language("en")
    with open_file(demo_path, device_id=DEVICE) as f:
        return render_report(f, lang="en")


@pytest.fixture
def demo_app(qtbot, demo_path: Path) -> Iterator[object]:
    """The GUI (English) on the demo workshop, Kelompok 3 selected."""
    from jakres_desk.ui.app import App, make_app

    f = open_file(demo_path, device_id=DEVICE)
    gui = App(make_app(), "en")
    gui.session.attach(f, groups.find_group(f, "Kelompok 3").id)
    qtbot.addWidget(gui.window)
    yield gui
    gui.session.close()


def _dialog(demo_app, qtbot, **kw) -> ReportDialog:
    dialog = ReportDialog(demo_app.session, demo_app.window, **kw)
    qtbot.addWidget(dialog)
    dialog.show()  # the PDF is made when the dialog first shows
    return dialog


def _page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def test_preview_shows_every_page_of_the_report(demo_app, qtbot, whole_pdf) -> None:
    dialog = _dialog(demo_app, qtbot)
    expected = whole_pdf
    assert dialog.pages is not None and dialog.pages.data == expected
    assert len(dialog.view.labels) == _page_count(expected) > 10
    assert dialog.message.text() == f"{_page_count(expected)} pages"
    qtbot.waitUntil(lambda: 0 in dialog.view.drawn_pages())
    first = dialog.view.labels[0]
    assert not first.pixmap().isNull()
    assert abs(first.height() / first.width() - 297 / 210) < 0.01  # A4, as the PDF
    assert len(dialog.view.drawn_pages()) < len(dialog.view.labels)  # the rest when scrolled to
    assert dialog.page_text.text() == f"Page 1 of {_page_count(expected)}"


def test_zoom_in_makes_the_pages_larger(demo_app, qtbot) -> None:
    dialog = _dialog(demo_app, qtbot)
    width = dialog.view.labels[0].width()
    qtbot.mouseClick(dialog.zoom_in, Qt.MouseButton.LeftButton)
    assert dialog.zoom_text.text() == "125 %"
    assert dialog.view.labels[0].width() == round(width * 1.25)
    qtbot.mouseClick(dialog.zoom_out, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.zoom_out, Qt.MouseButton.LeftButton)
    assert dialog.zoom_text.text() == "80 %"


def test_the_group_scope_shows_that_group_only(demo_app, qtbot) -> None:
    dialog = _dialog(demo_app, qtbot)
    assert dialog.scope.itemText(1) == "This group only: Kelompok 3"
    dialog.scope.setFocus()
    qtbot.keyClick(dialog.scope, Qt.Key.Key_Down)
    gid = demo_app.session.group_id
    assert dialog.group_id() == gid
    expected = render_report(demo_app.session.file, lang="en", group_id=gid)
    assert dialog.pages.data == expected
    assert len(dialog.view.labels) == _page_count(expected)
    cover = PdfReader(io.BytesIO(dialog.pages.data)).pages[0].extract_text()
    assert "GROUP SUMMARY" in cover and "Kelompok 3" in cover


def test_print_sends_the_same_pages_to_the_printer(demo_app, qtbot, tmp_path) -> None:
    out = tmp_path / "printed.pdf"

    def to_file(_parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(72)  # a quick test; real printers get up to 300 dpi
        return True

    dialog = _dialog(demo_app, qtbot, ask_printer=to_file)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    printed = PdfReader(out)
    assert len(printed.pages) == len(dialog.pages)
    box = printed.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4, full sheet
    assert dialog.message.text() == f"{len(dialog.pages)} pages sent to the printer."


def test_print_honours_a_page_range_and_a_cancelled_dialog(demo_app, qtbot, tmp_path) -> None:
    out = tmp_path / "range.pdf"
    answers = [False, True]

    def range_to_file(_parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(72)
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 4)
        return answers.pop(0)

    dialog = _dialog(demo_app, qtbot, ask_printer=range_to_file)
    dialog.print_report()
    assert not out.exists()
    dialog.print_report()
    assert len(PdfReader(out).pages) == 3


def test_save_as_pdf_writes_the_report(demo_app, qtbot, tmp_path, whole_pdf) -> None:
    suggested: list[Path] = []

    def choose(_parent, path: Path) -> Path:
        suggested.append(path)
        return tmp_path / "summary.pdf"

    dialog = _dialog(demo_app, qtbot, ask_path=choose)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert suggested == [demo_app.session.file.path.with_suffix(".pdf")]
    written = (tmp_path / "summary.pdf").read_bytes()
    assert written == whole_pdf == dialog.pages.data
    assert dialog.message.text() == f"Saved to {tmp_path / 'summary.pdf'}"


def test_a_destination_that_cannot_be_written_is_explained(demo_app, qtbot, tmp_path) -> None:
    target = tmp_path / "no such folder" / "summary.pdf"
    dialog = _dialog(demo_app, qtbot, ask_path=lambda _p, _s: target)
    assert dialog.save_pdf() is None
    assert dialog.error.isVisible()
    assert "folder does not exist" in dialog.error.text()
    assert not target.parent.exists()


def test_a_report_that_cannot_be_made_is_explained(demo_app, qtbot, monkeypatch) -> None:
    def refuse(*_a, **_k) -> bytes:
        raise ValidationError("bad_rules", field="rules", detail="top_n is 0")

    monkeypatch.setattr(preview, "render_report", refuse)
    dialog = _dialog(demo_app, qtbot)
    assert dialog.pages is None and dialog.view.labels == []
    assert dialog.error.isVisible() and "top_n is 0" in dialog.error.text()
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()


def test_the_main_window_gets_three_report_actions(demo_app, qtbot) -> None:
    acts = report_actions(demo_app.window)
    assert [(a.text(), a.shortcut().toString()) for a in acts] == [
        ("&Report and print…", "Ctrl+P"),
        ("Save report as &PDF…", "Ctrl+Shift+S"),
        ("Plenary &presentation", "F6"),
    ]
    assert all(a.isEnabled() for a in acts)
    # The main window has its own set in its menus too: take the newest holder.
    holder = demo_app.window.findChildren(ReportActions)[-1]
    acts[2].trigger()
    window = holder.presentation
    qtbot.addWidget(window)
    assert window.isVisible() and window.isFullScreen()
    assert window.current().title == "Lokakarya Perdana Program Prioritas Jakarta Berketahanan"


def test_save_action_writes_the_whole_workshop(
    demo_app, qtbot, tmp_path, monkeypatch, whole_pdf
) -> None:
    monkeypatch.setattr(preview, "ask_pdf_path", lambda _p, _s: tmp_path / "all.pdf")
    acts = report_actions(demo_app.window)
    acts[1].trigger()
    assert (tmp_path / "all.pdf").read_bytes() == whole_pdf


def test_report_actions_wait_for_a_file(qtbot) -> None:
    from jakres_desk.ui.app import App, make_app

    gui = App(make_app(), "en")
    qtbot.addWidget(gui.window)
    acts = report_actions(gui.window)
    assert not any(a.isEnabled() for a in acts)
