"""Messages of consolidation: the merge, what a group's file may change, duplicates,
links and people across groups."""

from __future__ import annotations

from jakres_desk.base.bilingual import M, _m

MERGE: dict[str, M] = {
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
