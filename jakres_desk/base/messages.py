"""User-facing messages of core errors, in Bahasa Indonesia and English.

Keys are stable; the GUI and CLI pick the language. Parameters are filled in
with str.format.
"""

from __future__ import annotations

from jakres_desk.base.bilingual import M, _m
from jakres_desk.base.messages_intake import INTAKE
from jakres_desk.base.messages_merge import MERGE

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
    **INTAKE,
    **MERGE,
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
