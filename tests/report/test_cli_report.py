"""`jakres-desk report`: exit codes and one-line messages, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from jakres_desk.cli import main
from tests.report.pdfread import text_of


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def test_writes_the_summary(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "ringkasan.pdf"
    code, printed, err = run(capsys, "report", str(demo_path), "-o", str(out), "--lang", "id")
    assert code == 0, err
    assert printed.strip() == str(out)
    assert "Pada fokus utama 3 dihasilkan 19 program eksisting prioritas" in text_of(
        out.read_bytes()
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ringkasan.pdf"]


def test_one_group_by_name_or_number(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for which in ("kelompok 4", "4"):
        out = tmp_path / f"k4-{which}.pdf"
        code, _, err = run(capsys, "report", str(demo_path), "-o", str(out), "--group", which)
        assert code == 0, err
        text = text_of(out.read_bytes())
        assert "Focus area 4 produced 13 priority existing programs" in text
        assert "Kelompok 3" not in text


def test_an_unknown_group_names_the_groups(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    code, _, err = run(capsys, "report", str(demo_path), "-o", str(out), "--group", "Kelompok 9")
    assert code == 1
    assert err.strip() == (
        "jakres-desk: no group named 'Kelompok 9'; the groups are: "
        "Kelompok 1, Kelompok 2, Kelompok 3, Kelompok 4, Kelompok 5"
    )
    assert not out.exists()


def test_an_unknown_language_is_a_usage_error(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, "report", str(demo_path), "-o", str(tmp_path / "x.pdf"), "--lang", "fr"
    )
    assert code == 2
    assert "invalid choice: 'fr'" in err


@pytest.mark.parametrize("where", ["missing-folder/x.pdf", "a-file.txt/x.pdf", "."])
def test_an_unwritable_destination_is_named(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    (tmp_path / "a-file.txt").write_text("not a folder")
    out = tmp_path / where
    code, _, err = run(capsys, "report", str(demo_path), "-o", str(out))
    assert code == 1
    assert err.startswith("jakres-desk: ") and err.count("\n") == 1
    assert f"jakres-desk: {out}: " in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file.txt"]


def test_a_missing_workshop_file_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.jakres"
    code, _, err = run(capsys, "report", str(missing), "-o", str(tmp_path / "x.pdf"))
    assert code == 1
    assert str(missing) in err
