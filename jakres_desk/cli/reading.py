"""The commands that read a workshop without changing it: `info`, `log`, `report`.

Each reads through store/glance.py (bare sqlite3, no ORM), after the checks opening
a file makes.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from jakres_desk.base import i18n
from jakres_desk.core.device import device_id


def cmd_info(args: argparse.Namespace) -> int:
    """Describe a file (read without the ORM: see store/glance.py)."""
    from jakres_desk.core.services.glance import describe
    from jakres_desk.store.glance import glance

    with glance(args.file, device_id=device_id()) as con:
        info = describe(con)
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
    else:
        print(format_info(info))
    return 0


def format_info(info: dict[str, Any]) -> str:
    """The info object as lines a person reads."""
    ws = info["workshop"]
    id_ = i18n.current_language() == "id"
    lines = [
        f"{ws['title']} — {ws['date']}" + (f", {ws['venue']}" if ws["venue"] else ""),
        ("Revisi skema" if id_ else "Schema revision") + f": {info['schema_revision']}",
    ]
    head = (
        (
            "kelompok",
            "fokus",
            "peserta",
            "hadir",
            "elemen",
            "target",
            "kriteria",
            "kandidat",
            "prioritas",
            "titik",
            "nilai",
        )
        if id_
        else (
            "group",
            "focus",
            "people",
            "present",
            "elements",
            "targets",
            "criteria",
            "candidates",
            "priority",
            "dots",
            "scores",
        )
    )
    lines.append("  ".join(f"{h:>10}" for h in head))
    for g in info["groups"]:
        cells = [
            g["name"],
            g["focus_area"] or "-",
            g["participants"],
            g["present"],
            g["elements"],
            g["targets"],
            g["criteria"],
            g["candidates"],
            g["priority_programs"],
            g["dot_votes"],
            g["scores"],
        ]
        lines.append("  ".join(f"{str(c):>10}" for c in cells))
    for g in info["groups"]:
        if g.get("stale_decisions"):
            n = g["stale_decisions"]
            lines.append(
                f"{g['name']}: {n} keputusan aturan tidak lagi sesuai dengan peringkat; "
                "terapkan aturan lagi."
                if id_
                else f"{g['name']}: {n} rule decisions no longer match the ranking; "
                "apply the rule again."
            )
    return "\n".join(lines)


def cmd_log(args: argparse.Namespace) -> int:
    """Print the master's import log."""
    from jakres_desk.base.messages import MESSAGES
    from jakres_desk.core.merge import log as importlog
    from jakres_desk.store.glance import glance

    with glance(args.master, device_id=device_id()) as con:
        lines = importlog.lines_in(con)
    if not lines and not args.json:
        print(MESSAGES["log_empty"][i18n.current_language()])
    print_log(lines, as_json=args.json)
    return 0


def print_log(lines: Sequence[Any], *, as_json: bool) -> None:
    """The import log's lines, as text or one JSON array (`log`, `merge`)."""
    from jakres_desk.core.merge import log as importlog

    if as_json:
        print(json.dumps([line.as_json() for line in lines], ensure_ascii=False, indent=2))
        return
    for line in lines:
        print(importlog.summary(line))
        for detail in importlog.conflict_lines(line) + importlog.refusal_lines(line):
            print(f"  {detail}")


def cmd_report(args: argparse.Namespace) -> int:
    """Write the plenary summary PDF (of the whole workshop, or of one group)."""
    from jakres_desk.core.services.sql_reads import find_group
    from jakres_desk.report.pdf import write_report
    from jakres_desk.store.glance import glance

    if args.report_lang and args.lang is None:
        i18n.set_language(args.report_lang)  # messages follow the report's language
    lang = args.report_lang or i18n.current_language()
    # Read-only: the file is read through store/glance.py, without the ORM (as `info`).
    with glance(args.file, device_id=device_id()) as con:
        if args.agency or args.agencies:
            return _agency_reports(con, args, lang)
        group_id = find_group(con, args.group).id if args.group else None
        out = write_report(con, args.output, lang=lang, group_id=group_id)
    print(out)
    return 0


def _agency_reports(f: Any, args: argparse.Namespace, lang: str) -> int:
    """`report --agency NAME -o out.pdf`, or `report --agencies -o FOLDER`: follow-up lists."""
    from jakres_desk.report.agency import write_agencies, write_agency

    if args.agencies:
        for path in write_agencies(f, args.output, lang=lang):
            print(path)
    else:
        print(write_agency(f, args.output, lang=lang, name=args.agency))
    return 0


def add_parsers(sub: Any) -> None:
    """The reading sub-commands: info, log, report."""
    info = sub.add_parser("info", help="describe a .jakres file")
    info.add_argument("file", type=Path)
    info.add_argument("--json", action="store_true", help="print one JSON object")
    log = sub.add_parser("log", help="print the master's import log")
    log.add_argument("master", type=Path)
    log.add_argument("--json", action="store_true", help="print one JSON array")
    rep = sub.add_parser("report", help="write the plenary summary as a PDF")
    rep.add_argument("file", type=Path)
    rep.add_argument("-o", "--output", type=Path, required=True, help="summary.pdf")
    rep.add_argument(
        "--lang", dest="report_lang", choices=i18n.LANGUAGES, help="language of the report (id, en)"
    )
    rep.add_argument("--group", help="one group's summary: its name or focus-area number")
    one = rep.add_mutually_exclusive_group()
    one.add_argument("--agency", metavar="NAME", help="one agency's follow-up list (-o out.pdf)")
    one.add_argument(
        "--agencies", action="store_true", help="every agency's list, one PDF each (-o FOLDER)"
    )


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "info": cmd_info,
    "log": cmd_log,
    "report": cmd_report,
}
