"""Every fixed word of the PDF report, as (Indonesian, English), by key (see text.label)."""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    # (Bahasa Indonesia, English)
    "plenary_summary": ("Ringkasan Pleno", "Plenary Summary"),
    "group_summary": ("Ringkasan Kelompok", "Group Summary"),
    "date": ("Tanggal", "Date"),
    "venue": ("Tempat", "Venue"),
    "organiser": ("Penyelenggara", "Organiser"),
    "about": ("Keterangan", "About"),
    "contents": ("Daftar Isi", "Contents"),
    "overview": ("Ikhtisar per Fokus Utama", "Overview by Focus Area"),
    "focus_area": ("Fokus utama", "Focus area"),
    "group": ("Kelompok", "Group"),
    "col_present": ("Peserta hadir", "Participants present"),
    "col_elements": ("Elemen", "Elements"),
    "col_targets": ("Target", "Targets"),
    "col_criteria": ("Kriteria", "Criteria"),
    "col_candidates": ("Program kandidat", "Candidate programs"),
    "col_priority": ("Program prioritas", "Priority programs"),
    "total": ("Jumlah", "Total"),
    "results": ("Hasil kelompok", "What the groups produced"),
    "rules_score": ("Peringkat menurut skor tertimbang", "Ranked by weighted score"),
    "rules_dots": ("Peringkat menurut jumlah titik", "Ranked by number of dots"),
    "rules_threshold": (
        "program prioritas bila nilainya paling sedikit {value}",
        "priority programs are those scoring at least {value}",
    ),
    "rules_top_n": (
        "{value} program teratas menjadi prioritas",
        "the top {value} become priorities",
    ),
    "rules_facilitator": (
        "program prioritas dipilih oleh fasilitator",
        "the facilitator picks the priority programs",
    ),
    "rules_scale": ("skala nilai {low}–{high}", "score scale {low}–{high}"),
    "rules_dots_each": (
        "{dots} titik per peserta, paling banyak {most} pada satu program",
        "{dots} dots per participant, at most {most} on one program",
    ),
    "rules_dots_free": ("{dots} titik per peserta", "{dots} dots per participant"),
    "facilitator": ("Fasilitator", "Facilitator"),
    "room": ("Ruang", "Room"),
    "elements_targets": (
        "Elemen Ketahanan Kota dan Target Pencapaian",
        "City-Resilience Elements and Targets",
    ),
    "no_elements": ("Kelompok belum memilih elemen.", "The group has chosen no elements."),
    "no_targets": ("Belum ada target.", "No targets yet."),
    "indicator": ("Indikator", "Indicator"),
    "baseline": ("Kondisi awal", "Baseline"),
    "target": ("Target", "Target"),
    "by_year": ("pada {year}", "by {year}"),
    "responsible": ("Penanggung jawab", "Responsible"),
    "own_element": ("elemen sendiri", "own element"),
    "criteria_title": (
        "Kriteria Pemilihan Program Eksisting",
        "Criteria for Selecting Existing Programs",
    ),
    "no_criteria": ("Kelompok belum menyepakati kriteria.", "The group has agreed no criteria."),
    "criterion": ("Kriteria", "Criterion"),
    "description": ("Keterangan", "Description"),
    "weight": ("Bobot", "Weight"),
    "source": ("Sumber", "Source"),
    "source_room": ("kelompok", "the group"),
    "source_suggested": ("saran preset", "preset suggestion"),
    "source_reported": ("saran preset (laporan 2018)", "preset suggestion (2018 report)"),
    "ranking_title": ("Peringkat Program Kandidat", "Ranking of the Candidate Programs"),
    "no_candidates": ("Kelompok belum memiliki program kandidat.", "The group has no candidates."),
    "rank": ("Per.", "Rank"),
    "program": ("Program", "Program"),
    "agency": ("Instansi", "Agency"),
    "dots": ("Titik", "Dots"),
    "score": ("Skor", "Score"),
    "priority": ("Prioritas", "Priority"),
    "yes": ("Ya", "Yes"),
    "undecided": ("belum", "not yet"),
    "tied_note": ("= seri dengan program lain", "= tied with another program"),
    "stale": ("usang", "out of date"),
    "tie_undecided": ("seri, belum diputuskan", "tied, not decided"),
    "incomplete": ("skor belum lengkap", "score incomplete"),
    "partial_note": (
        "({n}/{m}) skor belum lengkap: dinilai pada {n} dari {m} kriteria.",
        "({n}/{m}) incomplete score: scored on {n} of {m} criteria.",
    ),
    "partial_rule_score": (
        "Program dengan skor belum lengkap tidak diberi peringkat (–), diletakkan setelah "
        "program yang dinilai pada semua kriteria, dan tidak menjadi prioritas menurut aturan "
        "sampai semua kriteria dinilai.",
        "A program with an incomplete score gets no rank (–), is listed after the programs "
        "scored on every criterion, and is not made a priority by the rule until every "
        "criterion is scored.",
    ),
    "partial_rule_dots": (
        "Skor itu belum final; peringkat menurut titik tidak berubah.",
        "That score is not final; the ranking by dots stands.",
    ),
    "stale_note": (
        "Keputusan prioritas kelompok ini diambil sebelum suara terakhir: {n} keputusan tidak "
        "lagi sesuai dengan peringkat dan ditandai «usang» pada tabel peringkat. Terapkan "
        "aturan lagi sebelum hasil ini dipakai.",
        "This group's priority decisions were taken before the latest votes: {n} of them no "
        "longer match the ranking and are marked “out of date” in the ranking table. Apply "
        "the rule again before these results are used.",
    ),
    "override_title": ("Keputusan fasilitator", "The facilitator's decisions"),
    "override_yes": ("dijadikan prioritas", "made a priority"),
    "override_no": ("dikeluarkan dari prioritas", "taken out of the priorities"),
    "undecided_note": (
        "Program prioritas kelompok ini belum diputuskan.",
        "This group's priority programs have not been decided yet.",
    ),
    "votes_chart": ("Titik Suara", "Dot Votes"),
    "votes_all": ("Titik per program kandidat.", "Dots per candidate program."),
    "votes_top": (
        "{shown} dari {total} program kandidat dengan titik terbanyak.",
        "The {shown} of {total} candidate programs with the most dots.",
    ),
    "no_votes": ("Belum ada titik suara.", "No dots have been given yet."),
    "legend_priority": ("program prioritas", "priority program"),
    "legend_other": ("program lain", "other program"),
    "notes": ("Catatan Kelompok", "The Group's Notes"),
    "across": ("Lintas Kelompok", "Across Groups"),
    "shared_title": (
        "Program yang Diprioritaskan oleh Lebih dari Satu Kelompok",
        "Programs Prioritised by More than One Group",
    ),
    "shared_none": (
        "Tidak ada program yang diprioritaskan oleh lebih dari satu kelompok.",
        "No program was prioritised by more than one group.",
    ),
    "groups": ("Kelompok", "Groups"),
    "coverage_title": ("Peta Cakupan CRF", "CRF Coverage Map"),
    "coverage_intro": (
        "Tujuan Kerangka Ketahanan Kota (CRF) yang dipilih setiap fokus utama sebagai elemen.",
        "The City Resilience Framework (CRF) goals each focus area chose as its elements.",
    ),
    "coverage_legend": (
        "● dipilih sebagai elemen   ○ disarankan untuk fokus utama ini, tidak dipilih",
        "● chosen as an element   ○ suggested for this focus area, not chosen",
    ),
    "crf_goal": ("Tujuan CRF", "CRF goal"),
    "coverage_columns": (
        "Kolom bernomor: fokus utama {areas}.",
        "Numbered columns: focus areas {areas}.",
    ),
    "own_elements": ("Elemen sendiri (di luar CRF)", "Own elements (outside the CRF)"),
    "no_focus_area": ("tanpa fokus", "no focus"),
    "kinds_title": (
        "Peserta menurut Jenis Pemangku Kepentingan",
        "Participants by Kind of Stakeholder",
    ),
    "kind": ("Jenis pemangku kepentingan", "Kind of stakeholder"),
    "registered": ("Terdaftar", "Registered"),
    "present": ("Hadir", "Present"),
    "kind_unknown": ("Tidak diisi", "Not given"),
    "no_participants": ("Belum ada peserta.", "There are no participants yet."),
    "categories_title": ("Kategori dari Sekretariat", "The Secretariat's Categories"),
    "category": ("Kategori", "Category"),
    "programs": ("Program", "Programs"),
    "appendix": ("Lampiran: Rekap Suara dan Nilai", "Appendix: Every Tally"),
    "participants_key": ("Peserta", "Participants"),
    "name": ("Nama", "Name"),
    "organisation": ("Organisasi", "Organisation"),
    "absent": ("tidak hadir", "absent"),
    "walk_in": ("datang langsung", "walk-in"),
    "dots_tally": ("Titik per Peserta", "Dots by Participant"),
    "dots_tally_part": ("Peserta {first}–{last}", "Participants {first}–{last}"),
    "role": ("Peran", "Role"),
    "attendance": ("Kehadiran", "Attendance"),
    "is_present": ("hadir", "present"),
    "dots_key": (
        "Kolom bernomor adalah peserta pada daftar di atas; sel kosong berarti tidak ada titik. "
        "Program tanpa titik tidak dicantumkan.",
        "Numbered columns are the participants listed above; an empty cell means no dots. "
        "Programs without dots are left out.",
    ),
    "no_dot_givers": ("Belum ada peserta yang memberi titik.", "No participant has given dots."),
    "scores_tally": ("Nilai per Kriteria", "Scores by Criterion"),
    "scores_key": (
        "K1, K2, … adalah kriteria pada tabel kriteria; * rata-rata nilai perorangan, "
        "bukan nilai kesepakatan.",
        "C1, C2, … are the criteria as numbered in the criteria table; * the mean of "
        "participants' own scores, not a consensus value.",
    ),
    "crit_short": ("K{n}", "C{n}"),
    "weighted": ("Skor tertimbang", "Weighted score"),
    "page_of": ("Halaman {page} dari ", "Page {page} of "),
    "illustrative": ("Data ilustratif", "Illustrative data"),
    # Programs counted once (linked ones pooled), categories, pillars and agencies.
    "distinct_note": (
        "{distinct} program prioritas berbeda ({decisions} keputusan kelompok): program yang "
        "dipilih beberapa kelompok, atau yang ditautkan sekretariat sebagai satu program, "
        "dihitung sekali.",
        "{distinct} distinct priority programs ({decisions} group decisions): a program "
        "several groups chose, or programs the secretariat linked as one, count once.",
    ),
    "distinct_same": (
        "{distinct} program prioritas berbeda; tidak ada program yang dipilih lebih dari satu "
        "kelompok.",
        "{distinct} distinct priority programs; no program was chosen by more than one group.",
    ),
    "categories_none_line": (
        "Sekretariat belum mengategorikan program.",
        "The secretariat has not categorised any program yet.",
    ),
    "categories_intro": (
        "Setiap program yang diambil kelompok, menurut kategori; program yang ditautkan "
        "dihitung sekali. Program prioritas lebih dulu.",
        "Every program a group took up, by category; linked programs count once. Priority "
        "programs first.",
    ),
    "priority_in": ("Prioritas di", "Priority in"),
    "candidate_in": ("Kandidat di", "Candidate in"),
    "pillars_title": ("Pilar × Fokus Utama", "Pillars × Focus Areas"),
    "pillars_intro": (
        "Program prioritas / semua program yang diambil kelompok, per pilar dan fokus utama "
        "kelompok; program yang ditautkan dihitung sekali.",
        "Priority programs / all programs groups took up, by pillar and the groups' focus "
        "area; linked programs count once.",
    ),
    "pillar": ("Pilar", "Pillar"),
    "uncategorised": ("Belum dikategorikan", "Not categorised"),
    "agency_title": ("Tindak Lanjut Instansi", "Agency Follow-up"),
    "agency_intro": (
        "Program instansi ini yang dibahas di lokakarya: di kelompok mana, peringkatnya, dan "
        "apakah dipilih sebagai program prioritas.",
        "This agency's programs discussed at the workshop: in which group, their rank, and "
        "whether they were chosen as priority programs.",
    ),
    "agency_counts": (
        "{programs} program, {priorities} di antaranya prioritas.",
        "{programs} programs, {priorities} of them priority programs.",
    ),
    "no_agency": ("(tanpa instansi)", "(no agency)"),
    "by_facilitator": ("keputusan fasilitator", "facilitator's decision"),
    "title_as": ("dengan judul", "as"),
}
