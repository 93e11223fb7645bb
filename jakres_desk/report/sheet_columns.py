"""The sheets of the spreadsheet export: their names, columns and the words of stored codes.

Headers and sheet names are pairs (Bahasa Indonesia, English); docs/spreadsheets.md
describes every column.
"""

from __future__ import annotations

from dataclasses import dataclass

from jakres_desk.report.xlsx import BOOL, DATE, FLOAT, ID, INT, SCORE, TEXT


@dataclass(frozen=True)
class Column:
    """A column: its header in Indonesian and in English, and the type of its cells."""

    id: str
    en: str
    kind: str = TEXT


def _cols(*spec: tuple[str, str] | tuple[str, str, str]) -> tuple[Column, ...]:
    return tuple(Column(*s) for s in spec)


_GROUP = ("Kelompok", "Group")
_UUID = ("UUID", "UUID", ID)

# key -> (sheet name id/en, columns); in the order of the workbook.
SHEETS: dict[str, tuple[tuple[str, str], tuple[Column, ...]]] = {
    "workshop": (
        ("Lokakarya", "Workshop"),
        # Named so that importing this workbook as programs or participants (whose
        # first sheet this is) is refused, not read as one program called like the workshop.
        _cols(
            ("Judul lokakarya", "Workshop title"),
            ("Tanggal", "Date", DATE),
            ("Tempat", "Venue"),
            ("Penyelenggara", "Organiser"),
            ("Data ilustrasi", "Illustrative data", BOOL),
            ("Preset", "Preset"),
            ("Titik per peserta", "Dots per participant", INT),
            ("Titik maks. per kandidat", "Max dots per candidate", INT),
            ("Nilai terendah", "Lowest score", INT),
            ("Nilai tertinggi", "Highest score", INT),
            ("Metode peringkat", "Ranking method"),
            ("Aturan prioritas", "Priority rule"),
            ("N teratas", "Top N", INT),
            ("Ambang batas", "Threshold", FLOAT),
            ("Jumlah kelompok", "Groups", INT),
            ("Jumlah peserta", "Participants", INT),
            ("Jumlah program", "Programs", INT),
            ("Jumlah program prioritas", "Priority programs", INT),
            ("Program prioritas berbeda", "Distinct priority programs", INT),
            ("Keterangan lokakarya", "About the workshop"),
            _UUID,
        ),
    ),
    "groups": (
        ("Kelompok", "Groups"),
        _cols(
            _GROUP,
            ("No. fokus utama", "Focus area no.", INT),
            ("Fokus utama", "Focus area"),
            ("Fasilitator", "Facilitator"),
            ("Ruangan", "Room"),
            ("Kriteria dikunci", "Criteria locked", BOOL),
            ("Peserta", "Participants", INT),
            ("Hadir", "Present", INT),
            ("Elemen", "Elements", INT),
            ("Target", "Targets", INT),
            ("Kriteria", "Criteria", INT),
            ("Kandidat", "Candidates", INT),
            ("Program prioritas", "Priority programs", INT),
            ("Titik", "Dots", INT),
            ("Nilai diberikan", "Scores given", INT),
            ("Alasan", "Rationale"),
            ("Catatan", "Notes"),
            _UUID,
        ),
    ),
    # Headers the importer knows (docs/import-formats.md), so the sheet re-imports.
    "participants": (
        ("Peserta", "Participants"),
        _cols(
            ("Nama", "Name"),
            ("Organisasi", "Organisation"),
            ("Jenis pemangku kepentingan", "Stakeholder kind"),
            _GROUP,
            ("Jabatan", "Role"),
            ("Hadir", "Present", BOOL),
            ("Datang langsung", "Walk-in", BOOL),
            ("Titik diberikan", "Dots given", INT),
            _UUID,
        ),
    ),
    "elements": (
        ("Elemen", "Elements"),
        _cols(
            _GROUP,
            ("No.", "No.", INT),
            ("Elemen", "Element"),
            ("Dimensi CRF", "CRF dimension"),
            ("Elemen sendiri", "Own element", BOOL),
            ("Alasan", "Rationale"),
            ("Target", "Targets", INT),
            _UUID,
        ),
    ),
    "targets": (
        ("Target", "Targets"),
        _cols(
            _GROUP,
            ("Elemen", "Element"),
            ("No.", "No.", INT),
            ("Pernyataan target", "Target statement"),
            ("Indikator", "Indicator"),
            ("Kondisi awal", "Baseline"),
            ("Nilai target", "Target value"),
            ("Tahun target", "Target year", INT),
            ("Instansi penanggung jawab", "Responsible agency"),
            _UUID,
        ),
    ),
    "criteria": (
        ("Kriteria", "Criteria"),
        _cols(
            _GROUP,
            ("No.", "No.", INT),
            ("Kriteria", "Criterion"),
            ("Deskripsi", "Description"),
            ("Bobot", "Weight", FLOAT),
            ("Sumber", "Source"),
            _UUID,
        ),
    ),
    # Headers the importer knows, so the catalogue re-imports into another workshop.
    "programs": (
        ("Program", "Programs"),
        _cols(
            ("Judul program", "Title"),
            ("Instansi", "Agency"),
            ("Deskripsi", "Description"),
            ("Fokus utama", "Focus areas"),
            ("Asal", "Origin"),
            ("Ditambahkan oleh", "Added by"),
            ("Kandidat di", "Candidate in"),
            ("Prioritas di", "Priority in"),
            _UUID,
        ),
    ),
    "candidates": (
        ("Kandidat", "Candidates"),
        _cols(
            _GROUP,
            ("Program", "Program"),
            ("Instansi", "Agency"),
            ("Titik", "Dots", INT),
            ("Pemberi titik", "Voters", INT),
            ("Nilai tertimbang", "Weighted score", SCORE),
            ("Peringkat", "Rank", INT),
            ("Seri", "Tied", BOOL),
            ("Prioritas", "Priority", BOOL),
            ("Diputuskan oleh", "Decided by"),
            ("Alasan", "Reason"),
            ("Keadaan keputusan", "Decision state"),
            ("Kriteria dinilai", "Criteria scored"),
            ("UUID program", "Program UUID", ID),
            _UUID,
        ),
    ),
    "votes": (
        ("Suara", "Votes"),
        _cols(
            _GROUP,
            ("Program", "Program"),
            ("Instansi", "Agency"),
            ("Peserta", "Participant"),
            ("Titik", "Dots", INT),
            _UUID,
        ),
    ),
    "scores": (
        ("Nilai", "Scores"),
        _cols(
            _GROUP,
            ("Program", "Program"),
            ("Kriteria", "Criterion"),
            ("Bobot", "Weight", FLOAT),
            ("Peserta", "Participant"),
            ("Nilai", "Value", FLOAT),
            _UUID,
        ),
    ),
    # Consolidation: programs linked as one count once (report/sheet_consolidated.py).
    "categories": (
        ("Kategori", "Categories"),
        _cols(
            ("Kelompok kategori", "Category set"),
            ("Kategori", "Category"),
            ("Program", "Program"),
            ("Instansi", "Agency"),
            ("Kandidat di", "Candidate in"),
            ("Prioritas di", "Priority in"),
            ("Kelompok prioritas", "Groups prioritising", INT),
            _UUID,
        ),
    ),
    "links": (
        ("Tautan", "Links"),
        _cols(
            ("No.", "No.", INT),
            ("Program (dihitung sekali)", "Program (counted once)"),
            ("Judul di kelompok", "Title in the group"),
            ("Instansi", "Agency"),
            ("Kandidat di", "Candidate in"),
            ("Prioritas di", "Priority in"),
            ("Catatan tautan", "Link note"),
            _UUID,
        ),
    ),
    "agencies": (
        ("Instansi", "Agencies"),
        _cols(
            ("Instansi", "Agency"),
            ("Program", "Program"),
            ("Judul di kelompok", "Title in the group"),
            _GROUP,
            ("Peringkat", "Rank", INT),
            ("Titik", "Dots", INT),
            ("Nilai tertimbang", "Weighted score", SCORE),
            ("Prioritas", "Priority", BOOL),
            ("Diputuskan oleh", "Decided by"),
            _UUID,
        ),
    ),
}

# Stored codes shown as words: (column, code) -> (Indonesian, English).
WORDS: dict[tuple[str, str], tuple[str, str]] = {
    ("method", "dots"): ("titik", "dots"),
    ("method", "score"): ("nilai", "score"),
    ("rule", "top_n"): ("N teratas", "top N"),
    ("rule", "threshold"): ("ambang batas", "threshold"),
    ("rule", "facilitator"): ("fasilitator", "facilitator"),
    ("decided_by", "rule"): ("aturan", "rule"),
    ("decided_by", "facilitator"): ("fasilitator", "facilitator"),
    ("state", "matches"): ("sesuai aturan", "matches the rule"),
    ("state", "stale"): ("usang", "out of date"),
    ("state", "override"): ("keputusan fasilitator", "facilitator's decision"),
    ("state", "undecided_tie"): ("seri, belum diputuskan", "tied, not decided"),
    ("state", "undecided"): ("belum diputuskan", "not decided"),
    ("scored", "partial"): ("belum lengkap", "incomplete"),
    ("scored", "unranked"): (
        "belum lengkap: tidak diperingkat, bukan prioritas menurut aturan",
        "incomplete: not ranked, not a priority by the rule",
    ),
    ("origin", "catalogue"): ("katalog", "catalogue"),
    ("origin", "room"): ("ruangan", "room"),
    ("source", "room"): ("usulan ruangan", "from the room"),
    ("source", "suggested"): ("saran preset", "preset suggestion"),
    ("source", "reported"): ("saran preset (laporan 2018)", "preset suggestion (2018 report)"),
    ("by", "consensus"): ("konsensus", "consensus"),
    ("bool", "True"): ("ya", "yes"),
    ("bool", "False"): ("tidak", "no"),
}


def in_lang(lang: str, pair: tuple[str, str]) -> str:
    """The Indonesian or the English one of a pair, falling back to the other if empty."""
    first, other = pair if lang == "id" else pair[::-1]
    return first or other


def word(column: str, code: str, lang: str) -> str:
    """A stored code (e.g. a ranking method) as the word a person reads."""
    pair = WORDS.get((column, code))
    return code if pair is None else in_lang(lang, pair)
