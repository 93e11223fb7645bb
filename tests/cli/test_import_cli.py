"""The import commands: refusals name line and column, columns can be mapped, notes printed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jakres_desk.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_unknown_column_refused_then_mapped(
    workshop: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(workshop.path)  # type: ignore[attr-defined]
    src = tmp_path / "katalog.csv"
    src.write_bytes(b"Judul;Unit Pengampu;Catatan\r\nNormalisasi;Dinas SDA;cek lagi\r\n")
    code, _, err = run(capsys, "import-programs", path, str(src))
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert f"{src}:1:" in err and "'Unit Pengampu', 'Catatan'" in err
    code, out, err = run(
        capsys,
        "import-programs",
        path,
        str(src),
        "--column",
        "Unit Pengampu=agency",
        "--column",
        "Catatan=-",
    )
    assert code == 0, err
    assert "rows imported: 1" in out and "columns ignored: 'Catatan'" in out
    code, _, err = run(capsys, "import-programs", path, str(src), "--column", "Catatan")
    assert code == 1 and "HEADER=field" in err


def test_extra_cell_and_title_row_are_printed(
    workshop: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(workshop.path)  # type: ignore[attr-defined]
    src = tmp_path / "peserta.csv"
    src.write_bytes(
        b"Daftar Hadir,\r\nNama,Instansi\r\nBudi Santoso, S.T.,Bappeda DKI\r\nAyu,UI\r\n"
    )
    code, _, err = run(capsys, "import-participants", path, str(src))
    assert code == 1
    assert f"{src}:3: column '3' ('Bappeda DKI'): cell 3 has no header" in err
    code, out, err = run(capsys, "import-participants", path, str(src), "--skip-invalid")
    assert code == 0
    assert (
        f"{src}:1: above the header row, not imported: 'Daftar Hadir'" in err
    )  # as Excel writes it
    assert "rows imported: 1" in out and "notes: 1" in out
    code, text, _ = run(capsys, "info", path, "--json")
    assert sum(g["participants"] for g in json.loads(text)["groups"]) == 0  # Ayu has no group


def test_opd_pelaksana_imports_the_agency_and_a_new_header_is_refused_with_a_mapping(
    workshop: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(workshop.path)  # type: ignore[attr-defined]
    src = tmp_path / "katalog.csv"
    rows = "".join(f"Program {i};Dinas {i % 7}\r\n" for i in range(150))
    src.write_text("Nama Program;OPD Pelaksana\r\n" + rows, "utf-8")
    code, out, err = run(capsys, "import-programs", path, str(src))
    assert code == 0, err
    assert "rows imported: 150" in out
    other = tmp_path / "lain.csv"
    other.write_text("Nama Program;Instansi Mitra\r\nProgram X;Dinas Y\r\n", "utf-8")
    code, out, err = run(capsys, "import-programs", path, str(other))
    assert code == 1 and out == ""
    assert '--column "Instansi Mitra=agency"' in err and '--column "Instansi Mitra=-"' in err


def test_header_row_and_reimport_in_place(
    workshop: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(workshop.path)  # type: ignore[attr-defined]
    src = tmp_path / "katalog.csv"
    src.write_text("Judul;Instansi\r\nJudul Program;Instansi Pemilik\r\nKampung Iklim;DLH\r\n")
    code, out, err = run(capsys, "import-programs", path, str(src), "--header-row", "2")
    assert code == 0, err
    assert "rows imported: 1" in out and f"{src}:1: above the header row" in err
    src.write_text("Judul;Instansi;Deskripsi\r\nKampung Iklim;DLH;baru\r\nSekolah Aman;Disdik;\r\n")
    code, out, _ = run(capsys, "import-programs", path, str(src))
    assert code == 0 and "rows imported: 1" in out and "programs updated: 1; unchanged: 0" in out
    code, _, err = run(capsys, "import-programs", path, str(src), "--header-row", "9")
    assert code == 1 and "no row 9" in err
