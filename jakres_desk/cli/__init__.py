"""Command-line front end over the core services.

Exit codes: 0 success; 1 bad input (one line on stderr naming the file, row or
field and what is wrong); 2 usage. A JakresError never reaches the user as a
traceback.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jakres_desk import __version__
from jakres_desk.base import i18n
from jakres_desk.base.errors import JakresError, ValidationError
from jakres_desk.cli import consolidate, reading
from jakres_desk.core.device import device_id

if TYPE_CHECKING:
    from jakres_desk.store.db import JakresFile

log = logging.getLogger("jakres_desk.cli")
Handler = Callable[[argparse.Namespace], int]


def open_file(path: Path, device_id: str) -> JakresFile:
    """store.db.open_file, loaded on first use: `jakres-desk gui` shows its window before
    SQLAlchemy is imported."""
    from jakres_desk.store.db import open_file as open_checked

    return open_checked(path, device_id=device_id)


class UsageError(Exception):
    """A command line that does not make sense (exit code 2)."""


class Parser(argparse.ArgumentParser):
    """argparse with usage errors raised, so main() decides the exit code."""

    def error(self, message: str) -> Any:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise UsageError(f"{self.prog}: {message}")


def _say(text: str) -> None:
    print(text, file=sys.stderr)


def cmd_new(args: argparse.Namespace) -> int:
    """Create an empty workshop from a preset."""
    from jakres_desk.core.services.workshops import create_workshop

    if args.like is not None:
        return _new_like(args)
    try:
        f = create_workshop(
            args.out,
            device_id=device_id(),
            title=args.title,
            date=args.date,
            venue=args.venue or "",
            organiser=args.organiser or "",
            preset=args.preset,
        )
    except ValidationError as exc:
        if exc.field in ("title", "date", "venue", "organiser", "preset"):
            exc.where = f"--{exc.field}"  # on the command line, name the option
        raise
    f.close()
    print(args.out)
    return 0


def _new_like(args: argparse.Namespace) -> int:
    """`new OUT --like EARLIER`: the earlier workshop's setup, without people or results."""
    from jakres_desk.core.setup.like_last import create_like

    with open_file(args.like, device_id=device_id()) as earlier:
        try:
            f = create_like(
                args.out,
                earlier,
                device_id=device_id(),
                title=args.title,
                date=args.date,
                venue=args.venue,
                organiser=args.organiser,
            )
        except ValidationError as exc:
            if exc.field in ("title", "date", "venue", "organiser", "like"):
                exc.where = f"--{exc.field}" if exc.field != "like" else str(args.like)
            raise
    f.close()
    print(args.out)
    return 0


def _size(n: int) -> str:
    return f"{n / 1024:.0f} KiB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MiB"


def cmd_kit(args: argparse.Namespace) -> int:
    """Write the facilitator file(s) for the breakout rooms."""
    from jakres_desk.core.exchange import kit
    from jakres_desk.core.services.groups import find_group

    with open_file(args.file, device_id=device_id()) as f:
        if args.all:
            written = kit.write_all_kits(f, args.output)
        else:
            group = find_group(f, args.group)
            written = [kit.write_kit(f, args.output, group_id=group.id)]
    for info in written:
        print(f"{info.path}\t{_size(info.size)}\tsha256 {info.sha256}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write the whole file in another form, chosen by the output's suffix."""
    from jakres_desk.core.exchange import jsonfile as jsonform

    suffix = args.output.suffix.lower()
    if suffix != ".json":  # openpyxl and the sheets only for a workbook or CSV
        from jakres_desk.report import sheets
    if suffix != ".json" and suffix not in sheets.SUFFIXES:
        known = ", ".join((".json", *sheets.SUFFIXES))
        raise ValidationError(
            "bad_choice", field="-o", value=suffix or str(args.output), known=known
        )
    with open_file(args.file, device_id=device_id()) as f:
        if suffix == ".json":
            jsonform.write_json(f, args.output)
            written = [args.output]
        else:  # sheet names and headers in the --lang language
            written = sheets.write_sheets(f, args.output)
    for path in written:
        print(path)
    return 0


def cmd_load(args: argparse.Namespace) -> int:
    """Make a .jakres file from the JSON form."""
    from jakres_desk.core.exchange import jsonfile as jsonform

    jsonform.load_json(args.source, args.output, device_id=device_id()).close()
    print(args.output)
    return 0


def _import(args: argparse.Namespace, which: str) -> int:
    from jakres_desk.core.intake import findings as importreport
    from jakres_desk.core.intake import imports as importing

    run = importing.import_participants if which == "participants" else importing.import_programs
    mapping = _column_mapping(args.column or [])
    with open_file(args.file, device_id=device_id()) as f:
        try:
            report = run(
                f,
                args.source,
                skip_invalid=args.skip_invalid,
                columns=mapping,
                header_line=args.header_row,
            )
        except importreport.ImportRejected as exc:
            _say(f"jakres-desk: {exc.message()}")
            for problem in exc.report.errors:
                _say(importreport.format_row_error(args.source, problem))
            return 1
    for line, note in report.notes:
        _say(importreport.format_note(args.source, line, note))
    for problem in report.errors:
        _say(importreport.format_row_error(args.source, problem))
    for line, what in report.duplicates:
        _say(importreport.format_duplicate(args.source, line, what))
    print(importreport.format_summary(report))
    return 0


def _column_mapping(pairs: list[str]) -> dict[str, str]:
    """`--column "OPD Pelaksana=agency"` options as {header: field}."""
    mapping = {}
    for pair in pairs:
        header, sep, target = pair.rpartition("=")
        if not sep or not header.strip() or not target.strip():
            raise ValidationError("import_bad_mapping", value=pair)
        mapping[header.strip()] = target.strip()
    return mapping


def cmd_import_participants(args: argparse.Namespace) -> int:
    """Read participants from CSV or XLSX."""
    return _import(args, "participants")


def cmd_import_programs(args: argparse.Namespace) -> int:
    """Read the catalogue of existing programs from CSV or XLSX."""
    return _import(args, "programs")


def demo_path() -> Path:
    """The demo workshop in the user's data folder, written the first time it is asked for."""
    from jakres_desk.core.demo import build_demo
    from jakres_desk.core.device import data_dir

    path = data_dir() / "demo-2018.jakres"
    if not path.exists():
        build_demo(path, device_id=device_id()).close()
    return path


def cmd_gui(args: argparse.Namespace) -> int:
    """Open the main window (on the demo workshop with --demo)."""
    from jakres_desk.ui_launch import has_screen

    path = demo_path() if args.demo else args.file
    if not has_screen():
        return headless_main_job(path)
    from jakres_desk.ui.app import run as run_gui

    return run_gui(path)


def headless_main_job(path: Path | None) -> int:
    """Without a screen: describe the workshop and print its plenary summary as a PDF."""
    from jakres_desk.core.services.summary import describe
    from jakres_desk.report.pdf import write_report

    _say(
        "jakres-desk: no screen here (no DISPLAY or WAYLAND_DISPLAY); "
        "writing the plenary summary PDF instead of opening the window"
    )
    if path is None:
        return 0
    out = Path.cwd() / f"{path.stem}-summary.pdf"
    with open_file(path, device_id=device_id()) as f:
        print(reading.format_info(describe(f)))
        write_report(f, out, lang=i18n.current_language())
    print(out)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Write the built-in 2018 demo workshop."""
    from jakres_desk.core.demo import build_demo

    build_demo(args.out, device_id=device_id()).close()
    print(args.out)
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    """Merge the groups' files into the master workshop file, each checked first."""
    from jakres_desk.base.messages import MESSAGES
    from jakres_desk.core.merge import run as merge

    if args.adopt and len(args.groups) != 1:
        _say(f"jakres-desk merge: {MESSAGES['adopt_one_file'][i18n.current_language()]}")
        return 2
    if args.adopt:
        lines = _merge_adopting(args)
    else:
        # The merge is SQL on raw connections: the master is opened without the ORM.
        from jakres_desk.store.plain import open_plain

        with open_plain(args.master, device_id=device_id()) as plain:
            plain.check_writable()  # a read-only master: one line, not one refusal per file
            lines = merge.merge_files(plain, args.groups)
    reading.print_log(lines, as_json=args.json)
    refused = [line for line in lines if line.status == "refused"]
    for line in refused:
        _say(f"jakres-desk: {line.message}")
    return 1 if refused else 0


def _merge_adopting(args: argparse.Namespace) -> list[Any]:
    """`merge --adopt GROUP`: the group is found by name or number (core services, ORM)."""
    from jakres_desk.core.merge import run as merge
    from jakres_desk.core.services.groups import find_group

    with open_file(args.master, device_id=device_id()) as f:
        f.check_writable()
        adopt = find_group(f, args.adopt).id
        return merge.merge_files(f, args.groups, adopt_group_id=adopt)


COMMANDS: dict[str, Handler] = {
    "new": cmd_new,
    "kit": cmd_kit,
    "export": cmd_export,
    "load": cmd_load,
    "demo": cmd_demo,
    "import-participants": cmd_import_participants,
    "import-programs": cmd_import_programs,
    "gui": cmd_gui,
    "merge": cmd_merge,
}


def build_parser() -> Parser:
    """The argument parser with every sub-command."""
    p = Parser(prog="jakres-desk", description="Resilient Jakarta workshop desk")
    p.add_argument("--version", action="version", version=f"jakres-desk {__version__}")
    p.add_argument("--lang", choices=i18n.LANGUAGES, help="language of messages (id, en)")
    sub = p.add_subparsers(dest="command", parser_class=Parser)
    new = sub.add_parser("new", help="create an empty workshop")
    new.add_argument("out", type=Path)
    new.add_argument("--title", required=True)
    new.add_argument("--date", required=True, help="YYYY-MM-DD")
    new.add_argument("--venue")
    new.add_argument("--organiser")
    new.add_argument("--preset", default="jakarta-2018", choices=("jakarta-2018", "crf"))
    new.add_argument(
        "--like",
        type=Path,
        metavar="EARLIER.jakres",
        help="copy focus areas, groups, rules and catalogue from an earlier workshop "
        "(no people, no results)",
    )
    kit = sub.add_parser("kit", help="write facilitator files for the breakout rooms")
    kit.add_argument("file", type=Path)
    which = kit.add_mutually_exclusive_group(required=True)
    which.add_argument("--group", help="the group's name or focus-area number")
    which.add_argument("--all", action="store_true", help="one file per group into a folder")
    kit.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        help="the kit file (--group) or a folder (--all)",
    )
    export = sub.add_parser("export", help="write the whole file as JSON")
    export.add_argument("file", type=Path)
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        help="OUT.json, OUT.xlsx (one sheet per table) or OUT.csv (OUT-<table>.csv files)",
    )
    load = sub.add_parser("load", help="make a .jakres file from its JSON form")
    load.add_argument("source", type=Path, help="IN.json")
    load.add_argument("-o", "--output", type=Path, required=True, help="OUT.jakres")
    for name, what in (
        ("import-participants", "participants (name, organisation, kind, group)"),
        ("import-programs", "the program catalogue (title, agency, description, focus areas)"),
    ):
        imp = sub.add_parser(name, help=f"read {what} from CSV or XLSX")
        imp.add_argument("file", type=Path)
        imp.add_argument("source", type=Path, help="a .csv or .xlsx file")
        imp.add_argument(
            "--skip-invalid", action="store_true", help="import the good rows and list the bad ones"
        )
        imp.add_argument(
            "--column",
            action="append",
            metavar="HEADER=FIELD",
            help="read the column HEADER as FIELD (a field name or an accepted header), "
            "or HEADER=- to leave it out; may be repeated",
        )
        imp.add_argument(
            "--header-row",
            type=int,
            metavar="N",
            help="the header is on line (CSV) or row (XLSX) N; rows above it are not imported",
        )
    gui = sub.add_parser("gui", help="open the main window (the default)")
    gui.add_argument("file", type=Path, nargs="?")
    gui.add_argument("--demo", action="store_true", help="open the built-in 2018 demo workshop")
    demo = sub.add_parser("demo", help="write the built-in 2018 demo workshop")
    demo.add_argument("out", type=Path)
    mrg = sub.add_parser("merge", help="merge the groups' files into the master workshop file")
    mrg.add_argument("master", type=Path, help="the master workshop file")
    mrg.add_argument("groups", type=Path, nargs="+", help="group files (kits) to merge")
    mrg.add_argument("--json", action="store_true", help="print the log lines as one JSON array")
    mrg.add_argument("--adopt", metavar="GROUP", help="adopt a session of another workshop")
    for extra in EXTRA_PARSERS:
        extra(sub)
    return p


# Sub-commands kept in modules of their own, by job.
EXTRA_PARSERS: list[Callable[[Any], None]] = [reading.add_parsers, consolidate.add_parsers]
COMMANDS.update(reading.COMMANDS)
COMMANDS.update(consolidate.COMMANDS)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        _say(str(exc))
        return 2
    i18n.set_language(args.lang)
    if args.command is None:
        args = parser.parse_args(["gui"])
    if args.command != "gui":  # the GUI starts its log after its first frame is painted
        from jakres_desk.core import applog

        applog.setup()
    log.info("%s %s", args.command, " ".join(argv if argv is not None else sys.argv[1:]))
    try:
        code = COMMANDS[args.command](args)
    except JakresError as exc:
        log.warning("%s refused: %s", args.command, exc.message())
        _say(f"jakres-desk: {exc.message()}")
        return 1
    except KeyboardInterrupt:
        _say("jakres-desk: interrupted")
        return 1
    except BrokenPipeError:
        # The reader went away (`info --json | head`): what it wanted was printed.
        # Point stdout at nothing so Python's own flush at exit does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    log.info("%s ended with exit code %s", args.command, code)
    if argv is None:
        _ending()
    return code


def _ending() -> None:
    """The process ends when main returns (the console script, `python -m`): let it end fast.

    At exit Python clears every module and runs its cycle collector over every object
    still alive, only for the OS to free the memory a moment later: after a report,
    about 90 ms of CPU (measured: 109 ms from main's return to the end, 19 ms frozen).
    Frozen, they are left out of those collections. Files, the log and the workshop are
    closed or flushed before this (by the commands, and atexit); nothing is written at
    exit. Only when main runs as the process (argv None), never inside tests.
    """
    gc.freeze()
