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
    "file_empty": _m(
        "berkas kosong (0 byte), bukan berkas lokakarya .jakres",
        "the file is empty (0 bytes), not a .jakres workshop file",
    ),
    "file_not_sqlite": _m(
        "bukan berkas lokakarya .jakres (isinya bukan basis data SQLite)",
        "not a .jakres workshop file (its content is not an SQLite database)",
    ),
    "file_foreign_sqlite": _m(
        "basis data SQLite ini bukan buatan jakres-desk (application id lain)",
        "this SQLite database was not made by jakres-desk (different application id)",
    ),
    "file_truncated": _m(
        "berkas terpotong: seharusnya {expected} byte, hanya ada {actual} byte "
        "(salin ulang dari sumbernya)",
        "the file is truncated: it should be {expected} bytes but has {actual} "
        "(copy it again from its source)",
    ),
    "file_damaged": _m(
        "berkas rusak dan tidak dapat dibaca ({detail})",
        "the file is damaged and cannot be read ({detail})",
    ),
    "file_newer": _m(
        "berkas dibuat oleh jakres-desk yang lebih baru (skema {revision}; versi ini "
        "mengenal hingga {head}). Perbarui jakres-desk untuk membukanya.",
        "the file was written by a newer jakres-desk (schema {revision}; this version "
        "knows up to {head}). Update jakres-desk to open it.",
    ),
    "file_needs_upgrade": _m(
        "berkas dari versi lama (skema {revision}) perlu diperbarui",
        "the file is from an older version (schema {revision}) and needs upgrading",
    ),
    "file_exists": _m(
        "berkas sudah ada; pilih nama lain agar isinya tidak tertimpa",
        "the file already exists; choose another name so nothing is overwritten",
    ),
    "folder_missing": _m("folder tidak ada", "folder does not exist"),
    "folder_not_ours": _m(
        "sudah ada folder dengan nama ini yang tidak ditulis oleh jakres-desk; pilih nama lain "
        "agar isinya tidak tertimpa",
        "a folder of this name exists that jakres-desk did not write; choose another name so "
        "its contents are not replaced",
    ),
    "file_cannot_create": _m(
        "berkas tidak dapat dibuat ({detail})", "the file cannot be created ({detail})"
    ),
    "file_cannot_write": _m(
        "berkas tidak dapat ditulis ({detail})", "the file cannot be written ({detail})"
    ),
    "snapshot_failed": _m(
        "salinan yang ditulis tidak lolos pemeriksaan ({detail}); berkas tujuan tidak diubah",
        "the copy written failed its check ({detail}); the destination was not changed",
    ),
    # lookups
    "no_workshop": _m("berkas tidak berisi lokakarya", "the file holds no workshop"),
    "not_found": _m("{what} tidak ditemukan ({id})", "{what} not found ({id})"),
    "group_not_found": _m(
        "kelompok '{name}' tidak ada; yang ada: {known}",
        "no group named '{name}'; the groups are: {known}",
    ),
    # fields
    "required": _m("wajib diisi", "must not be empty"),
    "too_long": _m(
        "terlalu panjang (paling banyak {limit} karakter)", "too long (at most {limit} characters)"
    ),
    "bad_date": _m(
        "'{value}' bukan tanggal; tulis TTTT-BB-HH, mis. 2018-09-26",
        "'{value}' is not a date; write YYYY-MM-DD, e.g. 2018-09-26",
    ),
    "bad_number": _m("'{value}' bukan angka", "'{value}' is not a number"),
    "bad_whole_number": _m("'{value}' bukan bilangan bulat", "'{value}' is not a whole number"),
    "bad_year": _m("'{value}' bukan tahun", "'{value}' is not a year"),
    "year_past": _m(
        "tahun {value} sudah lewat (lokakarya diadakan tahun {start})",
        "the year {value} is in the past (the workshop is in {start})",
    ),
    "year_far": _m("tahun {value} terlalu jauh ke depan", "the year {value} is too far ahead"),
    "must_be_positive": _m("harus lebih dari 0", "must be more than 0"),
    "must_not_be_negative": _m("tidak boleh negatif", "must not be negative"),
    "bad_choice": _m(
        "'{value}' tidak dikenal; pilihan: {known}",
        "'{value}' is not known; choose one of: {known}",
    ),
    "unknown_field": _m("kolom tidak dikenal", "unknown field"),
    "unknown_preset": _m(
        "preset '{value}' tidak ada; pilihan: {known}",
        "no preset '{value}'; choose one of: {known}",
    ),
    "unknown_kind": _m(
        "jenis pemangku kepentingan '{value}' tidak dikenal; pilihan: {known}",
        "unknown stakeholder kind '{value}'; choose one of: {known}",
    ),
    "unknown_focus_area": _m("fokus utama {value} tidak ada", "there is no focus area {value}"),
    "bad_rules": _m(
        "aturan pemungutan suara tidak mungkin: {detail}", "impossible voting rules: {detail}"
    ),
    "duplicate_name": _m("'{value}' sudah ada", "'{value}' already exists"),
    "duplicate_program": _m(
        "program '{value}' ({agency}) sudah ada di katalog",
        "the program '{value}' ({agency}) is already in the catalogue",
    ),
    "weight_range": _m(
        "bobot '{value}' harus lebih dari 0 dan paling besar {max:g}",
        "the weight '{value}' must be more than 0 and at most {max:g}",
    ),
    "score_range": _m(
        "nilai '{value}' harus antara {low} dan {high}",
        "the score '{value}' must be between {low} and {high}",
    ),
    "reason_required": _m(
        "tuliskan alasan keputusan fasilitator", "write the reason for the facilitator's decision"
    ),
    # elements
    "goal_or_custom": _m(
        "pilih satu tujuan CRF atau tulis elemen sendiri (bukan keduanya)",
        "choose one CRF goal or write an element of your own (not both)",
    ),
    "element_chosen": _m("elemen ini sudah dipilih", "this element is already chosen"),
    "goal_title_fixed": _m(
        "judul elemen CRF tidak dapat diubah", "a CRF element's title cannot be changed"
    ),
    # votes
    "already_candidate": _m(
        "'{value}' sudah menjadi kandidat kelompok ini",
        "'{value}' is already a candidate of this group",
    ),
    "criteria_locked": _m(
        "kriteria sudah dikunci untuk penilaian; buka kunci untuk mengubah",
        "the criteria are locked for scoring; unlock them to edit",
    ),
    "voting_closed": _m(
        "pemungutan suara kelompok ini sudah ditutup: titik dan skor tidak dapat diubah; "
        "buka kembali pemungutan suara untuk mengubahnya",
        "this group's voting is closed: dots and scores cannot be changed; reopen the voting "
        "to change them",
    ),
    "voting_already_closed": _m(
        "pemungutan suara kelompok ini sudah ditutup", "this group's voting is already closed"
    ),
    "voting_not_closed": _m(
        "pemungutan suara kelompok ini masih terbuka", "this group's voting is still open"
    ),
    "not_room_program": _m(
        "hanya program yang ditambahkan ruang ini yang dapat diubah di sini; program katalog "
        "diubah oleh sekretariat",
        "only a program this room added can be edited here; the secretariat edits catalogue "
        "programs",
    ),
    "criteria_not_locked": _m(
        "kunci kriteria dulu sebelum memberi nilai", "lock the criteria before scoring"
    ),
    "criterion_other_group": _m(
        "kriteria milik kelompok lain", "the criterion belongs to another group"
    ),
    "not_in_group": _m(
        "peserta bukan anggota kelompok ini", "the participant is not in this group"
    ),
    "too_many_on_one": _m(
        "paling banyak {limit} titik untuk satu program", "at most {limit} dots on one program"
    ),
    "out_of_dots": _m(
        "titik tidak cukup: jatah {limit}, sisa {left}",
        "not enough dots: {limit} each, {left} left",
    ),
    # snapshots and kits
    "folder_cannot_write": _m(
        "tidak dapat menulis ke folder ini ({detail})", "cannot write into this folder ({detail})"
    ),
    "disk_full": _m(
        "disk penuh; kosongkan ruang atau pilih tempat lain, lalu coba lagi",
        "the disk is full; free some space or choose another place, then try again",
    ),
    "snapshot_onto_open": _m(
        "salinan tidak boleh menimpa berkas yang sedang dibuka",
        "a copy cannot overwrite the file that is open",
    ),
    "file_in_use": _m(
        "berkas ini sedang dipakai atau tidak ditutup dengan benar (ada berkas "
        "-wal di sampingnya); tutup dulu atau pilih nama lain",
        "this file is in use or was not closed properly (a -wal file sits "
        "beside it); close it first or choose another name",
    ),
    # read-only, moved, busy and full files (issue 10)
    "read_only_disk": _m(
        "dibuka hanya-baca: disknya tidak dapat ditulisi (flashdisk yang dikunci, CD); "
        "salin berkas ke folder yang dapat ditulisi untuk mengubahnya",
        "opened read-only: the disk cannot be written (a write-protected stick, a CD); "
        "copy the file to a folder you can write to change it",
    ),
    "read_only_folder": _m(
        "dibuka hanya-baca: Anda tidak dapat menulis ke folder berkas ini; salin berkas ke "
        "folder yang dapat ditulisi untuk mengubahnya",
        "opened read-only: you cannot write into this file's folder; copy the file to a "
        "folder you can write to change it",
    ),
    "read_only_file": _m(
        "dibuka hanya-baca: berkas ini dilindungi dari penulisan; salin berkas atau ubah "
        "izinnya untuk mengubahnya",
        "opened read-only: the file is write-protected; copy it or change its permissions "
        "to change it",
    ),
    "read_only_asked": _m(
        "dibuka hanya-baca atas permintaan; buka kembali secara biasa untuk mengubahnya",
        "opened read-only as asked; open it again normally to change it",
    ),
    "read_only_old": _m(
        "berkas dari versi lama (skema {revision}) perlu diperbarui, tetapi {why}",
        "the file is from an older version (schema {revision}) and needs upgrading, but {why}",
    ),
    "read_only_unclean": _m(
        "berkas tidak ditutup dengan benar (ada berkas -wal di sampingnya) dan foldernya "
        "tidak dapat ditulisi; salin berkas beserta berkas -wal-nya ke folder yang dapat "
        "ditulisi, lalu buka salinannya",
        "the file was not closed properly (a -wal file sits beside it) and its folder "
        "cannot be written; copy the file together with its -wal file to a folder you can "
        "write, then open the copy",
    ),
    "file_moved": _m(
        "berkas ini diganti nama, dipindah, ditimpa atau dihapus selagi terbuka; perubahan "
        "ini tidak disimpan (yang sudah tersimpan ada di berkas itu, di tempat barunya). "
        "Buka lagi berkas dari tempatnya sekarang, atau salinan cadangannya bila dihapus",
        "the file was renamed, moved, replaced or deleted while open; this change was not "
        "saved (what was saved before is in that file, wherever it now is). Open the file "
        "again from where it is now, or a backup copy if it was deleted",
    ),
    "disk_full_write": _m(
        "disk penuh; perubahan ini tidak disimpan (yang sudah tersimpan tetap ada). "
        "Kosongkan ruang, lalu coba lagi",
        "the disk is full; this change was not saved (what was saved before is kept). "
        "Free some space, then try again",
    ),
    "file_cannot_read": _m(
        "berkas tidak dapat dibaca dari disk ({detail}); periksa disk atau flashdisk-nya",
        "the file cannot be read from the disk ({detail}); check the disk or stick",
    ),
    "file_bad_link": _m(
        "tautan (symlink) ini tidak menuju ke berkas: tautannya berputar atau tujuannya hilang",
        "this link (symlink) leads to no file: the links go round in a loop or the target "
        "is gone",
    ),
    "name_too_long": _m(
        "nama berkas terlalu panjang ({size} byte); berkas lokakarya paling panjang {limit} "
        "byte, karena SQLite menaruh berkas NAMA-journal di sampingnya",
        "the file name is too long ({size} bytes); a workshop file's name may have at most "
        "{limit} bytes, as SQLite puts a NAME-journal file beside it",
    ),
    "file_busy": _m(
        "berkas sedang sibuk dengan pekerjaan lain (impor, penggabungan atau jendela lain); "
        "perubahan ini tidak disimpan, tunggu hingga selesai lalu coba lagi",
        "the file is busy with other work (an import, a merge or another window); this "
        "change was not saved, wait until it finishes and try again",
    ),
    "kit_from_kit": _m(
        "berkas ini sudah berkas satu kelompok; buat berkas fasilitator dari berkas lokakarya",
        "this file is already one group's kit; make facilitator kits from the workshop file",
    ),
    # importing
    "import_old_excel": _m(
        "berkas Excel lama (.xls) atau format lain tidak dapat dibaca; buka di Excel lalu "
        "simpan sebagai .xlsx atau .csv (CSV UTF-8)",
        "old Excel (.xls) or other spreadsheet formats cannot be read; open it in Excel and "
        "save as .xlsx or .csv (CSV UTF-8)",
    ),
    "import_bad_suffix": _m(
        "berkas '{suffix}' tidak dapat diimpor; simpan lembarnya sebagai .xlsx atau .csv",
        "'{suffix}' files cannot be imported; save the sheet as .xlsx or .csv",
    ),
    "import_binary": _m(
        "bukan berkas teks CSV (isinya data biner, mis. byte NUL di baris ini); simpan "
        "lembarnya sebagai .csv atau .xlsx",
        "not a CSV text file (it holds binary data, e.g. a NUL byte on this line); save the "
        "sheet as .csv or .xlsx",
    ),
    "import_cannot_read": _m(
        "berkas tidak dapat dibaca ({detail})", "the file cannot be read ({detail})"
    ),
    "import_bad_csv": _m(
        "isi CSV tidak dapat dibaca ({detail})", "the CSV content cannot be read ({detail})"
    ),
    "import_bad_xlsx": _m(
        "bukan buku kerja .xlsx yang dapat dibaca ({detail}); buka di Excel lalu simpan "
        "ulang sebagai .xlsx atau .csv",
        "not a readable .xlsx workbook ({detail}); open it in Excel and save it again as "
        ".xlsx or .csv",
    ),
    "import_empty": _m(
        "berkas kosong: tidak ada baris judul kolom maupun data",
        "the file is empty: no header row and no data",
    ),
    "import_no_rows": _m(
        "hanya ada baris judul kolom; tidak ada data untuk diimpor",
        "there is only the header row; no rows to import",
    ),
    "import_missing_column": _m(
        "kolom {column} tidak ada (judul yang diterima: {accepted}); judul kolom di berkas: "
        "{found}",
        "no {column} column (accepted headers: {accepted}); the headers found are: {found}",
    ),
    "import_field_name": _m("nama", "name"),
    "import_field_title": _m("judul", "title"),
    "import_rejected": _m(
        "baris tidak valid: {count}; tidak ada yang diimpor (perbaiki barisnya, atau lewati "
        "baris yang tidak valid)",
        "invalid rows: {count}; nothing was imported (fix them, or skip the invalid rows)",
    ),
    "import_row_error": _m(
        "{file}:{line}: kolom '{column}' ('{value}'): {reason}",
        "{file}:{line}: column '{column}' ('{value}'): {reason}",
    ),
    "import_unknown_group": _m(
        "kelompok '{value}' tidak ada; tulis nama kelompok atau nomor fokus utama: {known}",
        "no group '{value}'; write a group name or a focus-area number: {known}",
    ),
    "import_bad_focus_area": _m(
        "'{value}' bukan nomor fokus utama; tulis nomornya, mis. 1; 3",
        "'{value}' is not a focus-area number; write the numbers, e.g. 1; 3",
    ),
    "import_unknown_focus_area": _m(
        "fokus utama {value} tidak ada; yang ada: {known}",
        "there is no focus area {value}; the focus areas are: {known}",
    ),
    "import_duplicate_in_file": _m(
        "'{what}' sama dengan baris {line}; tidak diimpor lagi",
        "'{what}' repeats line {line}; not imported again",
    ),
    "import_duplicate_existing": _m(
        "'{what}' sudah ada di lokakarya; tidak diimpor lagi",
        "'{what}' is already in the workshop; not imported again",
    ),
    "import_summary": _m(
        "{source}: baris diimpor: {imported} (dibaca sebagai {encoding}); dilewati karena "
        "duplikat: {duplicates}; dilewati karena tidak valid: {invalid}",
        "{source}: rows imported: {imported} (read as {encoding}); skipped as duplicates: "
        "{duplicates}; skipped as invalid: {invalid}",
    ),
    "import_ignored_columns": _m("kolom yang diabaikan: {columns}", "columns ignored: {columns}"),
    "import_notes": _m("catatan: {count} (lihat di atas)", "notes: {count} (see above)"),
    "import_bad_utf16": _m(
        "teks UTF-16 rusak pada baris ini; simpan ulang lembarnya sebagai CSV UTF-8",
        "broken UTF-16 text on this line; save the sheet again as CSV UTF-8",
    ),
    "import_not_utf8": _m(
        "sel ini bukan teks UTF-8, padahal berkasnya UTF-8 (mis. baris {line}): berkas "
        "mencampur pengodean; ketik ulang sel ini atau simpan ulang berkasnya sebagai CSV UTF-8",
        "this cell is not UTF-8 text while the file is UTF-8 (e.g. line {line}): the file "
        "mixes encodings; retype the cell or save the file again as CSV UTF-8",
    ),
    "import_control_character": _m(
        "berisi karakter kontrol tak terlihat {code}; hapus karakter itu",
        "holds the invisible control character {code}; remove it",
    ),
    "import_spreadsheet_error": _m(
        "sel menampilkan galat lembar kerja {value}; perbaiki rumusnya atau ketik nilainya",
        "the cell shows the spreadsheet error {value}; fix the formula or type the value",
    ),
    "import_formula": _m(
        "sel {cell} berisi rumus ({formula}) yang belum pernah dihitung, jadi tidak ada nilai "
        "untuk dibaca; buka berkas di Excel, biarkan dihitung, lalu simpan",
        "cell {cell} holds a formula ({formula}) that was never calculated, so there is no "
        "value to read; open the file in Excel, let it calculate, and save it",
    ),
    "import_cell_without_header": _m(
        "sel ke-{cell} tidak punya judul kolom: baris ini punya lebih banyak sel daripada "
        "baris judul (ada pemisah tanpa tanda kutip di dalam sel?)",
        "cell {cell} has no header: this row has more cells than the header row (a "
        "delimiter inside a cell that is not quoted?)",
    ),
    "import_cell_without_header_xlsx": _m(
        "kolom {column} tidak punya judul; beri judul kolom atau kosongkan selnya",
        "column {column} has no header; give the column a header or clear the cell",
    ),
    "import_unknown_columns": _m(
        "kolom berisi data yang tidak dikenali: {columns}; ubah judulnya atau petakan "
        "(--column 'JUDUL=bidang', atau 'JUDUL=-' untuk melewatinya). Bidang dan judul yang "
        "diterima: {fields}",
        "columns holding data that are not known: {columns}; rename them or map them "
        "(--column 'HEADER=field', or 'HEADER=-' to leave one out). The fields and the "
        "headers accepted: {fields}",
    ),
    "import_same_field_twice": _m(
        "kolom '{first}' dan '{second}' sama-sama berisi {field}; hapus salah satu atau "
        "petakan ('{second}=-')",
        "the columns '{first}' and '{second}' both give the {field}; delete one or map it "
        "('{second}=-')",
    ),
    "import_map_no_column": _m(
        "tidak ada kolom '{column}' di berkas; judul kolom di berkas: {found}",
        "no column '{column}' in the file; the headers found are: {found}",
    ),
    "import_map_no_field": _m(
        "tidak ada bidang '{field}' untuk kolom '{column}'; bidang yang ada: {fields} "
        "(atau '-' untuk melewati kolom)",
        "no field '{field}' for the column '{column}'; the fields are: {fields} "
        "(or '-' to leave the column out)",
    ),
    "import_bad_mapping": _m(
        "pemetaan kolom '{value}' tidak dapat dibaca; tulis JUDUL=bidang, mis. "
        '"OPD Pelaksana=agency"',
        "cannot read the column mapping '{value}'; write HEADER=field, e.g. "
        '"OPD Pelaksana=agency"',
    ),
    "import_note_above_header": _m(
        "di atas baris judul kolom, tidak diimpor: '{text}'",
        "above the header row, not imported: '{text}'",
    ),
    "import_note_merged": _m(
        "sel {cells} digabung: setiap selnya dibaca '{value}' (dari {corner})",
        "cells {cells} are merged: each of them reads '{value}' (from {corner})",
    ),
    # json export and load
    "json_many_workshops": _m(
        "berkas berisi {count} lokakarya; ekspor JSON memuat tepat satu",
        "the file holds {count} workshops; a JSON export holds exactly one",
    ),
    "json_cannot_read": _m(
        "berkas tidak dapat dibaca ({detail})", "the file cannot be read ({detail})"
    ),
    "json_is_jakres": _m(
        "ini berkas lokakarya .jakres, bukan ekspor JSON",
        "this is a .jakres workshop file, not a JSON export",
    ),
    "json_not_utf8": _m(
        "bukan teks UTF-8 (pada byte ke-{offset})", "not UTF-8 text (at byte {offset})"
    ),
    "json_syntax": _m(
        "bukan JSON yang sah: baris {line}, kolom {column}: {detail}",
        "not valid JSON: line {line}, column {column}: {detail}",
    ),
    "json_not_finite": _m(
        "{value} tidak boleh ada dalam JSON; tulis sebuah angka",
        "{value} is not allowed in JSON; write a number",
    ),
    "json_not_export": _m(
        'bukan ekspor JSON jakres-desk (harus berisi "format": "jakres-desk")',
        'not a jakres-desk JSON export (it needs "format": "jakres-desk")',
    ),
    "json_newer_format": _m(
        "ditulis oleh jakres-desk yang lebih baru (format JSON {version}; versi ini membaca "
        "hingga {known}). Perbarui jakres-desk untuk memuatnya.",
        "written by a newer jakres-desk (JSON format {version}; this version reads up to "
        "{known}). Update jakres-desk to load it.",
    ),
    "json_newer_schema": _m(
        "ditulis oleh jakres-desk yang lebih baru (skema {revision}; versi ini mengenal "
        "hingga {head}). Perbarui jakres-desk untuk memuatnya.",
        "written by a newer jakres-desk (schema {revision}; this version knows up to "
        "{head}). Update jakres-desk to load it.",
    ),
    "json_missing": _m("kolom wajib ini tidak ada", "this required field is missing"),
    "json_unknown_field": _m("kolom tidak dikenal", "unknown field"),
    "json_type": _m("{value} bukan bertipe {expected}", "{value} is not of type {expected}"),
    "json_choice": _m(
        "{value} tidak dikenal; pilihan: {known}", "{value} is not allowed; choose one of: {known}"
    ),
    "json_other": _m("{detail}", "{detail}"),
    "json_goal_or_custom": _m(
        "elemen perlu tujuan CRF (goal_id) atau judul sendiri (custom_title)",
        "an element needs a CRF goal (goal_id) or a title of its own (custom_title)",
    ),
    "json_dangling": _m(
        "{value} bukan {column} dari baris mana pun di {table}",
        "{value} is not the {column} of any row in {table}",
    ),
    "json_duplicate": _m("{columns} sama dengan {other}", "the same {columns} as {other}"),
    "json_rejected": _m(
        "basis data menolak isinya ({detail})", "the database refused the data ({detail})"
    ),
    "json_count_one": _m("(1 masalah ditemukan)", "(1 problem found)"),
    "json_count_many": _m(
        "(masalah pertama dari {count} yang ditemukan)", "(the first of {count} problems found)"
    ),
    # merge (consolidation)
    "merge_cannot_read": _m(
        "berkas tidak dapat dibaca untuk disalin ({detail})",
        "the file cannot be read to copy it ({detail})",
    ),
    "merge_broken_references": _m(
        "isi berkas tidak utuh: ada baris yang menunjuk baris yang tidak ada ({detail})",
        "the file is not whole: some rows point to rows that do not exist ({detail})",
    ),
    "merge_has_code": _m(
        "berkas berisi {kind} '{name}'; berkas jakres-desk tidak pernah memuatnya, jadi tidak "
        "digabung",
        "the file holds a {kind} '{name}'; jakres-desk files never do, so it is not merged",
    ),
    "merge_cannot_migrate": _m(
        "berkas dari versi lama (skema {revision}) tidak dapat diperbarui ({detail})",
        "the file from an older version (schema {revision}) cannot be upgraded ({detail})",
    ),
    "merge_no_workshop": _m(
        "berkas harus berisi tepat satu lokakarya (ada {count})",
        "the file must hold exactly one workshop (it holds {count})",
    ),
    "merge_schema_mismatch": _m(
        "tabel '{table}' di berkas ini tidak sama dengan milik jakres-desk; berkas tidak digabung",
        "the table '{table}' in this file differs from jakres-desk's; the file is not merged",
    ),
    "merge_bad_kit": _m(
        "berkas kelompok ini tidak berisi kelompoknya sendiri",
        "this group file does not hold its own group",
    ),
    "merge_failed": _m(
        "penggabungan dihentikan dan dibatalkan seluruhnya; berkas induk tidak berubah ({detail})",
        "the merge stopped and was undone whole; the master file is unchanged ({detail})",
    ),
    "merge_into_kit": _m(
        "ini berkas satu kelompok; hasil kelompok hanya digabung ke berkas lokakarya induk",
        "this is one group's file; group results are merged only into the master workshop file",
    ),
    "merge_same_file": _m("ini berkas induk itu sendiri", "this is the master file itself"),
    "merge_other_workshop": _m(
        "berkas dari lokakarya lain ('{title}', {date}); jika ini sesi kelompok tanpa berkas "
        "fasilitator, gabungkan dengan --adopt NAMA_KELOMPOK",
        "a file from another workshop ('{title}', {date}); if it is a group session started "
        "without a kit, merge it with --adopt GROUPNAME",
    ),
    "adopt_not_needed": _m(
        "berkas ini dari lokakarya yang sama; --adopt hanya untuk sesi dari lokakarya lain",
        "this file is from the same workshop; --adopt is only for a session of another workshop",
    ),
    "adopt_unknown_group": _m(
        "kelompok tujuan tidak ada di berkas induk ({id})",
        "the chosen group is not in the master file ({id})",
    ),
    "adopt_no_results": _m(
        "tidak ada kelompok dengan hasil (peserta, elemen, kriteria atau kandidat) di berkas ini",
        "no group in this file has results (participants, elements, criteria or candidates)",
    ),
    "adopt_many_groups": _m(
        "lebih dari satu kelompok punya hasil ({names}); hanya sesi satu kelompok yang dapat "
        "diadopsi",
        "more than one group has results ({names}); only a one-group session can be adopted",
    ),
    "adopt_one_file": _m(
        "--adopt hanya berlaku untuk satu berkas kelompok",
        "--adopt applies to one group file only",
    ),
    "merge_note_adopted": _m(
        "diadopsi sebagai {group} dari '{title}' ({date})",
        "adopted as {group} from '{title}' ({date})",
    ),
    "merge_note_orphans": _m(
        "{count} data tidak dimasukkan karena induknya sudah dihapus",
        "{count} records left out because their parent was deleted",
    ),
    "merge_note_deleted": _m(
        "{count} data yang sudah dihapus di berkas induk tidak dikembalikan",
        "{count} records deleted in the master were not brought back",
    ),
    "merge_note_not_its_own": _m(
        "{count} data bukan milik kelompok ini ditolak (lihat rinciannya di log)",
        "{count} records not this group's were refused (see the log for each)",
    ),
    "log_line": _m(
        "{name}: {group} (perangkat {device}, {captured}): {status} — {added} ditambah, "
        "{replaced} diganti, {kept} dipertahankan, {deleted} dihapus, {refused} ditolak, "
        "{conflicts} konflik",
        "{name}: {group} (device {device}, {captured}): {status} — {added} added, "
        "{replaced} replaced, {kept} kept, {deleted} deleted, {refused} refused, "
        "{conflicts} conflicts",
    ),
    "log_line_refused": _m("{name}: ditolak — {message}", "{name}: refused — {message}"),
    "log_all_groups": _m("semua kelompok", "all groups"),
    "log_status_merged": _m("digabung", "merged"),
    "log_status_unchanged": _m("tidak ada perubahan", "unchanged"),
    "log_status_refused": _m("ditolak", "refused"),
    "log_empty": _m("belum ada berkas yang digabung", "no file has been merged yet"),
    "link_same_program": _m(
        "sebuah program tidak dapat ditautkan dengan dirinya sendiri",
        "a program cannot be linked to itself",
    ),
    "link_exists": _m("kedua program ini sudah ditautkan", "these two programs are already linked"),
    "log_conflict": _m(
        "konflik {table} {id}: versi perangkat {kept_device} ({kept_at}) dipakai; versi "
        "perangkat {other_device} ({other_at}) disimpan di log",
        "conflict in {table} {id}: kept the version of device {kept_device} ({kept_at}); "
        "the version of device {other_device} ({other_at}) is kept in the log",
    ),
    # opening older files (session 2)
    "file_not_whole": _m(
        "berkas ini bertanda jakres-desk tetapi tidak memiliki tabel '{table}'; ini bukan "
        "berkas lokakarya yang utuh dan tidak diubah",
        "this file is marked as jakres-desk's but has no table '{table}'; it is not a whole "
        "workshop file and was not changed",
    ),
    "file_cannot_migrate": _m(
        "berkas dari versi lama (skema {revision}) tidak dapat diperbarui ({detail}); berkas "
        "dikembalikan seperti semula",
        "the file from an older version (schema {revision}) cannot be upgraded ({detail}); "
        "it was put back as it was",
    ),
    "merge_too_many_rows": _m(
        "tabel '{table}' berisi lebih dari {limit} baris; itu bukan hasil kerja satu ruang "
        "kelompok, dan berkas induk tidak diubah",
        "table '{table}' holds more than {limit} rows; that is not one breakout room's work, "
        "and the master was not changed",
    ),
    # undo (core.operations)
    "undo_refused_merge": _m(
        "{what} sudah diubah oleh berkas kelompok yang digabungkan ({source}) pukul {at}; "
        "tidak ada yang dibatalkan",
        "{what} was changed by a merged group file ({source}) at {at}; nothing was undone",
    ),
    "undo_refused_device": _m(
        "{what} sudah diubah di perangkat lain (pukul {at}); tidak ada yang dibatalkan",
        "{what} was changed on another device (at {at}); nothing was undone",
    ),
    "undo_refused_elsewhere": _m(
        "{what} sudah diubah di jendela atau program lain pukul {at}; tidak ada yang dibatalkan",
        "{what} was changed in another window or program at {at}; nothing was undone",
    ),
    "undo_refused_children": _m(
        "{what} kini memiliki data yang ditambahkan sesudahnya (misalnya dari berkas yang "
        "digabungkan); tidak ada yang dibatalkan",
        "{what} now has records added after it (for example from a merged file); nothing "
        "was undone",
    ),
    # values entering a file (core/rules/values.py): what a column expects
    "merge_bad_value": _m(
        "nilai tidak sah di tabel {table}, kolom {column}, baris {row}: {value} (seharusnya "
        "{expect}); berkas ditolak seluruhnya, berkas induk tidak berubah",
        "a value not allowed in table {table}, column {column}, row {row}: {value} (expected "
        "{expect}); the whole file was refused, the master file is unchanged",
    ),
    "json_bad_value": _m(
        "nilai tidak sah: {value} (seharusnya {expect})",
        "a value not allowed: {value} (expected {expect})",
    ),
    "value_whole": _m(
        "bilangan bulat dari {low} sampai {high}", "a whole number from {low} to {high}"
    ),
    "value_number": _m("angka yang terhingga", "a finite number"),
    "value_number_range": _m(
        "angka lebih dari {low} dan paling banyak {high}",
        "a number above {low} and at most {high}",
    ),
    "value_flag": _m("0 atau 1 (ya/tidak)", "0 or 1 (yes/no)"),
    "value_text": _m("teks paling banyak {limit} karakter", "text of at most {limit} characters"),
    "value_text_required": _m(
        "teks yang tidak kosong, paling banyak {limit} karakter",
        "text, not empty, of at most {limit} characters",
    ),
    "value_choice": _m("salah satu dari {known}", "one of {known}"),
    "value_date": _m("tanggal TTTT-BB-HH", "a date YYYY-MM-DD"),
    "value_json_list": _m("daftar JSON", "a JSON list"),
    "value_shown_blob": _m("data biner ({size} bita)", "binary data ({size} bytes)"),
    "value_shown_long": _m("{start}… ({size} karakter)", "{start}… ({size} characters)"),
    "value_shown_null": _m("kosong (NULL)", "empty (NULL)"),
    # records a group's file may not change (core/merge/scope.py), one log line each
    "log_refused_other_group": _m(
        "ditolak: {table} {id} ({label}) milik {owner} di berkas induk; berkas kelompok hanya "
        "mengubah data kelompoknya sendiri",
        "refused: {table} {id} ({label}) belongs to {owner} in the master; a group's file "
        "changes only its own group's records",
    ),
    "log_refused_catalogue": _m(
        "ditolak: {table} {id} ({label}) ada di katalog atau dipakai kelompok lain; hanya "
        "sekretariat yang mengubahnya",
        "refused: {table} {id} ({label}) is in the catalogue or used by another group; only "
        "the secretariat changes it",
    ),
    "log_refused_reference": _m(
        "ditolak: {table} {id} ({label}) menunjuk data milik {owner} di berkas induk",
        "refused: {table} {id} ({label}) points at a record of {owner} in the master",
    ),
    "log_refused_other": _m(
        "ditolak: {table} {id} ({label}) di luar cakupan kelompok ini",
        "refused: {table} {id} ({label}) is outside this group's records",
    ),
    # the setup desk: imports with a preview, participants and the catalogue
    "import_unknown_columns_map": _m(
        "kolom berisi data yang tidak dikenali: {columns}; tidak ada kolom yang dibuang diam-diam: "
        "petakan tiap kolom ke sebuah bidang atau lewati dengan sengaja, mis. "
        '--column "{example}" atau --column "{left_out}". Bidang dan judul yang diterima: '
        "{fields}",
        "columns holding data that are not known: {columns}; no column is dropped silently: "
        "map each one to a field or leave it out on purpose, e.g. "
        '--column "{example}" or --column "{left_out}". The fields and the headers accepted: '
        "{fields}",
    ),
    "import_no_such_header_row": _m(
        "baris {line} tidak ada (atau kosong) di berkas; pilih baris judul kolom yang lain",
        "there is no row {line} (or it is blank) in the file; choose another header row",
    ),
    "import_updated": _m(
        "program diperbarui: {updated}; tidak berubah: {unchanged}",
        "programs updated: {updated}; unchanged: {unchanged}",
    ),
    "participants_none": _m("tidak ada peserta yang dipilih", "no participants chosen"),
    "programs_none": _m("tidak ada program yang dipilih", "no programs chosen"),

    # The voting rules (core/rules/values.py check_voting_rules): every path, one message.
    "rule_dots_per_participant": _m(
        "titik per peserta harus bilangan bulat 1 sampai {high}, bukan {value}",
        "dots per participant must be a whole number from 1 to {high}, not {value}",
    ),
    "rule_max_dots_per_candidate": _m(
        "titik maksimum per program harus bilangan bulat 0 (tanpa batas) sampai {high}, "
        "bukan {value}",
        "the most dots on one program must be a whole number from 0 (no limit) to {high}, "
        "not {value}",
    ),
    "rule_score_whole": _m(
        "batas skala skor harus bilangan bulat, bukan {value}",
        "the ends of the score scale must be whole numbers, not {value}",
    ),
    "rule_scale": _m(
        "skor terendah ({low}) harus lebih kecil dari skor tertinggi ({high})",
        "the lowest score ({low}) must be below the highest ({high})",
    ),
    "rule_top_n_missing": _m(
        "aturan 'N teratas' memerlukan jumlah program prioritas (N)",
        "the rule 'top N' needs the number of priority programs (N)",
    ),
    "rule_top_n": _m(
        "jumlah program prioritas (N) harus bilangan bulat paling sedikit 1, bukan {value}",
        "the number of priority programs (N) must be a whole number of at least 1, not {value}",
    ),
    "rule_threshold_missing": _m(
        "aturan 'ambang batas' memerlukan nilai ambang",
        "the rule 'threshold' needs a threshold value",
    ),
    "rule_threshold_number": _m(
        "ambang batas harus berupa angka, bukan {value}",
        "the threshold must be a number, not {value}",
    ),
    "rule_threshold_dots": _m(
        "ambang batas titik harus 0 atau lebih, bukan {value}",
        "a threshold in dots must be 0 or more, not {value}",
    ),
    "rule_threshold_scale": _m(
        "ambang batas {value} berada di luar skala skor {low}–{high}: tidak ada program "
        "yang dapat mencapainya",
        "the threshold {value} lies outside the score scale {low}–{high}: no program "
        "could reach it",
    ),
    "like_from_kit": _m(
        "ini berkas kit satu kelompok; pilih berkas lokakarya (induk) yang dulu",
        "this is one group's kit; choose the earlier workshop (master) file",
    ),
    # The readiness check before the kits (core/setup/readiness.py).
    "ready_no_groups": _m(
        "belum ada kelompok: tambahkan kelompok sebelum membuat kit",
        "there are no groups yet: add groups before making kits",
    ),
    "ready_no_facilitator": _m("{group} belum punya fasilitator", "{group} has no facilitator yet"),
    "ready_focus_no_goals": _m(
        "fokus utama {number} ({title}) belum punya usulan elemen (tujuan CRF)",
        "focus area {number} ({title}) has no suggested elements (CRF goals)",
    ),
    "ready_focus_no_criteria": _m(
        "fokus utama {number} ({title}) belum punya usulan kriteria",
        "focus area {number} ({title}) has no suggested criteria",
    ),
    "ready_people_without_group": _m(
        "{count} peserta belum masuk kelompok: {names}",
        "{count} participants are in no group: {names}",
    ),
    "ready_group_without_people": _m(
        "{group} belum punya peserta", "{group} has no participants yet"
    ),
    "ready_no_catalogue": _m(
        "katalog program eksisting masih kosong: kelompok hanya dapat menambah program sendiri",
        "the catalogue of existing programs is empty: the groups can only add their own programs",
    ),
    "ready_rules_impossible": _m(
        "aturan pemungutan suara tidak dapat menghasilkan prioritas: {detail}",
        "the voting rules cannot produce any priority: {detail}",
    ),
    "ready_threshold_unreachable": _m(
        "ambang batas {threshold} titik tidak dapat dicapai: satu program paling banyak "
        "mendapat {most} titik di kelompok terbesar",
        "the threshold of {threshold} dots cannot be reached: one program gets at most "
        "{most} dots in the largest group",
    ),
    "agency_not_found": _m(
        "tidak ada program instansi '{name}'; instansi yang ada: {known}",
        "no programs of an agency '{name}'; the agencies are: {known}",
    ),
    "not_a_folder": _m(
        "bukan folder: --agencies menulis satu PDF per instansi ke sebuah folder",
        "not a folder: --agencies writes one PDF per agency into a folder",
    ),
    "agency_ambiguous": _m(
        "'{name}' cocok dengan beberapa instansi: {known}; tulis namanya lebih lengkap",
        "'{name}' matches several agencies: {known}; give more of the name",
    ),
    # Issue 13 (duplicates, links, people across groups)
    "program_id_unknown": _m(
        "tidak ada program dengan id '{id}' (lihat: jakres-desk duplicates)",
        "no program has the id '{id}' (see: jakres-desk duplicates)",
    ),
    "program_id_ambiguous": _m(
        "'{id}' adalah awal id lebih dari satu program; ketik lebih banyak karakter",
        "'{id}' starts the id of more than one program; type more of it",
    ),
    "link_missing": _m(
        "kedua program ini tidak ditautkan", "these two programs are not linked"
    ),
    "matching_list_bad": _m(
        "daftar pencocokan {path} tidak dapat dibaca: {detail}",
        "the matching list {path} cannot be read: {detail}",
    ),
    "dupes_none": _m(
        "tidak ada pasangan program yang mirip di antara kelompok",
        "no look-alike programs across groups",
    ),
    "person_id_unknown": _m(
        "tidak ada peserta dengan id '{id}' (lihat: jakres-desk people)",
        "no participant has the id '{id}' (see: jakres-desk people)",
    ),
    "person_id_ambiguous": _m(
        "'{id}' adalah awal id lebih dari satu peserta; ketik lebih banyak karakter",
        "'{id}' starts the id of more than one participant; type more of it",
    ),
    "same_person_self": _m(
        "seorang peserta tidak dapat disatukan dengan dirinya sendiri",
        "a participant cannot be made one with themselves",
    ),
    "same_person_same_group": _m(
        "{a} dan {b} ada di kelompok yang sama; ubah di kelompoknya",
        "{a} and {b} are in the same group; correct it in their group",
    ),
    "same_person_both_voted": _m(
        "{a} dan {b} sama-sama sudah memberi titik atau nilai (juga di {what}); satu orang "
        "memilih di satu ruang saja: hapus suara salah satunya dulu",
        "{a} and {b} have both voted or scored (also in {what}); one person votes in one "
        "room: remove the votes of one of them first",
    ),
    "merge_note_same_person": _m(
        "peserta walk-in {walk_in} mirip {roster} dari daftar {group}; jika orang yang sama: "
        "jakres-desk same-person MASTER {a} {b}",
        "walk-in {walk_in} looks like {roster} on the roster of {group}; if they are one "
        "person: jakres-desk same-person MASTER {a} {b}",
    ),
    "people_none": _m(
        "tidak ada peserta walk-in yang mirip dengan peserta kelompok lain",
        "no walk-in looks like a participant of another group",
    ),
}

# Field names as a person reads them, for "where" in a message about that field.
FIELD_NAMES: dict[str, M] = {
    "name": _m("nama", "name"),
    "title": _m("judul", "title"),
    "date": _m("tanggal", "date"),
    "venue": _m("tempat", "venue"),
    "organiser": _m("penyelenggara", "organiser"),
    "preset": _m("templat", "preset"),
    "description": _m("deskripsi", "description"),
    "custom_title": _m("elemen sendiri", "own element"),
    "target_year": _m("tahun target", "target year"),
    "target_value": _m("nilai target", "target value"),
    "rationale": _m("alasan", "rationale"),
    "statement": _m("pernyataan target", "target statement"),
    "indicator": _m("indikator", "indicator"),
    "baseline": _m("kondisi awal", "baseline"),
    "responsible_agency": _m("instansi penanggung jawab", "responsible agency"),
    "weight": _m("bobot", "weight"),
    "score": _m("skor", "score"),
    "room": _m("ruang", "room"),
    "role": _m("peran", "role"),
    "reason": _m("alasan", "reason"),
    "organisation": _m("lembaga", "organisation"),
    "agency": _m("instansi", "agency"),
    "facilitator": _m("fasilitator", "facilitator"),
    "notes": _m("catatan", "notes"),
    "note": _m("catatan", "note"),
    "dots": _m("titik", "dots"),
    "stakeholder_kind": _m("jenis pemangku kepentingan", "stakeholder kind"),
    "dots_per_participant": _m("titik per peserta", "dots per participant"),
    "max_dots_per_candidate": _m("titik maksimum per program", "most dots on one program"),
    "label": _m("label", "label"),
    "label_en": _m("label (Inggris)", "label (English)"),
    "name_en": _m("nama (Inggris)", "name (English)"),
    "score_min": _m("skor terendah", "lowest score"),
    "score_max": _m("skor tertinggi", "highest score"),
    "ranking_method": _m("cara pemeringkatan", "ranking method"),
    "priority_rule": _m("aturan prioritas", "priority rule"),
    "top_n": _m("jumlah program prioritas (N)", "number of priority programs (N)"),
    "threshold": _m("ambang batas", "threshold"),
    "stage": _m("tahap", "stage"),
    "record_language": _m("bahasa catatan", "language of the record"),
    "description_id": _m("deskripsi (Indonesia)", "description (Indonesian)"),
    "description_en": _m("deskripsi (Inggris)", "description (English)"),
}
