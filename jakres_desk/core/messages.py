"""User-facing messages of core errors, in Bahasa Indonesia and English.

Keys are stable; the GUI and CLI pick the language. Parameters are filled in
with str.format.
"""

from __future__ import annotations

M = dict[str, str]


def _m(id_: str, en: str) -> M:
    return {"id": id_, "en": en}


MESSAGES: dict[str, M] = {
    # files
    "file_missing": _m("berkas tidak ditemukan", "file not found"),
    "file_not_regular": _m("bukan sebuah berkas", "not a file"),
    "file_empty": _m("berkas kosong (0 byte), bukan berkas lokakarya .jakres",
                     "the file is empty (0 bytes), not a .jakres workshop file"),
    "file_not_sqlite": _m("bukan berkas lokakarya .jakres (isinya bukan basis data SQLite)",
                          "not a .jakres workshop file (its content is not an SQLite database)"),
    "file_foreign_sqlite": _m(
        "basis data SQLite ini bukan buatan jakres-desk (application id lain)",
        "this SQLite database was not made by jakres-desk (different application id)"),
    "file_truncated": _m(
        "berkas terpotong: seharusnya {expected} byte, hanya ada {actual} byte "
        "(salin ulang dari sumbernya)",
        "the file is truncated: it should be {expected} bytes but has {actual} "
        "(copy it again from its source)"),
    "file_damaged": _m("berkas rusak dan tidak dapat dibaca ({detail})",
                       "the file is damaged and cannot be read ({detail})"),
    "file_newer": _m(
        "berkas dibuat oleh jakres-desk yang lebih baru (skema {revision}; versi ini "
        "mengenal hingga {head}). Perbarui jakres-desk untuk membukanya.",
        "the file was written by a newer jakres-desk (schema {revision}; this version "
        "knows up to {head}). Update jakres-desk to open it."),
    "file_needs_upgrade": _m("berkas dari versi lama (skema {revision}) perlu diperbarui",
                             "the file is from an older version (schema {revision}) and needs "
                             "upgrading"),
    "file_exists": _m("berkas sudah ada; pilih nama lain agar isinya tidak tertimpa",
                      "the file already exists; choose another name so nothing is overwritten"),
    "folder_missing": _m("folder tidak ada", "folder does not exist"),
    "file_cannot_create": _m("berkas tidak dapat dibuat ({detail})",
                             "the file cannot be created ({detail})"),
    "file_cannot_write": _m("berkas tidak dapat ditulis ({detail})",
                            "the file cannot be written ({detail})"),
    "snapshot_failed": _m("salinan yang ditulis tidak lolos pemeriksaan ({detail}); "
                          "berkas tujuan tidak diubah",
                          "the copy written failed its check ({detail}); the destination "
                          "was not changed"),
    # lookups
    "no_workshop": _m("berkas tidak berisi lokakarya", "the file holds no workshop"),
    "not_found": _m("{what} tidak ditemukan ({id})", "{what} not found ({id})"),
    "group_not_found": _m("kelompok '{name}' tidak ada; yang ada: {known}",
                          "no group named '{name}'; the groups are: {known}"),
    # fields
    "required": _m("wajib diisi", "must not be empty"),
    "too_long": _m("terlalu panjang (paling banyak {limit} karakter)",
                   "too long (at most {limit} characters)"),
    "bad_date": _m("'{value}' bukan tanggal; tulis TTTT-BB-HH, mis. 2018-09-26",
                   "'{value}' is not a date; write YYYY-MM-DD, e.g. 2018-09-26"),
    "bad_number": _m("'{value}' bukan angka", "'{value}' is not a number"),
    "bad_whole_number": _m("'{value}' bukan bilangan bulat", "'{value}' is not a whole number"),
    "bad_year": _m("'{value}' bukan tahun", "'{value}' is not a year"),
    "year_past": _m("tahun {value} sudah lewat (lokakarya diadakan tahun {start})",
                    "the year {value} is in the past (the workshop is in {start})"),
    "year_far": _m("tahun {value} terlalu jauh ke depan", "the year {value} is too far ahead"),
    "must_be_positive": _m("harus lebih dari 0", "must be more than 0"),
    "must_not_be_negative": _m("tidak boleh negatif", "must not be negative"),
    "bad_choice": _m("'{value}' tidak dikenal; pilihan: {known}",
                     "'{value}' is not known; choose one of: {known}"),
    "unknown_field": _m("kolom tidak dikenal", "unknown field"),
    "unknown_preset": _m("preset '{value}' tidak ada; pilihan: {known}",
                         "no preset '{value}'; choose one of: {known}"),
    "unknown_kind": _m("jenis pemangku kepentingan '{value}' tidak dikenal; pilihan: {known}",
                       "unknown stakeholder kind '{value}'; choose one of: {known}"),
    "unknown_focus_area": _m("fokus utama {value} tidak ada", "there is no focus area {value}"),
    "bad_rules": _m("aturan pemungutan suara tidak mungkin: {detail}",
                    "impossible voting rules: {detail}"),
    "duplicate_name": _m("'{value}' sudah ada", "'{value}' already exists"),
    "duplicate_program": _m("program '{value}' ({agency}) sudah ada di katalog",
                            "the program '{value}' ({agency}) is already in the catalogue"),
    "weight_range": _m("bobot '{value}' harus lebih dari 0 dan paling besar {max:g}",
                       "the weight '{value}' must be more than 0 and at most {max:g}"),
    "score_range": _m("nilai '{value}' harus antara {low} dan {high}",
                      "the score '{value}' must be between {low} and {high}"),
    "reason_required": _m("tuliskan alasan keputusan fasilitator",
                          "write the reason for the facilitator's decision"),
    # elements
    "goal_or_custom": _m("pilih satu tujuan CRF atau tulis elemen sendiri (bukan keduanya)",
                         "choose one CRF goal or write an element of your own (not both)"),
    "element_chosen": _m("elemen ini sudah dipilih", "this element is already chosen"),
    "goal_title_fixed": _m("judul elemen CRF tidak dapat diubah",
                           "a CRF element's title cannot be changed"),
    # votes
    "already_candidate": _m("'{value}' sudah menjadi kandidat kelompok ini",
                            "'{value}' is already a candidate of this group"),
    "criteria_locked": _m("kriteria sudah dikunci untuk penilaian; buka kunci untuk mengubah",
                          "the criteria are locked for scoring; unlock them to edit"),
    "criteria_not_locked": _m("kunci kriteria dulu sebelum memberi nilai",
                              "lock the criteria before scoring"),
    "criterion_other_group": _m("kriteria milik kelompok lain",
                                "the criterion belongs to another group"),
    "not_in_group": _m("peserta bukan anggota kelompok ini",
                       "the participant is not in this group"),
    "too_many_on_one": _m("paling banyak {limit} titik untuk satu program",
                          "at most {limit} dots on one program"),
    "out_of_dots": _m("titik tidak cukup: jatah {limit}, sisa {left}",
                      "not enough dots: {limit} each, {left} left"),
}
