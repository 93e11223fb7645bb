<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AdoptDialog</name>
    <message>
        <source>Adopt a group session</source>
        <translation>Ambil alih sesi kelompok</translation>
    </message>
    <message>
        <source>%1 is a group session started without a kit: its workshop is &apos;%2&apos; (%3), not this one. If it holds the results of one of this workshop&apos;s groups, choose that group. Cancel leaves the file out.</source>
        <translation>%1 adalah sesi kelompok yang dimulai tanpa kit: lokakaryanya &apos;%2&apos; (%3), bukan lokakarya ini. Jika berkas itu berisi hasil salah satu kelompok lokakarya ini, pilih kelompok tersebut. Batal berarti berkas tidak dimasukkan.</translation>
    </message>
    <message>
        <source>&amp;Group of this workshop:</source>
        <translation>&amp;Kelompok di lokakarya ini:</translation>
    </message>
    <message>
        <source>&amp;Adopt</source>
        <translation>&amp;Ambil alih</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Stakeholder kind</source>
        <translation>Pemangku kepentingan</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Di luar daftar</translation>
    </message>
    <message>
        <source>Check in %1</source>
        <translation>Catat hadir %1</translation>
    </message>
    <message>
        <source>Check out %1</source>
        <translation>Hapus tanda hadir %1</translation>
    </message>
    <message>
        <source>Type a name; ↓ ↑ choose, Enter checks in the highlighted one</source>
        <translation>Ketik nama; ↓ ↑ memilih, Enter mencatat hadir nama yang disorot</translation>
    </message>
    <message>
        <source>Add walk-in</source>
        <translation>Tambah peserta</translation>
    </message>
    <message>
        <source>Edit person…</source>
        <translation>Ubah data peserta…</translation>
    </message>
    <message>
        <source>Correct the highlighted person&apos;s details (F2)</source>
        <translation>Perbaiki data peserta yang disorot (F2)</translation>
    </message>
    <message>
        <source>Remove person…</source>
        <translation>Hapus peserta…</translation>
    </message>
    <message>
        <source>Remove the highlighted person (Delete)</source>
        <translation>Hapus peserta yang disorot (Delete)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Na&amp;ma</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Lembaga</translation>
    </message>
    <message>
        <source>Stakeholder &amp;kind</source>
        <translation>&amp;Jenis pemangku kepentingan</translation>
    </message>
    <message>
        <source>Walk-in participant</source>
        <translation>Peserta di luar daftar</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Welcome people as they arrive: check each one in, and add walk-ins with their organisation and kind of stakeholder.</source>
        <translation>Sambut peserta yang datang: catat kehadiran masing-masing, dan tambahkan peserta di luar daftar beserta lembaga dan jenis pemangku kepentingannya.</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(tidak diisi)</translation>
    </message>
    <message>
        <source>Present: %1 of %2</source>
        <translation>Hadir: %1 dari %2</translation>
    </message>
    <message>
        <source>%1 is already checked in.</source>
        <translation>%1 sudah tercatat hadir.</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation>Tercatat hadir: %1</translation>
    </message>
    <message>
        <source>Add walk-in %1</source>
        <translation>Tambah peserta %1</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Peran</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Ubah %1</translation>
    </message>
    <message>
        <source>Removing %1 also removes the %2 dots and %3 scores they gave.</source>
        <translation>Menghapus %1 juga menghapus %2 titik dan %3 skor yang ia berikan.</translation>
    </message>
    <message>
        <source>%1 has given no dots or scores.</source>
        <translation>%1 belum memberi titik atau skor.</translation>
    </message>
    <message>
        <source>Remove a person</source>
        <translation>Hapus peserta</translation>
    </message>
    <message>
        <source>Remove %1 from the roster?</source>
        <translation>Hapus %1 dari daftar peserta?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Hapus %1</translation>
    </message>
    <message>
        <source>Already on the roster</source>
        <translation>Sudah ada di daftar</translation>
    </message>
    <message>
        <source>%1 is already on this group&apos;s roster. Check them in instead?</source>
        <translation>%1 sudah ada di daftar kelompok ini. Catat hadir orang itu saja?</translation>
    </message>
    <message>
        <source>&amp;Check in %1</source>
        <translation>&amp;Catat hadir %1</translation>
    </message>
    <message>
        <source>&amp;Add another person</source>
        <translation>&amp;Tambah orang lain</translation>
    </message>
    <message>
        <source>Present: %1</source>
        <translation>Hadir: %1</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Asal</translation>
    </message>
    <message>
        <source>The room</source>
        <translation>Usulan kelompok</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Added in a room</source>
        <translation>Usulan kelompok</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Filter: any part of a title, agency…</source>
        <translation>Saring: bagian mana pun dari judul, instansi…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>&amp;Import from CSV/XLSX…</source>
        <translation>&amp;Impor dari CSV/XLSX…</translation>
    </message>
    <message>
        <source>Catalogue of programs</source>
        <translation>Katalog program</translation>
    </message>
    <message>
        <source>The existing programs the groups choose their candidates from.</source>
        <translation>Program yang sudah ada, tempat kelompok memilih kandidatnya.</translation>
    </message>
    <message>
        <source>%1 programs</source>
        <translation>%1 program</translation>
    </message>
    <message>
        <source>Add program</source>
        <translation>Tambah program</translation>
    </message>
    <message>
        <source>Edit program %1</source>
        <translation>Ubah program %1</translation>
    </message>
    <message>
        <source>Remove %1 from the catalogue?</source>
        <translation>Hapus %1 dari katalog?</translation>
    </message>
    <message>
        <source>It is a candidate in %1: those candidates go too, with their dots, scores and decisions.</source>
        <translation>Program ini menjadi kandidat di %1: kandidat itu ikut terhapus, beserta titik, skor, dan keputusannya.</translation>
    </message>
    <message>
        <source>No group has it as a candidate.</source>
        <translation>Belum ada kelompok yang menjadikannya kandidat.</translation>
    </message>
    <message>
        <source>Remove programs</source>
        <translation>Hapus program</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Hapus %1</translation>
    </message>
    <message>
        <source>Removed: %1 (Ctrl+Z brings it back)</source>
        <translation>Dihapus: %1 (Ctrl+Z mengembalikannya)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Jangan hapus</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan keyboard</translation>
    </message>
    <message>
        <source>Keyboard shortcuts — jakres-desk</source>
        <translation>Pintasan keyboard — jakres-desk</translation>
    </message>
    <message>
        <source>The main window</source>
        <translation>Jendela utama</translation>
    </message>
    <message>
        <source>This list of keys</source>
        <translation>Daftar tombol ini</translation>
    </message>
    <message>
        <source>New group session</source>
        <translation>Sesi kelompok baru</translation>
    </message>
    <message>
        <source>Open a file</source>
        <translation>Buka berkas</translation>
    </message>
    <message>
        <source>Go to Finish to export</source>
        <translation>Ke tahap Selesai untuk ekspor</translation>
    </message>
    <message>
        <source>Report and print</source>
        <translation>Laporan dan cetak</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Simpan laporan sebagai PDF</translation>
    </message>
    <message>
        <source>Plenary presentation</source>
        <translation>Pemaparan hasil pleno</translation>
    </message>
    <message>
        <source>Consolidate group files (secretariat)</source>
        <translation>Konsolidasi berkas kelompok (sekretariat)</translation>
    </message>
    <message>
        <source>Ctrl+Q (Windows: Alt+F4)</source>
        <translation>Ctrl+Q (Windows: Alt+F4)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Undo / Redo</source>
        <translation>Batalkan / Ulangi</translation>
    </message>
    <message>
        <source>Go to step 0–5</source>
        <translation>Ke tahap 0–5</translation>
    </message>
    <message>
        <source>Next / previous step</source>
        <translation>Tahap berikutnya / sebelumnya</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>Mulai atau jeda pengatur waktu</translation>
    </message>
    <message>
        <source>Projector window</source>
        <translation>Jendela proyektor</translation>
    </message>
    <message>
        <source>Show or hide the vote tally on the projector</source>
        <translation>Tampilkan atau sembunyikan rekap suara di proyektor</translation>
    </message>
    <message>
        <source>In the projector window</source>
        <translation>Di jendela proyektor</translation>
    </message>
    <message>
        <source>Show or hide the vote tally</source>
        <translation>Tampilkan atau sembunyikan rekap suara</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Layar penuh</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Keluar dari layar penuh</translation>
    </message>
    <message>
        <source>Close the projector window</source>
        <translation>Tutup jendela proyektor</translation>
    </message>
    <message>
        <source>In every step</source>
        <translation>Di setiap tahap</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + huruf bergaris bawah</translation>
    </message>
    <message>
        <source>Go to that field or button</source>
        <translation>Ke isian atau tombol itu</translation>
    </message>
    <message>
        <source>Move between parts of the screen</source>
        <translation>Pindah antarbagian layar</translation>
    </message>
    <message>
        <source>In a form: next field; in the last field: add</source>
        <translation>Di formulir: isian berikutnya; di isian terakhir: tambahkan</translation>
    </message>
    <message>
        <source>Ctrl+Z in an empty field</source>
        <translation>Ctrl+Z di isian kosong</translation>
    </message>
    <message>
        <source>Undo the add just made</source>
        <translation>Batalkan penambahan yang baru saja dibuat</translation>
    </message>
    <message>
        <source>Save the rationale or notes being typed</source>
        <translation>Simpan alasan atau catatan yang sedang ditulis</translation>
    </message>
    <message>
        <source>Choose among the people the search found</source>
        <translation>Pilih di antara orang yang ditemukan pencarian</translation>
    </message>
    <message>
        <source>Check in the highlighted person</source>
        <translation>Catat hadir orang yang disorot</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spasi</translation>
    </message>
    <message>
        <source>In the table: check in or out</source>
        <translation>Di tabel: tandai hadir atau tidak hadir</translation>
    </message>
    <message>
        <source>In the table: correct / remove the person</source>
        <translation>Di tabel: perbaiki / hapus data orang itu</translation>
    </message>
    <message>
        <source>Take off the list / correct the room&apos;s own program</source>
        <translation>Keluarkan dari daftar / perbaiki program milik ruang ini</translation>
    </message>
    <message>
        <source>Pick or drop a CRF goal</source>
        <translation>Pilih atau lepas tujuan CRF</translation>
    </message>
    <message>
        <source>Remove / correct the selected element or target</source>
        <translation>Hapus / perbaiki elemen atau target yang dipilih</translation>
    </message>
    <message>
        <source>Edit the cell (or double-click)</source>
        <translation>Ubah sel (atau klik dua kali)</translation>
    </message>
    <message>
        <source>Remove the selected criterion</source>
        <translation>Hapus kriteria yang dipilih</translation>
    </message>
    <message>
        <source>Move the highlight in the catalogue</source>
        <translation>Pindahkan sorotan di katalog</translation>
    </message>
    <message>
        <source>Add the highlighted program as a candidate</source>
        <translation>Jadikan program yang disorot kandidat</translation>
    </message>
    <message>
        <source>Digit, +, −</source>
        <translation>Angka, +, −</translation>
    </message>
    <message>
        <source>Dots: set, add or take; Scores: type the score</source>
        <translation>Titik: isi, tambah, atau kurangi; Skor: ketik skornya</translation>
    </message>
    <message>
        <source>Clear the cell</source>
        <translation>Kosongkan sel</translation>
    </message>
    <message>
        <source>In Reason: mark the highlighted program priority</source>
        <translation>Di Alasan: tandai program yang disorot sebagai prioritas</translation>
    </message>
    <message>
        <source>Export the group&apos;s results (the button has the focus)</source>
        <translation>Ekspor hasil kelompok (tombolnya sudah terpilih)</translation>
    </message>
</context>
<context>
    <name>ConsolidateWindow</name>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Jendela</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Tambah berkas…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>T&amp;utup</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Batalkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>Consolidate — %1</source>
        <translation>Konsolidasi — %1</translation>
    </message>
    <message>
        <source>Master file: %1. Every change is saved at once.</source>
        <translation>Berkas induk: %1. Setiap perubahan langsung tersimpan.</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Tersimpan pukul %1</translation>
    </message>
    <message>
        <source>Open the master workshop file first (File &gt; Open).</source>
        <translation>Buka berkas induk lokakarya terlebih dahulu (Berkas &gt; Buka).</translation>
    </message>
    <message>
        <source>Open the master workshop file to consolidate the groups&apos; files into it.</source>
        <translation>Buka berkas induk lokakarya untuk menggabungkan berkas kelompok ke dalamnya.</translation>
    </message>
    <message>
        <source>Cannot consolidate this file</source>
        <translation>Berkas ini tidak dapat dikonsolidasikan</translation>
    </message>
    <message>
        <source>&amp;Consolidate group files…</source>
        <translation>K&amp;onsolidasi berkas kelompok…</translation>
    </message>
    <message>
        <source>Merge the groups&apos; files into this master file, link duplicates, categorise programs</source>
        <translation>Gabungkan berkas kelompok ke berkas induk ini, tautkan duplikat, dan beri kategori program</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <source>jakres-desk met a problem it did not expect and carried on. Everything up to your last change is saved in the file.

The details were written to %1; please give that file to the secretariat.</source>
        <translation>jakres-desk mengalami masalah tak terduga, tetapi tetap berjalan. Semua perubahan Anda sampai yang terakhir sudah tersimpan di berkas.

Rinciannya ditulis ke %1; serahkan berkas itu kepada sekretariat.</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <source>Criterion</source>
        <translation>Kriteria</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porsi</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Reported in 2018</source>
        <translation>Dilaporkan 2018</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Saran</translation>
    </message>
    <message>
        <source>The room</source>
        <translation>Usulan kelompok</translation>
    </message>
</context>
<context>
    <name>CriteriaPage</name>
    <message>
        <source>Remove criterion</source>
        <translation>Hapus kriteria</translation>
    </message>
    <message>
        <source>Remove the selected criterion (Delete)</source>
        <translation>Hapus kriteria yang dipilih (Delete)</translation>
    </message>
    <message>
        <source>Unlock the criteria to change them.</source>
        <translation>Buka kunci kriteria untuk mengubahnya.</translation>
    </message>
    <message>
        <source>A short name the room agrees on</source>
        <translation>Nama singkat yang disepakati kelompok</translation>
    </message>
    <message>
        <source>What a program must show</source>
        <translation>Apa yang harus ditunjukkan program</translation>
    </message>
    <message>
        <source>More than 0, at most 100</source>
        <translation>Lebih dari 0, paling banyak 100</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Tambah kriteria</translation>
    </message>
    <message>
        <source>Suggestions for this focus area</source>
        <translation>Saran untuk fokus utama ini</translation>
    </message>
    <message>
        <source>The group&apos;s &amp;criteria</source>
        <translation>&amp;Kriteria kelompok</translation>
    </message>
    <message>
        <source>A criterion of the room&apos;s own</source>
        <translation>Kriteria usulan kelompok</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Na&amp;ma</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Deskripsi</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation>B&amp;obot</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriteria</translation>
    </message>
    <message>
        <source>Agree how the group will judge existing programs: adopt suggestions or write your own, weigh them, then lock the criteria before scoring.</source>
        <translation>Sepakati cara kelompok menilai program eksisting: pakai saran atau tulis kriteria sendiri, beri bobot, lalu kunci kriteria sebelum penilaian.</translation>
    </message>
    <message>
        <source>Total weight: %1</source>
        <translation>Total bobot: %1</translation>
    </message>
    <message>
        <source>No criteria yet</source>
        <translation>Belum ada kriteria</translation>
    </message>
    <message>
        <source>No suggestions for this group.</source>
        <translation>Tidak ada saran untuk kelompok ini.</translation>
    </message>
    <message>
        <source>Criteria locked for scoring</source>
        <translation>Kriteria dikunci untuk penilaian</translation>
    </message>
    <message>
        <source>Criteria open for changes</source>
        <translation>Kriteria masih bisa diubah</translation>
    </message>
    <message>
        <source>&amp;Unlock criteria</source>
        <translation>Buka k&amp;unci kriteria</translation>
    </message>
    <message>
        <source>Loc&amp;k criteria for scoring</source>
        <translation>K&amp;unci kriteria untuk penilaian</translation>
    </message>
    <message>
        <source>Add criterion %1</source>
        <translation>Tambah kriteria %1</translation>
    </message>
    <message>
        <source>Rename criterion %1</source>
        <translation>Ubah nama kriteria %1</translation>
    </message>
    <message>
        <source>Describe criterion %1</source>
        <translation>Ubah deskripsi kriteria %1</translation>
    </message>
    <message>
        <source>Reweigh criterion %1</source>
        <translation>Ubah bobot kriteria %1</translation>
    </message>
    <message>
        <source>Remove criterion %1</source>
        <translation>Hapus kriteria %1</translation>
    </message>
    <message>
        <source>Lock criteria</source>
        <translation>Kunci kriteria</translation>
    </message>
    <message>
        <source>Unlock criteria</source>
        <translation>Buka kunci kriteria</translation>
    </message>
    <message>
        <source>Unlock the criteria?</source>
        <translation>Buka kunci kriteria?</translation>
    </message>
    <message>
        <source>%1 scores were given on these criteria. If a weight or a criterion changes now, the scores given so far will be weighed differently. Unlock anyway?</source>
        <translation>Sudah ada %1 skor yang diberikan pada kriteria ini. Bila bobot atau kriteria diubah sekarang, skor yang sudah diberikan akan dihitung dengan bobot yang berbeda. Tetap buka kunci?</translation>
    </message>
    <message>
        <source>%1 — weight %2 (%3)</source>
        <translation>%1 — bobot %2 (%3)</translation>
    </message>
    <message>
        <source>Criteria not locked yet</source>
        <translation>Kriteria belum dikunci</translation>
    </message>
</context>
<context>
    <name>DotGridModel</name>
    <message>
        <source>Dots from %1 on %2: %3</source>
        <translation>Titik dari %1 untuk %2: %3</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>sisa %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>%1 (%2): %3 of %4 dots given</source>
        <translation>%1 (%2): %3 dari %4 titik sudah diberikan</translation>
    </message>
</context>
<context>
    <name>DotsTab</name>
    <message>
        <source>, at most %1 on one program</source>
        <translation>, paling banyak %1 untuk satu program</translation>
    </message>
    <message>
        <source>Each person has %1 dots%2. Type a digit in a cell; + and − add or take one; Delete clears; Ctrl+Z undoes.</source>
        <translation>Setiap orang punya %1 titik%2. Ketik angka di sel; + dan − menambah atau mengurangi satu; Delete mengosongkan; Ctrl+Z membatalkan.</translation>
    </message>
    <message>
        <source>No candidates yet: add programs in step 3.</source>
        <translation>Belum ada kandidat: tambahkan program di tahap 3.</translation>
    </message>
    <message>
        <source>Nobody is checked in yet: mark who is present in step 0.</source>
        <translation>Belum ada yang tercatat hadir: tandai yang hadir di tahap 0.</translation>
    </message>
    <message>
        <source>%1 of %2 people have placed all their dots</source>
        <translation>%1 dari %2 orang sudah memakai semua titiknya</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop the groups&apos; .jakres files here</source>
        <translation>Letakkan berkas .jakres kelompok di sini</translation>
    </message>
    <message>
        <source>Each file is checked first, then its group&apos;s results enter this master file, one file after another. A refused file changes nothing.</source>
        <translation>Setiap berkas diperiksa terlebih dahulu, lalu hasil kelompoknya masuk ke berkas induk ini, satu per satu. Berkas yang ditolak tidak mengubah apa pun.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Tambah berkas…</translation>
    </message>
    <message>
        <source>Choose the groups&apos; files (Ctrl+O)</source>
        <translation>Pilih berkas kelompok (Ctrl+O)</translation>
    </message>
</context>
<context>
    <name>DupesTab</name>
    <message>
        <source>How alike two titles must be to be suggested</source>
        <translation>Seberapa mirip dua judul agar diusulkan</translation>
    </message>
    <message>
        <source>Why they are the same (optional)</source>
        <translation>Alasan keduanya sama (opsional)</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Tautkan</translation>
    </message>
    <message>
        <source>&amp;Not the same</source>
        <translation>&amp;Bukan program yang sama</translation>
    </message>
    <message>
        <source>Show dis&amp;missed pairs</source>
        <translation>Tampilkan pasangan yang di&amp;abaikan</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Lepas tautan</translation>
    </message>
    <message>
        <source>P&amp;eople in two groups…</source>
        <translation>P&amp;eserta di dua kelompok…</translation>
    </message>
    <message>
        <source>Walk-ins who are also on another group&apos;s roster, to make one person</source>
        <translation>Peserta walk-in yang juga ada di daftar peserta kelompok lain, untuk dijadikan satu orang</translation>
    </message>
    <message>
        <source>&amp;Similarity at least:</source>
        <translation>&amp;Kemiripan minimal:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Suggested pairs</source>
        <translation>Pasangan yang diusulkan</translation>
    </message>
    <message>
        <source>Linked programs</source>
        <translation>Program yang ditautkan</translation>
    </message>
    <message>
        <source>&amp;Duplicates</source>
        <translation>&amp;Duplikat</translation>
    </message>
    <message>
        <source>Programs two groups entered under slightly different titles. Link the pairs that are one program: both keep their own groups&apos; votes.</source>
        <translation>Program yang dimasukkan dua kelompok dengan judul sedikit berbeda. Tautkan pasangan yang sebenarnya satu program: keduanya tetap menyimpan suara kelompok masing-masing.</translation>
    </message>
    <message>
        <source>Suggested: %1 (dismissed: %2)</source>
        <translation>Diusulkan: %1 (diabaikan: %2)</translation>
    </message>
    <message>
        <source>Link %1 and %2</source>
        <translation>Tautkan %1 dan %2</translation>
    </message>
    <message>
        <source>Unlink %1 and %2</source>
        <translation>Lepas tautan %1 dan %2</translation>
    </message>
</context>
<context>
    <name>ElementsModel</name>
    <message>
        <source>Element</source>
        <translation>Elemen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>CRF goal</source>
        <translation>Tujuan CRF</translation>
    </message>
    <message>
        <source>Own element</source>
        <translation>Elemen sendiri</translation>
    </message>
</context>
<context>
    <name>ElementsPage</name>
    <message>
        <source>An element not in the CRF</source>
        <translation>Elemen yang tidak ada di CRF</translation>
    </message>
    <message>
        <source>Add element</source>
        <translation>Tambah elemen</translation>
    </message>
    <message>
        <source>Remove element</source>
        <translation>Hapus elemen</translation>
    </message>
    <message>
        <source>Remove the selected element and its targets (Delete)</source>
        <translation>Hapus elemen yang dipilih beserta targetnya (Delete)</translation>
    </message>
    <message>
        <source>Why the group chose this element</source>
        <translation>Alasan kelompok memilih elemen ini</translation>
    </message>
    <message>
        <source>&amp;Own element</source>
        <translation>Elemen sen&amp;diri</translation>
    </message>
    <message>
        <source>&amp;Chosen elements</source>
        <translation>Elemen ter&amp;pilih</translation>
    </message>
    <message>
        <source>&amp;Rationale</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>Saved when you leave the box or press Ctrl+Enter</source>
        <translation>Tersimpan saat Anda keluar dari kotak atau menekan Ctrl+Enter</translation>
    </message>
    <message>
        <source>Elements and targets</source>
        <translation>Elemen dan target</translation>
    </message>
    <message>
        <source>Pick the resilience elements that matter for this focus area and say why; then set targets for each: what, how it is measured, by when and who leads.</source>
        <translation>Pilih elemen ketahanan kota yang penting bagi fokus utama ini dan jelaskan alasannya; lalu tetapkan targetnya: apa, cara mengukurnya, kapan, dan siapa penanggung jawabnya.</translation>
    </message>
    <message>
        <source>Focus area %1: %2</source>
        <translation>Fokus utama %1: %2</translation>
    </message>
    <message>
        <source>Targets for “%1”</source>
        <translation>Target untuk “%1”</translation>
    </message>
    <message>
        <source>Targets (choose an element first)</source>
        <translation>Target (pilih elemen terlebih dahulu)</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Pilih %1</translation>
    </message>
    <message>
        <source>Add element %1</source>
        <translation>Tambah elemen %1</translation>
    </message>
    <message>
        <source>Remove an element</source>
        <translation>Hapus elemen</translation>
    </message>
    <message>
        <source>Remove the element %1?</source>
        <translation>Hapus elemen %1?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Its targets go with it: %1.</source>
        <translation>Target yang ikut terhapus: %1.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Hapus %1</translation>
    </message>
    <message>
        <source>Edit the rationale</source>
        <translation>Ubah alasan</translation>
    </message>
    <message>
        <source>Add target %1</source>
        <translation>Tambah target %1</translation>
    </message>
    <message>
        <source>Remove target %1</source>
        <translation>Hapus target %1</translation>
    </message>
    <message>
        <source>%1 is a CRF goal: its name comes from the framework.</source>
        <translation>%1 adalah tujuan CRF: namanya berasal dari kerangka kerja.</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Ganti nama %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Ubah %1</translation>
    </message>
    <message>
        <source>&amp;Element</source>
        <translation>&amp;Elemen</translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation>&amp;Rumusan</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation>&amp;Indikator</translation>
    </message>
    <message>
        <source>&amp;Baseline</source>
        <translation>&amp;Kondisi awal</translation>
    </message>
    <message>
        <source>&amp;Target value</source>
        <translation>Nilai tar&amp;get</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>Tah&amp;un</translation>
    </message>
    <message>
        <source>Responsible a&amp;gency</source>
        <translation>Instansi penanggung &amp;jawab</translation>
    </message>
    <message>
        <source>Edit target %1</source>
        <translation>Ubah target %1</translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation>Ubah target</translation>
    </message>
    <message>
        <source>%1 — targets: %2</source>
        <translation>%1 — target: %2</translation>
    </message>
    <message>
        <source>No elements chosen yet</source>
        <translation>Belum ada elemen yang dipilih</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>E&amp;xport the group&apos;s results…</source>
        <translation>&amp;Ekspor hasil kelompok…</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <source>What the group produced</source>
        <translation>Hasil kerja kelompok</translation>
    </message>
    <message>
        <source>&amp;Priority programs</source>
        <translation>&amp;Program prioritas</translation>
    </message>
    <message>
        <source>Hand the results to the secretariat</source>
        <translation>Serahkan hasil ke sekretariat</translation>
    </message>
    <message>
        <source>Writes a checked copy of this workshop file, for example onto a USB stick. The file on this laptop stays as it is, and you can keep working in it.</source>
        <translation>Menulis salinan berkas lokakarya ini yang sudah diperiksa, misalnya ke flashdisk. Berkas di laptop ini tetap seperti semula dan masih bisa dipakai bekerja.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <source>Exported:</source>
        <translation>Diekspor:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Ukuran:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Jumlah data:</translation>
    </message>
    <message>
        <source>The secretariat can compare this checksum with the file they receive.</source>
        <translation>Sekretariat dapat mencocokkan checksum ini dengan berkas yang diterima.</translation>
    </message>
    <message>
        <source>People present:</source>
        <translation>Peserta hadir:</translation>
    </message>
    <message>
        <source>Resilience elements:</source>
        <translation>Elemen ketahanan:</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>Kriteria:</translation>
    </message>
    <message>
        <source>Candidate programs:</source>
        <translation>Program kandidat:</translation>
    </message>
    <message>
        <source>Priority programs:</source>
        <translation>Program prioritas:</translation>
    </message>
    <message>
        <source>Dots placed:</source>
        <translation>Titik diberikan:</translation>
    </message>
    <message>
        <source>Scores given:</source>
        <translation>Skor diberikan:</translation>
    </message>
    <message>
        <source>Voting:</source>
        <translation>Pemungutan suara:</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Read the summary back to the group and close any gaps it lists, then export the results and take the file to the secretariat.</source>
        <translation>Bacakan ringkasan kepada kelompok dan lengkapi kekurangan yang tercantum, lalu ekspor hasilnya dan serahkan berkasnya ke sekretariat.</translation>
    </message>
    <message>
        <source>Results of %1</source>
        <translation>Hasil %1</translation>
    </message>
    <message>
        <source>closed at %1</source>
        <translation>ditutup pukul %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>masih terbuka</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1 (dikunci)</translation>
    </message>
    <message>
        <source>%1 (not locked)</source>
        <translation>%1 (belum dikunci)</translation>
    </message>
    <message>
        <source>Nobody is checked in yet: record attendance in step 0.</source>
        <translation>Belum ada yang tercatat hadir: catat kehadiran di tahap 0.</translation>
    </message>
    <message>
        <source>No resilience element chosen yet: choose them in step 1.</source>
        <translation>Belum ada elemen ketahanan yang dipilih: pilih di tahap 1.</translation>
    </message>
    <message>
        <source>Elements without a target: %1. Set their targets in step 1.</source>
        <translation>Elemen tanpa target: %1. Tetapkan targetnya di tahap 1.</translation>
    </message>
    <message>
        <source>No criteria agreed yet: agree them in step 2.</source>
        <translation>Belum ada kriteria yang disepakati: sepakati di tahap 2.</translation>
    </message>
    <message>
        <source>Criteria not locked: lock them in step 2.</source>
        <translation>Kriteria belum dikunci: kunci di tahap 2.</translation>
    </message>
    <message>
        <source>No candidate programs yet: choose them in step 3.</source>
        <translation>Belum ada program kandidat: pilih di tahap 3.</translation>
    </message>
    <message>
        <source>No votes recorded yet: vote in step 4.</source>
        <translation>Belum ada suara yang tercatat: lakukan pemungutan suara di tahap 4.</translation>
    </message>
    <message>
        <source>Voting is still open: close it in step 4, so the dots and scores are frozen before the export.</source>
        <translation>Pemungutan suara masih terbuka: tutup di langkah 4 agar titik dan skor terkunci sebelum ekspor.</translation>
    </message>
    <message>
        <source>No priority decided yet: apply the rule in step 4.</source>
        <translation>Belum ada prioritas yang ditetapkan: terapkan aturan di tahap 4.</translation>
    </message>
    <message>
        <source>Decided before the latest votes, no longer what the rule says: %1. Apply the rule again in step 4.</source>
        <translation>Diputuskan sebelum suara terakhir, tidak lagi sesuai aturan: %1. Terapkan aturan lagi di langkah 4.</translation>
    </message>
    <message>
        <source>Tied across the cut-off, not decided yet: %1. Decide each one in step 4.</source>
        <translation>Imbang di batas, belum diputuskan: %1. Putuskan masing-masing di langkah 4.</translation>
    </message>
    <message>
        <source>The group&apos;s rationale is empty: write why these programs in step 4 (Ranking and priority); the report&apos;s sentence ends with it.</source>
        <translation>Dasar pertimbangan kelompok masih kosong: tulis mengapa program-program ini dipilih di tahap 4 (Peringkat dan prioritas); kalimat laporan diakhiri dengan dasar itu.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>dan %1 lainnya</translation>
    </message>
    <message>
        <source>Not scored yet, %1 cells (program × criterion): %2. Score them in step 4.</source>
        <translation>Belum dinilai, %1 sel (program × kriteria): %2. Beri nilai di tahap 4.</translation>
    </message>
    <message>
        <source>Until then those programs are not ranked by score and the rule does not make them priorities.</source>
        <translation>Sampai saat itu program-program tersebut tidak diperingkat menurut skor dan aturan tidak menjadikannya prioritas.</translation>
    </message>
    <message>
        <source>Nothing is missing: the results are ready to export.</source>
        <translation>Tidak ada yang kurang: hasil siap diekspor.</translation>
    </message>
    <message>
        <source>results</source>
        <comment>file name</comment>
        <translation>hasil</translation>
    </message>
    <message>
        <source>Export the group&apos;s results</source>
        <translation>Ekspor hasil kelompok</translation>
    </message>
    <message>
        <source>Workshop files (*.jakres)</source>
        <translation>Berkas lokakarya (*.jakres)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Timpa berkas?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the results of this file?</source>
        <translation>%1 sudah ada. Timpa dengan hasil dari berkas ini?</translation>
    </message>
    <message>
        <source>Nothing was exported; the file on this laptop is unchanged.</source>
        <translation>Tidak ada yang diekspor; berkas di laptop ini tidak berubah.</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Ekspor terakhir</translation>
    </message>
    <message>
        <source>Changed since the last export (latest change %1): export again so the secretariat gets the latest results.</source>
        <translation>Berubah sejak ekspor terakhir (perubahan terakhir %1): ekspor lagi agar sekretariat menerima hasil terbaru.</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>peserta</translation>
    </message>
    <message>
        <source>elements</source>
        <translation>elemen</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>target</translation>
    </message>
    <message>
        <source>criteria</source>
        <translation>kriteria</translation>
    </message>
    <message>
        <source>candidates</source>
        <translation>kandidat</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>keputusan</translation>
    </message>
    <message>
        <source>scores</source>
        <translation>skor</translation>
    </message>
    <message>
        <source>dot-vote entries: %1 (%2 dots)</source>
        <translation>entri suara titik: %1 (%2 titik)</translation>
    </message>
    <message>
        <source>Results exported: %1</source>
        <translation>Hasil diekspor: %1</translation>
    </message>
</context>
<context>
    <name>FocusPage</name>
    <message>
        <source>&amp;Add focus area</source>
        <translation>&amp;Tambah fokus utama</translation>
    </message>
    <message>
        <source>Remove focus area…</source>
        <translation>Hapus fokus utama…</translation>
    </message>
    <message>
        <source>Criterion (Indonesian)</source>
        <translation>Kriteria (Indonesia)</translation>
    </message>
    <message>
        <source>Criterion (English)</source>
        <translation>Kriteria (Inggris)</translation>
    </message>
    <message>
        <source>Description (Indonesian)</source>
        <translation>Deskripsi (Indonesia)</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>Deskripsi (Inggris)</translation>
    </message>
    <message>
        <source>New criterion &amp;row</source>
        <translation>&amp;Baris kriteria baru</translation>
    </message>
    <message>
        <source>Remove criterion row</source>
        <translation>Hapus baris kriteria</translation>
    </message>
    <message>
        <source>Sa&amp;ve focus area</source>
        <translation>Simpan &amp;fokus utama</translation>
    </message>
    <message>
        <source>Save &amp;group</source>
        <translation>Simpan kelom&amp;pok</translation>
    </message>
    <message>
        <source>Add grou&amp;p</source>
        <translation>Tambah kel&amp;ompok</translation>
    </message>
    <message>
        <source>Remove group…</source>
        <translation>Hapus kelompok…</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Fokus utama</translation>
    </message>
    <message>
        <source>&amp;Title (Indonesian)</source>
        <translation>J&amp;udul (Indonesia)</translation>
    </message>
    <message>
        <source>Title (Engl&amp;ish)</source>
        <translation>Judul (&amp;Inggris)</translation>
    </message>
    <message>
        <source>&amp;Short title (Indonesian)</source>
        <translation>Judul singk&amp;at (Indonesia)</translation>
    </message>
    <message>
        <source>Short title (Eng&amp;lish)</source>
        <translation>Judul singkat (Ingg&amp;ris)</translation>
    </message>
    <message>
        <source>&amp;Description (Indonesian)</source>
        <translation>&amp;Deskripsi (Indonesia)</translation>
    </message>
    <message>
        <source>Description (Englis&amp;h)</source>
        <translation>D&amp;eskripsi (Inggris)</translation>
    </message>
    <message>
        <source>CRF goals suggested to the group as its elements</source>
        <translation>Tujuan CRF yang diusulkan kepada kelompok sebagai elemennya</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Focus area</source>
        <translation>Fo&amp;kus utama</translation>
    </message>
    <message>
        <source>Fa&amp;cilitator</source>
        <translation>Fasi&amp;litator</translation>
    </message>
    <message>
        <source>R&amp;oom</source>
        <translation>Ruan&amp;g</translation>
    </message>
    <message>
        <source>Focus areas and groups</source>
        <translation>Fokus utama dan kelompok</translation>
    </message>
    <message>
        <source>Each focus area in both languages, the CRF goals and criteria suggested to its group; each group with its focus area (none: a cross-cutting session), facilitator and room.</source>
        <translation>Setiap fokus utama dalam dua bahasa, tujuan CRF dan kriteria yang diusulkan kepada kelompoknya; setiap kelompok dengan fokus utamanya (tanpa fokus: sesi lintas sektor), fasilitator, dan ruangannya.</translation>
    </message>
    <message>
        <source>(none: cross-cutting, the whole CRF)</source>
        <translation>(tidak ada: lintas sektor, seluruh CRF)</translation>
    </message>
    <message>
        <source>Add focus area</source>
        <translation>Tambah fokus utama</translation>
    </message>
    <message>
        <source>New focus area</source>
        <translation>Fokus utama baru</translation>
    </message>
    <message>
        <source>Edit focus area</source>
        <translation>Ubah fokus utama</translation>
    </message>
    <message>
        <source>Suggested goals</source>
        <translation>Usulan tujuan</translation>
    </message>
    <message>
        <source>Suggested criteria</source>
        <translation>Usulan kriteria</translation>
    </message>
    <message>
        <source>Remove focus area %1? %2 group(s) will have no focus area and %3 program(s) lose this focus area. You can undo it (Ctrl+Z).</source>
        <translation>Hapus fokus utama %1? %2 kelompok tidak lagi punya fokus utama dan %3 program kehilangan fokus utama ini. Anda dapat membatalkannya (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Remove focus area</source>
        <translation>Hapus fokus utama</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Kelompok %1</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Tambah kelompok</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Ganti nama kelompok</translation>
    </message>
    <message>
        <source>Group&apos;s focus area</source>
        <translation>Fokus utama kelompok</translation>
    </message>
    <message>
        <source>Facilitator and room</source>
        <translation>Fasilitator dan ruang</translation>
    </message>
    <message>
        <source>Remove %1? It takes %2 element(s), %3 criteria and %4 candidate program(s) with it; its %5 participant(s) stay, without a group. You can undo it (Ctrl+Z).</source>
        <translation>Hapus %1? Ikut terhapus %2 elemen, %3 kriteria, dan %4 program kandidat; %5 pesertanya tetap ada, tanpa kelompok. Anda dapat membatalkannya (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Hapus kelompok</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>Space picks or drops this goal</source>
        <translation>Spasi memilih atau melepas tujuan ini</translation>
    </message>
    <message>
        <source>Suggested for this focus area</source>
        <translation>Disarankan untuk fokus utama ini</translation>
    </message>
</context>
<context>
    <name>GoalPicker</name>
    <message>
        <source>Suggested for this focus area</source>
        <translation>Disarankan untuk fokus utama ini</translation>
    </message>
    <message>
        <source>Other CRF goals</source>
        <translation>Tujuan CRF lainnya</translation>
    </message>
    <message>
        <source>Show &amp;all CRF goals (%1 more)</source>
        <translation>Tampilkan semua tujuan &amp;CRF (%1 lagi)</translation>
    </message>
    <message>
        <source>Hide &amp;all other CRF goals</source>
        <translation>Sembunyikan tujuan &amp;CRF lainnya</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import participants</source>
        <translation>Impor peserta</translation>
    </message>
    <message>
        <source>Import programs</source>
        <translation>Impor program</translation>
    </message>
    <message>
        <source>Columns: what each one fills</source>
        <translation>Kolom: isi masing-masing</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Import the &amp;good rows only</source>
        <translation>Impor hanya baris yang &amp;sah</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Baris judul kolom:</translation>
    </message>
    <message>
        <source>First rows, as they will be read</source>
        <translation>Baris pertama, sebagaimana akan dibaca</translation>
    </message>
    <message>
        <source>Bad rows, duplicates and notes</source>
        <translation>Baris bermasalah, duplikat, dan catatan</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file as it is.</source>
        <translation>Tidak ada yang dapat diimpor dari berkas ini dalam keadaannya sekarang.</translation>
    </message>
    <message>
        <source>%1 (read as %2)</source>
        <translation>%1 (dibaca sebagai %2)</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Stakeholder kind</source>
        <translation>Jenis pemangku kepentingan</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Fokus utama</translation>
    </message>
    <message>
        <source>&lt;b&gt;Column in the file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kolom di berkas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read as&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dibaca sebagai&lt;/b&gt;</translation>
    </message>
    <message>
        <source>— not known: choose —</source>
        <translation>— tidak dikenali: pilih —</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (wajib)</translation>
    </message>
    <message>
        <source>Leave out (not imported)</source>
        <translation>Lewati (tidak diimpor)</translation>
    </message>
    <message>
        <source>Perhaps: %1</source>
        <translation>Mungkin: %1</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <source>Not known: %1. Nothing is dropped silently: choose on the left what each of these columns holds, or leave it out.</source>
        <translation>Tidak dikenali: %1. Tidak ada yang dibuang diam-diam: pilih di sebelah kiri isi setiap kolom ini, atau lewati kolomnya.</translation>
    </message>
    <message>
        <source>Row %1, column &apos;%2&apos; (&apos;%3&apos;): %4</source>
        <translation>Baris %1, kolom &apos;%2&apos; (&apos;%3&apos;): %4</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Dilewati: %1</translation>
    </message>
    <message>
        <source>Choose what each red column holds, or leave it out: %1</source>
        <translation>Pilih isi setiap kolom merah, atau lewati: %1</translation>
    </message>
    <message>
        <source>This cannot be imported as mapped: see the first line below.</source>
        <translation>Berkas ini tidak dapat diimpor dengan pemetaan ini: lihat baris pertama di bawah.</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Baru: %1</translation>
    </message>
    <message>
        <source>updated: %1</source>
        <translation>diperbarui: %1</translation>
    </message>
    <message>
        <source>unchanged: %1</source>
        <translation>tidak berubah: %1</translation>
    </message>
    <message>
        <source>duplicates left out: %1</source>
        <translation>duplikat dilewati: %1</translation>
    </message>
    <message>
        <source>bad rows: %1</source>
        <translation>baris bermasalah: %1</translation>
    </message>
    <message>
        <source>Fix the bad rows in the file, or import the good rows only.</source>
        <translation>Perbaiki baris yang bermasalah di berkas, atau impor hanya baris yang sah.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Impor %1</translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <source>Select a line of the log to see its details.</source>
        <translation>Pilih satu baris log untuk melihat rinciannya.</translation>
    </message>
    <message>
        <source>Import &amp;log</source>
        <translation>&amp;Log impor</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Drop the files the facilitators handed in. Check each line of the log: a red line was refused and left the master as it was.</source>
        <translation>Letakkan berkas yang diserahkan fasilitator. Periksa setiap baris log: baris merah berarti ditolak dan berkas induk tidak berubah.</translation>
    </message>
    <message>
        <source>Choose the groups&apos; files</source>
        <translation>Pilih berkas kelompok</translation>
    </message>
    <message>
        <source>Workshop files (*.jakres);;All files (*)</source>
        <translation>Berkas lokakarya (*.jakres);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>Checking and merging %1 (%2)…</source>
        <translation>Memeriksa dan menggabungkan %1 (%2)…</translation>
    </message>
    <message>
        <source>a session of another workshop (&apos;%1&apos;, %2); not adopted, nothing merged</source>
        <translation>sesi dari lokakarya lain (&apos;%1&apos;, %2); tidak diambil alih, tidak ada yang digabungkan</translation>
    </message>
    <message>
        <source>no file merged yet</source>
        <translation>belum ada berkas yang digabungkan</translation>
    </message>
    <message>
        <source>Done: %1 merged, %2 unchanged, %3 refused.</source>
        <translation>Selesai: %1 digabungkan, %2 tidak berubah, %3 ditolak.</translation>
    </message>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation>SHA-256 berkas: %1</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Konflik: %1</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Tidak ada konflik.</translation>
    </message>
</context>
<context>
    <name>KitsPage</name>
    <message>
        <source>A folder, e.g. on the USB stick</source>
        <translation>Sebuah folder, misalnya di flashdisk</translation>
    </message>
    <message>
        <source>C&amp;hoose folder…</source>
        <translation>&amp;Pilih folder…</translation>
    </message>
    <message>
        <source>&amp;Overwrite older kits with the same names</source>
        <translation>&amp;Timpa kit lama yang bernama sama</translation>
    </message>
    <message>
        <source>&amp;Make one kit per group</source>
        <translation>&amp;Buat satu kit per kelompok</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>Yang ditulis:</translation>
    </message>
    <message>
        <source>Make kits</source>
        <translation>Buat kit</translation>
    </message>
    <message>
        <source>Each group gets its own file for its room&apos;s laptop. Every kit is checked after it is written. Older kits in the folder are kept unless you choose to overwrite them.</source>
        <translation>Setiap kelompok mendapat berkasnya sendiri untuk laptop di ruangannya. Setiap kit diperiksa setelah ditulis. Kit lama di folder itu tetap disimpan, kecuali Anda memilih untuk menimpanya.</translation>
    </message>
    <message numerus="yes">
        <source>The readiness check finds %n thing(s) to look at first.</source>
        <translation>
            <numerusform>Pemeriksaan kesiapan menemukan %n hal yang perlu dilihat terlebih dahulu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The readiness check finds nothing to put right.</source>
        <translation>Pemeriksaan kesiapan tidak menemukan apa pun yang perlu dibenahi.</translation>
    </message>
    <message>
        <source>Where to write the kits</source>
        <translation>Tempat menulis kit</translation>
    </message>
    <message>
        <source>Choose a folder first.</source>
        <translation>Pilih folder terlebih dahulu.</translation>
    </message>
    <message>
        <source>%1 — %2 KiB, checked (sha256 %3…)</source>
        <translation>%1 — %2 KiB, sudah diperiksa (sha256 %3…)</translation>
    </message>
</context>
<context>
    <name>LinkModel</name>
    <message>
        <source>Program A</source>
        <translation>Program A</translation>
    </message>
    <message>
        <source>Groups A</source>
        <translation>Kelompok A</translation>
    </message>
    <message>
        <source>Program B</source>
        <translation>Program B</translation>
    </message>
    <message>
        <source>Groups B</source>
        <translation>Kelompok B</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cara</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>by hand, %1</source>
        <translation>manual, %1</translation>
    </message>
    <message>
        <source>suggested %1%, %2</source>
        <translation>usulan %1%, %2</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>merged</source>
        <translation>digabungkan</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>tidak berubah</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Direkam</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ditambah</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Diganti</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Dipertahankan</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>all groups</source>
        <translation>semua kelompok</translation>
    </message>
</context>
<context>
    <name>LookAlikeModel</name>
    <message>
        <source>Walk-in</source>
        <translation>Peserta walk-in</translation>
    </message>
    <message>
        <source>Sat in</source>
        <translation>Duduk di</translation>
    </message>
    <message>
        <source>On the roster as</source>
        <translation>Di daftar sebagai</translation>
    </message>
    <message>
        <source>Roster group</source>
        <translation>Kelompok di daftar</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Lembaga</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening %1…</source>
        <translation>Membuka %1…</translation>
    </message>
    <message>
        <source>Five more minutes</source>
        <translation>Tambah lima menit</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Kelompok:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;New group session…</source>
        <translation>Sesi kelompok &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>B&amp;uka…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Buka berkas &amp;terakhir</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;Ekspor hasil…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Batalkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Projector window</source>
        <translation>Jendela &amp;proyektor</translation>
    </message>
    <message>
        <source>Start or pause the &amp;timer</source>
        <translation>Mulai atau jeda pengatur &amp;waktu</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>Tahap &amp;berikutnya</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>Tahap &amp;sebelumnya</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Tahap %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Ba&amp;hasa</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Jeda pengatur waktu</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>Mulai pengatur waktu</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Berkas tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Open a workshop file</source>
        <translation>Buka berkas lokakarya</translation>
    </message>
    <message>
        <source>Workshop files (*.jakres)</source>
        <translation>Berkas lokakarya (*.jakres)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Every change is saved at once to %1</source>
        <translation>Setiap perubahan langsung tersimpan di %1</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Tersimpan pukul %1</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>&amp;Name (Bahasa Indonesia):</source>
        <translation>&amp;Nama (Bahasa Indonesia):</translation>
    </message>
    <message>
        <source>Name in &amp;English (optional):</source>
        <translation>Nama dalam bahasa &amp;Inggris (opsional):</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New group session</source>
        <translation>Sesi kelompok baru</translation>
    </message>
    <message>
        <source>Breakout session</source>
        <translation>Sesi kelompok kerja</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>&amp;Preset</source>
        <translation>Te&amp;mplat</translation>
    </message>
    <message>
        <source>&amp;Focus area</source>
        <translation>&amp;Fokus utama</translation>
    </message>
    <message>
        <source>&amp;Save in</source>
        <translation>&amp;Simpan di</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Buat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Keep the session in</source>
        <translation>Simpan sesi di</translation>
    </message>
    <message>
        <source>Workshop files (*.jakres)</source>
        <translation>Berkas lokakarya (*.jakres)</translation>
    </message>
</context>
<context>
    <name>PairModel</name>
    <message>
        <source>Program A</source>
        <translation>Program A</translation>
    </message>
    <message>
        <source>Groups A</source>
        <translation>Kelompok A</translation>
    </message>
    <message>
        <source>Program B</source>
        <translation>Program B</translation>
    </message>
    <message>
        <source>Groups B</source>
        <translation>Kelompok B</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Kemiripan</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People in two groups</source>
        <translation>Peserta di dua kelompok</translation>
    </message>
    <message>
        <source>Walk-ins whose name and organisation match a person on another group&apos;s roster. Same person (Enter) keeps the roster record, in the room where they sat, with the walk-in&apos;s dots and scores; Ctrl+Z undoes it.</source>
        <translation>Peserta walk-in yang nama dan lembaganya cocok dengan seseorang di daftar peserta kelompok lain. Orang yang sama (Enter) mempertahankan data dari daftar, di ruang tempat ia duduk, beserta titik dan nilai dari data walk-in; Ctrl+Z membatalkannya.</translation>
    </message>
    <message>
        <source>&amp;Same person</source>
        <translation>&amp;Orang yang sama</translation>
    </message>
    <message>
        <source>No walk-in looks like a person on another group&apos;s roster.</source>
        <translation>Tidak ada peserta walk-in yang mirip dengan peserta di daftar kelompok lain.</translation>
    </message>
    <message>
        <source>Same person: %1 and %2</source>
        <translation>Orang yang sama: %1 dan %2</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Filter: any part of a name, organisation, group…</source>
        <translation>Saring: bagian mana pun dari nama, lembaga, kelompok…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>Only people wit&amp;hout a group</source>
        <translation>Hanya yang belum punya kel&amp;ompok</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>&amp;Import from CSV/XLSX…</source>
        <translation>&amp;Impor dari CSV/XLSX…</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Masukkan</translation>
    </message>
    <message>
        <source>Put the selected in &amp;group:</source>
        <translation>Masukkan yang dipilih ke &amp;kelompok:</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Everyone invited, with their organisation and group.</source>
        <translation>Semua undangan, dengan lembaga dan kelompoknya.</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(tanpa kelompok)</translation>
    </message>
    <message>
        <source>%1 people, %2 without a group</source>
        <translation>%1 orang, %2 belum punya kelompok</translation>
    </message>
    <message>
        <source>Add participant %1</source>
        <translation>Tambah peserta %1</translation>
    </message>
    <message>
        <source>Edit participant %1</source>
        <translation>Ubah peserta %1</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 peserta</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Hapus %1?</translation>
    </message>
    <message>
        <source>This also removes the %1 dots and %2 scores they gave.</source>
        <translation>Ini juga menghapus %1 titik dan %2 skor yang telah mereka berikan.</translation>
    </message>
    <message>
        <source>They have given no dots or scores.</source>
        <translation>Mereka belum memberi titik atau skor.</translation>
    </message>
    <message>
        <source>Remove participants</source>
        <translation>Hapus peserta</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Hapus %1</translation>
    </message>
    <message>
        <source>Removed: %1 (Ctrl+Z brings them back)</source>
        <translation>Dihapus: %1 (Ctrl+Z mengembalikannya)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Jangan hapus</translation>
    </message>
    <message>
        <source>Select the people to put in a group first.</source>
        <translation>Pilih dulu orang yang akan dimasukkan ke kelompok.</translation>
    </message>
    <message>
        <source>Put %1 people in %2</source>
        <translation>Masukkan %1 orang ke %2</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit participant</source>
        <translation>Ubah peserta</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Tambah peserta</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(tidak diisi)</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(tanpa kelompok)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Lembaga</translation>
    </message>
    <message>
        <source>Stakeholder &amp;kind</source>
        <translation>&amp;Jenis pemangku kepentingan</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Peran</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Kelompok</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Plenary presentation — jakres-desk</source>
        <translation>Pemaparan hasil pleno — jakres-desk</translation>
    </message>
    <message>
        <source>Right or Space: next · Left: back · 1–9: a group · F11: full screen · Esc: leave</source>
        <translation>Kanan atau Spasi: berikutnya · Kiri: kembali · 1–9: kelompok · F11: layar penuh · Esc: keluar</translation>
    </message>
</context>
<context>
    <name>PriorityTab</name>
    <message>
        <source>Apply the &amp;rule</source>
        <translation>Terapkan &amp;aturan</translation>
    </message>
    <message>
        <source>Decide every program by the rule; the facilitator&apos;s decisions are kept</source>
        <translation>Tetapkan semua program menurut aturan; keputusan fasilitator tetap berlaku</translation>
    </message>
    <message>
        <source>Why the group decides otherwise</source>
        <translation>Alasan kelompok memutuskan lain</translation>
    </message>
    <message>
        <source>Enter marks the highlighted program as priority</source>
        <translation>Enter menandai program yang disorot sebagai prioritas</translation>
    </message>
    <message>
        <source>&amp;Mark priority</source>
        <translation>Tandai p&amp;rioritas</translation>
    </message>
    <message>
        <source>Mark not priorit&amp;y</source>
        <translation>Tandai b&amp;ukan prioritas</translation>
    </message>
    <message>
        <source>&amp;Clear override</source>
        <translation>Hapus keputusan &amp;fasilitator</translation>
    </message>
    <message>
        <source>Why these programs (the report writes “on the basis that” before it)</source>
        <translation>Mengapa program-program ini (laporan menulis “dengan acuan bahwa” di depannya)</translation>
    </message>
    <message>
        <source>What the room said that the report should keep</source>
        <translation>Hal yang disampaikan peserta dan perlu masuk laporan</translation>
    </message>
    <message>
        <source>Reas&amp;on</source>
        <translation>A&amp;lasan</translation>
    </message>
    <message>
        <source>Ra&amp;tionale of the group</source>
        <translation>&amp;Dasar pertimbangan kelompok</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Ranking and priority</source>
        <translation>Peringkat dan prioritas</translation>
    </message>
    <message>
        <source>%1 of %2 are priority programs</source>
        <translation>%1 dari %2 adalah program prioritas</translation>
    </message>
    <message>
        <source>No candidates yet: add programs in step 3.</source>
        <translation>Belum ada kandidat: tambahkan program di tahap 3.</translation>
    </message>
    <message>
        <source>Nothing decided yet: apply the rule when voting has closed.</source>
        <translation>Belum ada keputusan: terapkan aturan setelah pemungutan suara ditutup.</translation>
    </message>
    <message>
        <source>The votes changed since the rule was applied: apply it again.</source>
        <translation>Suara berubah sejak aturan diterapkan: terapkan lagi.</translation>
    </message>
    <message>
        <source>The programs in orange (%2) are tied across the cut-off of the top %1: the rule cannot separate them. Decide each one yourself (Mark priority or Mark not priority) and write why.</source>
        <translation>Program berwarna oranye (%2) imbang di batas %1 teratas: aturan tidak dapat memisahkannya. Putuskan sendiri masing-masing (Tandai prioritas atau Tandai bukan prioritas) dan tuliskan alasannya.</translation>
    </message>
    <message>
        <source>%1 %2%3 — dots: %4, score: %5</source>
        <translation>%1 %2%3 — titik: %4, skor: %5</translation>
    </message>
    <message>
        <source>= tied with another program</source>
        <translation>= seri dengan program lain</translation>
    </message>
    <message>
        <source>⚠ decided before the latest votes: not final</source>
        <translation>⚠ diputuskan sebelum suara terakhir: belum final</translation>
    </message>
    <message>
        <source>No candidates yet</source>
        <translation>Belum ada kandidat</translation>
    </message>
    <message>
        <source>Apply the rule</source>
        <translation>Terapkan aturan</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>dan %1 lainnya</translation>
    </message>
    <message>
        <source>%1 of %2 programs are not scored on every criterion: %3.

The rule ranks them after the others and does not make them priorities. Score them first (Cancel), or apply the rule now on incomplete scores?</source>
        <translation>%1 dari %2 program belum dinilai pada semua kriteria: %3.

Aturan menempatkannya setelah program lain dan tidak menjadikannya prioritas. Nilai dulu (Batal), atau terapkan aturan sekarang dengan skor yang belum lengkap?</translation>
    </message>
    <message>
        <source>Scores are incomplete</source>
        <translation>Skor belum lengkap</translation>
    </message>
    <message>
        <source>&amp;Apply anyway</source>
        <translation>&amp;Terapkan saja</translation>
    </message>
    <message>
        <source>Mark %1 as priority</source>
        <translation>Tandai %1 sebagai prioritas</translation>
    </message>
    <message>
        <source>Mark %1 as not priority</source>
        <translation>Tandai %1 bukan prioritas</translation>
    </message>
    <message>
        <source>Clear the override of %1</source>
        <translation>Hapus keputusan fasilitator untuk %1</translation>
    </message>
    <message>
        <source>Edit the group&apos;s rationale</source>
        <translation>Ubah dasar pertimbangan kelompok</translation>
    </message>
    <message>
        <source>Edit the group&apos;s notes</source>
        <translation>Ubah catatan kelompok</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>Edit program</source>
        <translation>Ubah program</translation>
    </message>
    <message>
        <source>Add program</source>
        <translation>Tambah program</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>&amp;Instansi</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Deskripsi</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Fokus utama</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>ProgramTreeModel</name>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Prioritised by</source>
        <translation>Diprioritaskan oleh</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Tertaut</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Weighted score · dots in %1; a star marks a priority</source>
        <translation>Skor berbobot · titik di %1; bintang menandai prioritas</translation>
    </message>
    <message>
        <source>How many groups made the program a priority</source>
        <translation>Jumlah kelompok yang menjadikan program ini prioritas</translation>
    </message>
    <message>
        <source>(no agency)</source>
        <translation>(tanpa instansi)</translation>
    </message>
    <message>
        <source>Linked with:</source>
        <translation>Tertaut dengan:</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>belum diputuskan</translation>
    </message>
    <message>
        <source>priority, set by the facilitator</source>
        <translation>prioritas, ditetapkan fasilitator</translation>
    </message>
    <message>
        <source>not a priority, set by the facilitator</source>
        <translation>bukan prioritas, ditetapkan fasilitator</translation>
    </message>
    <message>
        <source>priority by the rule</source>
        <translation>prioritas menurut aturan</translation>
    </message>
    <message>
        <source>not a priority by the rule</source>
        <translation>bukan prioritas menurut aturan</translation>
    </message>
    <message>
        <source>%1: %2 dots from %3 people, weighted score %4, rank %5; %6</source>
        <translation>%1: %2 titik dari %3 orang, skor berbobot %4, peringkat %5; %6</translation>
    </message>
</context>
<context>
    <name>ProgramsPage</name>
    <message>
        <source>Words of a title or agency, then Enter</source>
        <translation>Kata dari judul atau instansi, lalu Enter</translation>
    </message>
    <message>
        <source>&amp;All focus areas</source>
        <translation>Semua fokus &amp;utama</translation>
    </message>
    <message>
        <source>Add as &amp;candidate</source>
        <translation>Jadikan &amp;kandidat</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ha&amp;pus</translation>
    </message>
    <message>
        <source>Remove the selected candidate (Delete)</source>
        <translation>Hapus kandidat yang dipilih (Delete)</translation>
    </message>
    <message>
        <source>Edit program…</source>
        <translation>Ubah program…</translation>
    </message>
    <message>
        <source>Correct a program the room added: title, agency, description (F2)</source>
        <translation>Perbaiki program yang ditambahkan ruang ini: judul, instansi, deskripsi (F2)</translation>
    </message>
    <message>
        <source>The program&apos;s name as the room says it</source>
        <translation>Nama program seperti disebut peserta</translation>
    </message>
    <message>
        <source>The agency that runs it</source>
        <translation>Instansi pelaksananya</translation>
    </message>
    <message>
        <source>Add &amp;program</source>
        <translation>Tambah p&amp;rogram</translation>
    </message>
    <message>
        <source>&amp;Search the catalogue</source>
        <translation>&amp;Cari di katalog</translation>
    </message>
    <message>
        <source>A program that is not in the catalogue</source>
        <translation>Program yang tidak ada di katalog</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation>&amp;Instansi</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Deskripsi</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Ask the room which existing programs serve the group&apos;s targets: find each one in the catalogue, or add it by name if it is not there.</source>
        <translation>Tanyakan kepada peserta program eksisting mana yang mendukung target kelompok: cari masing-masing di katalog, atau tambahkan namanya bila tidak ada.</translation>
    </message>
    <message>
        <source>Also show programs outside focus area %1 (%2)</source>
        <translation>Tampilkan juga program di luar fokus utama %1 (%2)</translation>
    </message>
    <message>
        <source>The group&apos;s cand&amp;idates (%1)</source>
        <translation>Kandidat kelomp&amp;ok (%1)</translation>
    </message>
    <message>
        <source>Programs found: %1</source>
        <translation>Program ditemukan: %1</translation>
    </message>
    <message>
        <source>Add candidate %1</source>
        <translation>Tambah kandidat %1</translation>
    </message>
    <message>
        <source>Add program %1</source>
        <translation>Tambah program %1</translation>
    </message>
    <message>
        <source>Remove a candidate</source>
        <translation>Hapus kandidat</translation>
    </message>
    <message>
        <source>Take %1 off the group&apos;s list?</source>
        <translation>Keluarkan %1 dari daftar kandidat kelompok?</translation>
    </message>
    <message>
        <source>Remove candidate %1</source>
        <translation>Hapus kandidat %1</translation>
    </message>
    <message>
        <source>Dots and scores that go with it: %1 dots, %2 scores.</source>
        <translation>Titik dan skor yang ikut terhapus: %1 titik, %2 skor.</translation>
    </message>
    <message>
        <source>So does its priority decision.</source>
        <translation>Keputusan prioritasnya juga ikut terhapus.</translation>
    </message>
    <message>
        <source>The program itself goes too: only this room added it.</source>
        <translation>Programnya sendiri juga terhapus, karena hanya ruang ini yang menambahkannya.</translation>
    </message>
    <message>
        <source>It has no dots, scores or decision yet.</source>
        <translation>Program ini belum punya titik, skor, atau keputusan.</translation>
    </message>
    <message>
        <source>%1 is a catalogue program: the secretariat corrects it.</source>
        <translation>%1 adalah program katalog: sekretariat yang memperbaikinya.</translation>
    </message>
    <message>
        <source>Edit program %1</source>
        <translation>Ubah program %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Ubah %1</translation>
    </message>
    <message>
        <source>Candidate programs: %1</source>
        <translation>Program kandidat: %1</translation>
    </message>
</context>
<context>
    <name>ProgramsTab</name>
    <message>
        <source>Filter by title, agency or category</source>
        <translation>Saring menurut judul, instansi, atau kategori</translation>
    </message>
    <message>
        <source>Group by &amp;agency</source>
        <translation>Kelompokkan menurut i&amp;nstansi</translation>
    </message>
    <message>
        <source>New &amp;set…</source>
        <translation>Set &amp;baru…</translation>
    </message>
    <message>
        <source>New &amp;category…</source>
        <translation>&amp;Kategori baru…</translation>
    </message>
    <message>
        <source>&amp;Tag selected</source>
        <translation>&amp;Tandai yang dipilih</translation>
    </message>
    <message>
        <source>U&amp;ntag selected</source>
        <translation>&amp;Lepas tanda yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Link as same program</source>
        <translation>Tautkan sebagai program yang sa&amp;ma</translation>
    </message>
    <message>
        <source>Two selected programs of different groups are one program (Ctrl+L)</source>
        <translation>Dua program terpilih dari kelompok berbeda adalah satu program (Ctrl+L)</translation>
    </message>
    <message>
        <source>Unl&amp;ink</source>
        <translation>Lepas ta&amp;utan</translation>
    </message>
    <message>
        <source>The two selected programs are not one (Ctrl+Shift+L)</source>
        <translation>Dua program terpilih bukan satu program (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>Sa&amp;ring:</translation>
    </message>
    <message>
        <source>Cate&amp;gory set:</source>
        <translation>Set kate&amp;gori:</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>Kat&amp;egori:</translation>
    </message>
    <message>
        <source>&amp;Programs &amp;&amp; categories</source>
        <translation>&amp;Program &amp;&amp; kategori</translation>
    </message>
    <message>
        <source>Every program some group took up, with each group&apos;s weighted score, dots and priority. Select programs and tag them with a category.</source>
        <translation>Semua program yang diangkat kelompok, dengan skor berbobot, titik, dan prioritas dari tiap kelompok. Pilih program lalu tandai dengan kategori.</translation>
    </message>
    <message>
        <source>CRF goals (add from the framework)</source>
        <translation>Tujuan CRF (tambahkan dari kerangka)</translation>
    </message>
    <message>
        <source>Add the CRF goal categories</source>
        <translation>Tambahkan kategori tujuan CRF</translation>
    </message>
    <message>
        <source>Programs: %1 shown of %2, %3 selected</source>
        <translation>Program: %1 ditampilkan dari %2, %3 dipilih</translation>
    </message>
    <message>
        <source>Select exactly two programs (Ctrl+click) first.</source>
        <translation>Pilih tepat dua program (Ctrl+klik) terlebih dahulu.</translation>
    </message>
    <message>
        <source>Link %1 and %2</source>
        <translation>Tautkan %1 dan %2</translation>
    </message>
    <message>
        <source>Unlink %1 and %2</source>
        <translation>Lepas tautan %1 dan %2</translation>
    </message>
    <message>
        <source>Select one or more programs and a category first.</source>
        <translation>Pilih satu atau beberapa program dan sebuah kategori terlebih dahulu.</translation>
    </message>
    <message>
        <source>Tag %1 programs as %2</source>
        <translation>Tandai %1 program sebagai %2</translation>
    </message>
    <message>
        <source>Take %2 off %1 programs</source>
        <translation>Lepas %2 dari %1 program</translation>
    </message>
    <message>
        <source>Add category set %1</source>
        <translation>Tambah set kategori %1</translation>
    </message>
    <message>
        <source>New category set</source>
        <translation>Set kategori baru</translation>
    </message>
    <message>
        <source>Add category %1</source>
        <translation>Tambah kategori %1</translation>
    </message>
    <message>
        <source>New category in %1</source>
        <translation>Kategori baru di %1</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Show the vote &amp;tally on the projector</source>
        <translation>Tampilkan &amp;rekap suara di proyektor</translation>
    </message>
    <message>
        <source>Projector — jakres-desk</source>
        <translation>Proyektor — jakres-desk</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Waktu habis</translation>
    </message>
    <message>
        <source>Show the vote &amp;tally</source>
        <translation>Tampilkan &amp;rekap suara</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Layar &amp;penuh</translation>
    </message>
    <message>
        <source>&amp;Leave full screen</source>
        <translation>&amp;Keluar dari layar penuh</translation>
    </message>
    <message>
        <source>&amp;Close the projector window</source>
        <translation>&amp;Tutup jendela proyektor</translation>
    </message>
    <message>
        <source>Voting is closed: the group&apos;s results.</source>
        <translation>Pemungutan suara sudah ditutup: inilah hasil kelompok.</translation>
    </message>
    <message>
        <source>The tally stays hidden until the group closes its voting.</source>
        <translation>Rekap suara disembunyikan sampai kelompok menutup pemungutan suara.</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Titik</translation>
    </message>
    <message>
        <source>Score (%1–%2)</source>
        <translation>Skor (%1–%2)</translation>
    </message>
    <message>
        <source>red dashed line: the cut-off</source>
        <translation>garis putus-putus merah: batasnya</translation>
    </message>
    <message>
        <source>red dashed line: the threshold</source>
        <translation>garis putus-putus merah: ambang batas</translation>
    </message>
    <message>
        <source>★ priority</source>
        <translation>★ prioritas</translation>
    </message>
    <message>
        <source>⚠ decided before the latest votes: not final</source>
        <translation>⚠ diputuskan sebelum suara terakhir: belum final</translation>
    </message>
    <message>
        <source>= tied with another program</source>
        <translation>= seri dengan program lain</translation>
    </message>
    <message>
        <source>orange: tied across the cut-off, the facilitator decides</source>
        <translation>oranye: seri di batas aturan, fasilitator yang memutuskan</translation>
    </message>
    <message>
        <source>* not every criterion scored yet</source>
        <translation>* belum semua kriteria diberi skor</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… dan %1 lagi</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Rank</source>
        <translation>Urutan</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Titik</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Pemilih</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Rule says</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>belum lengkap</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioritas</translation>
    </message>
    <message>
        <source>Tied: not decided</source>
        <translation>Imbang: belum diputuskan</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>belum diputuskan</translation>
    </message>
    <message>
        <source>Priority (out of date)</source>
        <translation>Prioritas (usang)</translation>
    </message>
    <message>
        <source>Not priority (out of date)</source>
        <translation>Bukan prioritas (usang)</translation>
    </message>
    <message>
        <source>Priority (facilitator)</source>
        <translation>Prioritas (fasilitator)</translation>
    </message>
    <message>
        <source>Not priority (facilitator)</source>
        <translation>Bukan prioritas (fasilitator)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Not priority</source>
        <translation>Bukan prioritas</translation>
    </message>
    <message>
        <source>Tied across the cut-off: the rule cannot separate these programs. Decide them yourself with a reason.</source>
        <translation>Imbang di batas: aturan tidak dapat memisahkan program-program ini. Putuskan sendiri beserta alasannya.</translation>
    </message>
    <message>
        <source>The ranking changed since the rule was applied: apply it again.</source>
        <translation>Peringkat berubah sejak aturan diterapkan: terapkan lagi.</translation>
    </message>
    <message>
        <source>Scored on %1 of %2 criteria.</source>
        <translation>Dinilai pada %1 dari %2 kriteria.</translation>
    </message>
    <message>
        <source>Not ranked and not a priority by the rule until every criterion is scored.</source>
        <translation>Tidak diperingkat dan bukan prioritas menurut aturan sampai semua kriteria dinilai.</translation>
    </message>
    <message>
        <source>The score is not final.</source>
        <translation>Skor ini belum final.</translation>
    </message>
    <message>
        <source>(%1/%2) incomplete score: scored on %1 of %2 criteria.</source>
        <translation>(%1/%2) skor belum lengkap: dinilai pada %1 dari %2 kriteria.</translation>
    </message>
    <message>
        <source>Such a program gets no rank (—), is listed after the programs scored on every criterion, and the rule does not make it a priority until it is scored.</source>
        <translation>Program seperti itu tidak diberi peringkat (—), diletakkan setelah program yang dinilai pada semua kriteria, dan aturan tidak menjadikannya prioritas sampai semua kriteria dinilai.</translation>
    </message>
    <message>
        <source>The ranking by dots stands; the score is not final.</source>
        <translation>Peringkat menurut titik tetap berlaku; skornya belum final.</translation>
    </message>
    <message>
        <source>Priority: top %1 by dots</source>
        <translation>Prioritas: %1 teratas menurut titik</translation>
    </message>
    <message>
        <source>Priority: top %1 by score</source>
        <translation>Prioritas: %1 teratas menurut skor</translation>
    </message>
    <message>
        <source>Priority: %1 dots or more</source>
        <translation>Prioritas: %1 titik atau lebih</translation>
    </message>
    <message>
        <source>Priority: weighted score ≥ %1</source>
        <translation>Prioritas: skor berbobot ≥ %1</translation>
    </message>
    <message>
        <source>Priority: the facilitator&apos;s pick</source>
        <translation>Prioritas: pilihan fasilitator</translation>
    </message>
    <message>
        <source>Ranked by dots, then weighted score, then number of voters.</source>
        <translation>Diurutkan menurut titik, lalu skor berbobot, lalu jumlah pemilih.</translation>
    </message>
    <message>
        <source>Ranked by weighted score, then dots, then number of voters.</source>
        <translation>Diurutkan menurut skor berbobot, lalu titik, lalu jumlah pemilih.</translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <source>Readiness check</source>
        <translation>Pemeriksaan kesiapan</translation>
    </message>
    <message>
        <source>What to put right before making the kits. Press a line (or Tab to it and press Space) to open the page where it is fixed.</source>
        <translation>Hal yang perlu dibenahi sebelum membuat kit. Tekan sebuah baris (atau pindah ke sana dengan Tab lalu tekan Spasi) untuk membuka halaman tempat membenahinya.</translation>
    </message>
    <message>
        <source>No workshop file is open.</source>
        <translation>Belum ada berkas lokakarya yang terbuka.</translation>
    </message>
    <message>
        <source>Ready: nothing to put right before the kits.</source>
        <translation>Siap: tidak ada yang perlu dibenahi sebelum membuat kit.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to check before the kits:</source>
        <translation>
            <numerusform>%n hal yang perlu diperiksa sebelum membuat kit:</numerusform>
        </translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Lokakarya</translation>
    </message>
    <message>
        <source>Focus areas and groups</source>
        <translation>Fokus utama dan kelompok</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Voting rules</source>
        <translation>Aturan pemungutan suara</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>&amp;Report and print…</source>
        <translation>&amp;Laporan dan cetak…</translation>
    </message>
    <message>
        <source>Save report as &amp;PDF…</source>
        <translation>Simpan laporan sebagai &amp;PDF…</translation>
    </message>
    <message>
        <source>Plenary &amp;presentation</source>
        <translation>Pemaparan &amp;hasil pleno</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Laporan tidak tersimpan</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Laporan tersimpan di %1</translation>
    </message>
    <message>
        <source>The presentation cannot start</source>
        <translation>Pemaparan tidak dapat dimulai</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Save the report as PDF</source>
        <translation>Simpan laporan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report — print or save the summary</source>
        <translation>Laporan — cetak atau simpan ringkasan</translation>
    </message>
    <message>
        <source>The whole workshop</source>
        <translation>Seluruh lokakarya</translation>
    </message>
    <message>
        <source>This group only: %1</source>
        <translation>Hanya kelompok ini: %1</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Cakupan:</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Perkecil (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Perbesar (Ctrl++)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Ce&amp;tak…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Simpan sebagai P&amp;DF…</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Menyiapkan laporan…</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 halaman</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>Laporan tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Mencetak…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Mencetak halaman %1 dari %2…</translation>
    </message>
    <message>
        <source>The printer could not be started: %1</source>
        <translation>Printer tidak dapat dijalankan: %1</translation>
    </message>
    <message>
        <source>%1 pages sent to the printer.</source>
        <translation>%1 halaman dikirim ke printer.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Tersimpan di %1</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>no limit</source>
        <translation>tanpa batas</translation>
    </message>
    <message>
        <source>by score on the criteria</source>
        <translation>menurut skor pada kriteria</translation>
    </message>
    <message>
        <source>by dots</source>
        <translation>menurut titik</translation>
    </message>
    <message>
        <source>threshold: every program reaching it</source>
        <translation>ambang batas: setiap program yang mencapainya</translation>
    </message>
    <message>
        <source>top N: the N ranked highest</source>
        <translation>N teratas: N program dengan peringkat tertinggi</translation>
    </message>
    <message>
        <source>the facilitator&apos;s pick</source>
        <translation>pilihan fasilitator</translation>
    </message>
    <message>
        <source>Sa&amp;ve rules</source>
        <translation>Simpan at&amp;uran</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>&amp;Dots per participant</source>
        <translation>&amp;Titik per peserta</translation>
    </message>
    <message>
        <source>&amp;Most dots on one program</source>
        <translation>Titik &amp;maksimum per program</translation>
    </message>
    <message>
        <source>&amp;Lowest score</source>
        <translation>Skor te&amp;rendah</translation>
    </message>
    <message>
        <source>&amp;Highest score</source>
        <translation>Skor tert&amp;inggi</translation>
    </message>
    <message>
        <source>&amp;Rank programs</source>
        <translation>&amp;Peringkat program</translation>
    </message>
    <message>
        <source>&amp;Priority rule</source>
        <translation>&amp;Aturan prioritas</translation>
    </message>
    <message>
        <source>&amp;N (top N)</source>
        <translation>&amp;N (N teratas)</translation>
    </message>
    <message>
        <source>&amp;Threshold</source>
        <translation>Ambang &amp;batas</translation>
    </message>
    <message>
        <source>What the rule will do</source>
        <translation>Yang akan dilakukan aturan ini</translation>
    </message>
    <message>
        <source>Voting rules</source>
        <translation>Aturan pemungutan suara</translation>
    </message>
    <message>
        <source>How the rooms vote and which programs become priority programs. The preview shows what the rule does on an example before you save it.</source>
        <translation>Cara ruang-ruang memberi suara dan program mana yang menjadi program prioritas. Pratinjau menunjukkan hasil aturan pada sebuah contoh sebelum Anda menyimpannya.</translation>
    </message>
    <message>
        <source>Change the voting rules</source>
        <translation>Ubah aturan pemungutan suara</translation>
    </message>
    <message>
        <source>at most %1 on one program</source>
        <translation>paling banyak %1 pada satu program</translation>
    </message>
    <message>
        <source>as many as they like on one program</source>
        <translation>sebanyak yang ia mau pada satu program</translation>
    </message>
    <message>
        <source>Each participant has %1 dots to give, %2. Programs are ranked by dots.</source>
        <translation>Setiap peserta punya %1 titik untuk diberikan, %2. Program diperingkat menurut jumlah titik.</translation>
    </message>
    <message>
        <source>Each program is scored from %1 to %2 on every criterion; programs are ranked by their weighted score.</source>
        <translation>Setiap program diberi skor %1 sampai %2 pada setiap kriteria; program diperingkat menurut skor berbobotnya.</translation>
    </message>
    <message>
        <source>The %1 programs ranked highest become priority programs; a tie at the cut-off is left to the facilitator.</source>
        <translation>%1 program dengan peringkat tertinggi menjadi program prioritas; nilai seri di batas potong diputuskan oleh fasilitator.</translation>
    </message>
    <message>
        <source>dots</source>
        <translation>titik</translation>
    </message>
    <message>
        <source>score</source>
        <translation>skor</translation>
    </message>
    <message>
        <source>Every program with a %1 of at least %2 becomes a priority program.</source>
        <translation>Setiap program dengan %1 paling sedikit %2 menjadi program prioritas.</translation>
    </message>
    <message>
        <source>The facilitator picks the priority programs; the ranking only guides the room.</source>
        <translation>Fasilitator memilih program prioritas; peringkat hanya menjadi panduan bagi ruangan.</translation>
    </message>
    <message>
        <source>Example, five programs:</source>
        <translation>Contoh, lima program:</translation>
    </message>
    <message>
        <source>%1 dots</source>
        <translation>%1 titik</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>skor %1</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioritas</translation>
    </message>
    <message>
        <source>%1. Program %2 (%3): %4</source>
        <translation>%1. Program %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>ScoreMatrixModel</name>
    <message>
        <source>The mean of personal scores (%1 given); type a value to agree one score.</source>
        <translation>Rata-rata skor perorangan (%1 diberikan); ketik nilai untuk menyepakati satu skor.</translation>
    </message>
    <message>
        <source>Weighted
score</source>
        <translation>Skor
berbobot</translation>
    </message>
    <message>
        <source>%1
× %2</source>
        <translation>%1
× %2</translation>
    </message>
    <message>
        <source>%1 (weight %2)
%3</source>
        <translation>%1 (bobot %2)
%3</translation>
    </message>
</context>
<context>
    <name>ScoresTab</name>
    <message>
        <source>Lock the criteria &amp;now</source>
        <translation>Kunci kriteria seka&amp;rang</translation>
    </message>
    <message>
        <source>&amp;Go to criteria</source>
        <translation>Ke tahap &amp;kriteria</translation>
    </message>
    <message>
        <source>Type the score the group agrees, from %1 to %2 (3.5 or 3,5 also work); Delete clears it. Grey italic values are the mean of personal scores.</source>
        <translation>Ketik skor yang disepakati kelompok, dari %1 sampai %2 (3,5 atau 3.5 juga bisa); Delete mengosongkannya. Angka miring abu-abu adalah rata-rata skor perorangan.</translation>
    </message>
    <message>
        <source>No candidates yet: add programs in step 3.</source>
        <translation>Belum ada kandidat: tambahkan program di tahap 3.</translation>
    </message>
    <message>
        <source>No criteria yet: agree them in step 2 and lock them, then score here.</source>
        <translation>Belum ada kriteria: sepakati dan kunci di tahap 2, lalu beri skor di sini.</translation>
    </message>
    <message>
        <source>The criteria are not locked yet. Scores are given against a fixed list: lock the criteria first.</source>
        <translation>Kriteria belum dikunci. Skor diberikan atas daftar yang tetap: kunci kriteria terlebih dahulu.</translation>
    </message>
    <message>
        <source>%1 of %2 programs scored on every criterion</source>
        <translation>%1 dari %2 program sudah diberi skor pada semua kriteria</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Merged %1. Earlier edits can still be undone, except where the merge changed the same records.</source>
        <translation>%1 sudah digabungkan. Perubahan sebelumnya masih dapat dibatalkan, kecuali bila penggabungan mengubah data yang sama.</translation>
    </message>
</context>
<context>
    <name>SetupTables</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Stakeholder kind</source>
        <translation>Jenis pemangku kepentingan</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Fokus utama</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
</context>
<context>
    <name>SetupWindow</name>
    <message>
        <source>Prepare &amp;workshop…</source>
        <translation>&amp;Siapkan lokakarya…</translation>
    </message>
    <message>
        <source>The secretariat&apos;s desk: workshop, focus areas and groups, rules, readiness, kits</source>
        <translation>Meja sekretariat: lokakarya, fokus utama dan kelompok, aturan, kesiapan, kit</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Jendela</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>T&amp;utup</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Batalkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>This page is not part of the desk yet.</source>
        <translation>Halaman ini belum ada di meja persiapan.</translation>
    </message>
    <message>
        <source>Prepare workshop</source>
        <translation>Siapkan lokakarya</translation>
    </message>
    <message>
        <source>Prepare workshop — %1</source>
        <translation>Siapkan lokakarya — %1</translation>
    </message>
    <message>
        <source>Workshop file: %1. Every change is saved at once.</source>
        <translation>Berkas lokakarya: %1. Setiap perubahan langsung tersimpan.</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Tersimpan pukul %1</translation>
    </message>
</context>
<context>
    <name>SlideMaker</name>
    <message>
        <source>Illustrative data</source>
        <translation>Data ilustratif</translation>
    </message>
    <message>
        <source>Plenary summary</source>
        <translation>Ringkasan pleno</translation>
    </message>
    <message>
        <source>The workshop has no groups yet.</source>
        <translation>Lokakarya ini belum memiliki kelompok.</translation>
    </message>
    <message>
        <source>%1 distinct priority programs (%2 group decisions)</source>
        <translation>%1 program prioritas berbeda (%2 keputusan kelompok)</translation>
    </message>
    <message>
        <source>Overview by focus area</source>
        <translation>Ringkasan per fokus utama</translation>
    </message>
    <message>
        <source>Focus area %1: %2</source>
        <translation>Fokus utama %1: %2</translation>
    </message>
    <message>
        <source>Elements and targets</source>
        <translation>Elemen dan target</translation>
    </message>
    <message>
        <source>The group has chosen no elements.</source>
        <translation>Kelompok belum memilih elemen.</translation>
    </message>
    <message>
        <source>C%1</source>
        <translation>K%1</translation>
    </message>
    <message>
        <source>Criteria and weights</source>
        <translation>Kriteria dan bobot</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <source>The group has agreed no criteria.</source>
        <translation>Kelompok belum menyepakati kriteria.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Titik</translation>
    </message>
    <message>
        <source>Priority programs</source>
        <translation>Program prioritas</translation>
    </message>
    <message>
        <source>The group chose no priority programs.</source>
        <translation>Kelompok tidak memilih program prioritas.</translation>
    </message>
    <message>
        <source>⚠ %1 decisions were taken before the latest votes: apply the rule again.</source>
        <translation>⚠ %1 keputusan diambil sebelum suara terakhir: terapkan aturan lagi.</translation>
    </message>
    <message>
        <source>Ranking so far</source>
        <translation>Peringkat sementara</translation>
    </message>
    <message>
        <source>Not decided yet: the top of the ranking.</source>
        <translation>Belum diputuskan: urutan teratas peringkat.</translation>
    </message>
    <message>
        <source>The group has no candidate programs yet.</source>
        <translation>Kelompok belum memiliki program kandidat.</translation>
    </message>
    <message>
        <source>✎ Left out by the facilitator: %1</source>
        <translation>✎ Dikeluarkan fasilitator: %1</translation>
    </message>
    <message>
        <source>(%1/%2) incomplete score: scored on %1 of %2 criteria; not ranked and not a priority by the rule until every criterion is scored.</source>
        <translation>(%1/%2) skor belum lengkap: dinilai pada %1 dari %2 kriteria; tidak diperingkat dan bukan prioritas menurut aturan sampai semua kriteria dinilai.</translation>
    </message>
    <message>
        <source>%1 incomplete score</source>
        <translation>%1 skor belum lengkap</translation>
    </message>
    <message>
        <source>⚠ decision out of date</source>
        <translation>⚠ keputusan usang</translation>
    </message>
    <message>
        <source>facilitator&apos;s decision</source>
        <translation>keputusan fasilitator</translation>
    </message>
    <message>
        <source>No dots have been given yet.</source>
        <translation>Belum ada titik yang diberikan.</translation>
    </message>
    <message>
        <source>The %1 programs with the most dots, of %2 that got dots.</source>
        <translation>%1 program dengan titik terbanyak, dari %2 program yang mendapat titik.</translation>
    </message>
    <message>
        <source>priority program</source>
        <translation>program prioritas</translation>
    </message>
    <message>
        <source>other program</source>
        <translation>program lain</translation>
    </message>
    <message>
        <source>Dot votes</source>
        <translation>Suara titik</translation>
    </message>
    <message>
        <source>No program was prioritised by more than one group.</source>
        <translation>Tidak ada program yang diprioritaskan oleh lebih dari satu kelompok.</translation>
    </message>
    <message>
        <source>Programs prioritised by more than one group</source>
        <translation>Program yang diprioritaskan oleh lebih dari satu kelompok</translation>
    </message>
    <message>
        <source>Across groups</source>
        <translation>Lintas kelompok</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Kelompok</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Tambah %1</translation>
    </message>
    <message>
        <source>Reported in 2018</source>
        <translation>Dilaporkan 2018</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
</context>
<context>
    <name>TargetForm</name>
    <message>
        <source>New target</source>
        <translation>Target baru</translation>
    </message>
    <message>
        <source>What the city wants to achieve</source>
        <translation>Apa yang ingin dicapai kota</translation>
    </message>
    <message>
        <source>How progress is measured</source>
        <translation>Cara mengukur kemajuan</translation>
    </message>
    <message>
        <source>Where it stands now</source>
        <translation>Kondisi saat ini</translation>
    </message>
    <message>
        <source>The value to reach</source>
        <translation>Nilai yang ingin dicapai</translation>
    </message>
    <message>
        <source>e.g. 2030</source>
        <translation>mis. 2030</translation>
    </message>
    <message>
        <source>Lead agency (OPD)</source>
        <translation>Instansi utama (OPD)</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Tambah target</translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation>&amp;Rumusan</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation>&amp;Indikator</translation>
    </message>
    <message>
        <source>&amp;Baseline</source>
        <translation>&amp;Kondisi awal</translation>
    </message>
    <message>
        <source>&amp;Target value</source>
        <translation>Nilai tar&amp;get</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>Tah&amp;un</translation>
    </message>
    <message>
        <source>Responsible a&amp;gency</source>
        <translation>Instansi penanggung &amp;jawab</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Kondisi awal</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Nilai target</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Responsible agency</source>
        <translation>Penanggung jawab</translation>
    </message>
</context>
<context>
    <name>VotesPage</name>
    <message>
        <source>Voting is closed: dots and scores are frozen. Reopen the voting to change them.</source>
        <translation>Pemungutan suara sudah ditutup: titik dan skor terkunci. Buka kembali pemungutan suara untuk mengubahnya.</translation>
    </message>
    <message>
        <source>Words from a title or agency</source>
        <translation>Kata dari judul atau instansi</translation>
    </message>
    <message>
        <source>F&amp;ind a program</source>
        <translation>&amp;Cari program</translation>
    </message>
    <message>
        <source>&amp;Dots</source>
        <translation>T&amp;itik</translation>
    </message>
    <message>
        <source>&amp;Scores</source>
        <translation>Sk&amp;or</translation>
    </message>
    <message>
        <source>Ran&amp;king and priority</source>
        <translation>&amp;Peringkat dan prioritas</translation>
    </message>
    <message>
        <source>Close voting</source>
        <translation>Tutup pemungutan suara</translation>
    </message>
    <message>
        <source>Freeze the group&apos;s dots and scores; the projector then shows the results</source>
        <translation>Kunci titik dan skor kelompok; proyektor lalu menampilkan hasilnya</translation>
    </message>
    <message>
        <source>Reopen voting…</source>
        <translation>Buka kembali pemungutan suara…</translation>
    </message>
    <message>
        <source>Votes and priority</source>
        <translation>Penilaian dan prioritas</translation>
    </message>
    <message>
        <source>Let each person place their dots, then agree a score per criterion; apply the rule, decide ties and exceptions with a reason, and say why.</source>
        <translation>Persilakan tiap orang memberikan titiknya, lalu sepakati skor per kriteria; terapkan aturan, putuskan hasil imbang dan pengecualian beserta alasannya, dan tulis dasar pertimbangannya.</translation>
    </message>
    <message>
        <source>Voting closed at %1: dots and scores are frozen, and the projector shows the results.</source>
        <translation>Pemungutan suara ditutup pukul %1: titik dan skor terkunci, dan proyektor menampilkan hasilnya.</translation>
    </message>
    <message>
        <source>Voting is open. Close it when everyone has placed their dots and the scores are agreed: they then freeze.</source>
        <translation>Pemungutan suara terbuka. Tutup setelah semua orang memberi titik dan skor disepakati; keduanya lalu terkunci.</translation>
    </message>
    <message>
        <source>Reopen voting</source>
        <translation>Buka kembali pemungutan suara</translation>
    </message>
    <message>
        <source>Reopen this group&apos;s voting? Dots and scores can then be changed again.</source>
        <translation>Buka kembali pemungutan suara kelompok ini? Titik dan skor dapat diubah lagi.</translation>
    </message>
    <message>
        <source>&amp;Reopen voting</source>
        <translation>&amp;Buka kembali</translation>
    </message>
    <message>
        <source>The reopening is recorded in the file, with the time.</source>
        <translation>Pembukaan kembali dicatat di berkas, beserta waktunya.</translation>
    </message>
    <message>
        <source>%1: %2 dots on %3</source>
        <translation>%1: %2 titik untuk %3</translation>
    </message>
    <message>
        <source>Score on %1</source>
        <translation>Skor untuk %1</translation>
    </message>
    <message>
        <source>Lock criteria</source>
        <translation>Kunci kriteria</translation>
    </message>
    <message>
        <source>%1 of %2 people have voted</source>
        <translation>%1 dari %2 orang sudah memberi suara</translation>
    </message>
    <message>
        <source>Dots placed: %1</source>
        <translation>Titik diberikan: %1</translation>
    </message>
    <message>
        <source>Programs on the list: %1</source>
        <translation>Program dalam daftar: %1</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <source>Preset: %1</source>
        <translation>Templat: %1</translation>
    </message>
    <message>
        <source>Like an earlier workshop (setup only, no people or results)</source>
        <translation>Seperti lokakarya sebelumnya (hanya persiapannya, tanpa peserta atau hasil)</translation>
    </message>
    <message>
        <source>C&amp;reate workshop file…</source>
        <translation>&amp;Buat berkas lokakarya…</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Lokakarya baru</translation>
    </message>
    <message>
        <source>&amp;Start from</source>
        <translation>Mu&amp;lai dari</translation>
    </message>
    <message>
        <source>New &amp;title</source>
        <translation>J&amp;udul baru</translation>
    </message>
    <message>
        <source>New d&amp;ate</source>
        <translation>T&amp;anggal baru</translation>
    </message>
    <message>
        <source>e.g. preliminary, final</source>
        <translation>misalnya pendahuluan, final</translation>
    </message>
    <message>
        <source>Sa&amp;ve details</source>
        <translation>Simpan &amp;rincian</translation>
    </message>
    <message>
        <source>This workshop</source>
        <translation>Lokakarya ini</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>Ju&amp;dul</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>Ve&amp;nue</source>
        <translation>Te&amp;mpat</translation>
    </message>
    <message>
        <source>&amp;Organiser</source>
        <translation>&amp;Penyelenggara</translation>
    </message>
    <message>
        <source>Sta&amp;ge</source>
        <translation>Ta&amp;hap</translation>
    </message>
    <message>
        <source>&amp;Language of the record</source>
        <translation>Bahasa &amp;catatan</translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <translation>Des&amp;kripsi</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Lokakarya</translation>
    </message>
    <message>
        <source>Start the workshop file from a preset or like an earlier workshop, then give its title, date, venue, organiser and description. Every change is saved at once.</source>
        <translation>Mulai berkas lokakarya dari templat atau seperti lokakarya sebelumnya, lalu isi judul, tanggal, tempat, penyelenggara, dan deskripsinya. Setiap perubahan langsung tersimpan.</translation>
    </message>
    <message>
        <source>No workshop file is open: start one on the right.</source>
        <translation>Belum ada berkas lokakarya yang terbuka: mulai yang baru di sebelah kanan.</translation>
    </message>
    <message>
        <source>Workshop file: %1</source>
        <translation>Berkas lokakarya: %1</translation>
    </message>
    <message>
        <source>Edit workshop details</source>
        <translation>Ubah rincian lokakarya</translation>
    </message>
    <message>
        <source>The earlier workshop</source>
        <translation>Lokakarya sebelumnya</translation>
    </message>
    <message>
        <source>Workshop files (*.jakres)</source>
        <translation>Berkas lokakarya (*.jakres)</translation>
    </message>
    <message>
        <source>Keep the new workshop in</source>
        <translation>Simpan lokakarya baru di</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Import from CSV/XLSX</source>
        <translation>Impor dari CSV/XLSX</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>Lembar kerja (*.csv *.txt *.xlsx *.xlsm);;Semua berkas (*)</translation>
    </message>
</context>
</TS>
