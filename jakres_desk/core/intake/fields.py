"""What an import reads: each field with the headers accepted for it, in both languages.

A header is matched after `columns.header_key` (case, accents, spaces and
punctuation ignored). Columns of jakres-desk's own export that an import leaves
out are listed too, so an export re-imports unmapped.
"""

from __future__ import annotations

from jakres_desk.core.intake.columns import Column

PARTICIPANT_COLUMNS = (
    Column(
        "name",
        (
            "name",
            "nama",
            "nama peserta",
            "nama lengkap",
            "full name",
            "participant",
            "participant name",
            "peserta",
        ),
        required=True,
    ),
    Column(
        "organisation",
        (
            "organisation",
            "organization",
            "organisasi",
            "instansi",
            "lembaga",
            "asal instansi",
            "asal lembaga",
            "asal organisasi",
            "institution",
            "affiliation",
            "afiliasi",
        ),
    ),
    Column(
        "stakeholder_kind",
        (
            "stakeholder kind",
            "kind",
            "stakeholder",
            "jenis",
            "jenis pemangku kepentingan",
            "pemangku kepentingan",
            "unsur",
            "kategori",
            "category",
            "stakeholder type",
        ),
    ),
    Column("group", ("group", "kelompok", "focus area", "fokus utama", "fokus", "breakout group")),
    Column("role", ("role", "jabatan", "peran", "position", "posisi")),
)

PROGRAM_COLUMNS = (
    Column(
        "title",
        (
            "title",
            "judul",
            "nama program",
            "program",
            "judul program",
            "program name",
            "program title",
            "nama kegiatan",
            "program kegiatan",
            "nama program kegiatan",
        ),
        required=True,
    ),
    Column(
        "agency",
        (
            "agency",
            "owning agency",
            "instansi",
            "instansi pemilik",
            "opd",
            "pelaksana",
            "penanggung jawab",
            "skpd",
            "instansi pelaksana",
            "lead agency",
            "responsible agency",
            "opd pelaksana",
            "skpd pelaksana",
            "perangkat daerah",
            "perangkat daerah pelaksana",
            "instansi penanggung jawab",
            "unit kerja",
            "implementing agency",
        ),
    ),
    Column(
        "description",
        ("description", "deskripsi", "keterangan", "uraian", "uraian program", "deskripsi program"),
    ),
    Column("focus_areas", ("focus areas", "focus area", "fokus utama", "fokus", "focus")),
)
# Columns of jakres-desk's own spreadsheet export (report/sheet_columns.py) that an
# import leaves out, listed as ignored: the app derives them (presence, dots, origin,
# identity), so re-importing an export into another workshop works unmapped.
PARTICIPANT_EXPORT_ONLY = (
    "Hadir",
    "Present",
    "Datang langsung",
    "Walk-in",
    "Titik diberikan",
    "Dots given",
    "UUID",
)
PROGRAM_EXPORT_ONLY = (
    "Asal",
    "Origin",
    "Ditambahkan oleh",
    "Added by",
    "Kandidat di",
    "Candidate in",
    "Prioritas di",
    "Priority in",
    "UUID",
)
