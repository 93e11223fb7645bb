"""Messages of reading the secretariat's sheets and of the JSON export and load."""

from __future__ import annotations

from jakres_desk.base.bilingual import M, _m

INTAKE: dict[str, M] = {
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
}
