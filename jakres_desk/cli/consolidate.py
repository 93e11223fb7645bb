"""The secretariat's consolidation commands: look-alike programs, links, people in two groups."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jakres_desk.base import i18n
from jakres_desk.core.device import device_id

if TYPE_CHECKING:
    from jakres_desk.store.db import JakresFile


def _open(path: Path) -> JakresFile:
    from jakres_desk.store.db import open_file  # loaded on use, as in the other commands

    return open_file(path, device_id=device_id())


def _program_line(pid: str, title: str, agency: str, groups: Sequence[str]) -> str:
    from jakres_desk.core.merge.duplicates import SHORT_ID

    where = "; ".join(x for x in (agency.strip(), ", ".join(groups)) if x)
    return f"{pid[:SHORT_ID]}  {title}" + (f"  ({where})" if where else "")


def cmd_duplicates(args: argparse.Namespace) -> int:
    """List the programs of different groups that may be one program."""
    from dataclasses import asdict

    from jakres_desk.base.messages import MESSAGES
    from jakres_desk.core.merge.duplicates import suggest_pairs

    with _open(args.master) as f:
        pairs = suggest_pairs(f, threshold=args.threshold)
    if args.json:
        print(json.dumps([asdict(p) for p in pairs], ensure_ascii=False, indent=2))
        return 0
    if not pairs:
        print(MESSAGES["dupes_none"][i18n.current_language()])
    for p in pairs:
        print(f"{p.score:5.0f}%  " + _program_line(p.program_a, p.title_a, p.agency_a, p.groups_a))
        print("        " + _program_line(p.program_b, p.title_b, p.agency_b, p.groups_b))
    return 0


def cmd_link(args: argparse.Namespace) -> int:
    """Link two programs as one (by hand: no suggestion mark)."""
    from jakres_desk.core.merge import duplicates as dedupe

    with _open(args.master) as f:
        a, b = dedupe.find_program(f, args.id1), dedupe.find_program(f, args.id2)
        made = dedupe.link(f, a=a, b=b, note=args.note or "")
    print(f"{made.program_a[: dedupe.SHORT_ID]} = {made.program_b[: dedupe.SHORT_ID]}")
    return 0


def cmd_unlink(args: argparse.Namespace) -> int:
    """Remove the link between two programs."""
    from jakres_desk.core.merge import duplicates as dedupe

    with _open(args.master) as f:
        a, b = dedupe.find_program(f, args.id1), dedupe.find_program(f, args.id2)
        dedupe.unlink(f, dedupe.find_link(f, a, b).id)
    print(f"{a[: dedupe.SHORT_ID]} != {b[: dedupe.SHORT_ID]}")
    return 0


def cmd_people(args: argparse.Namespace) -> int:
    """List walk-ins who look like a person on another group's roster."""
    from dataclasses import asdict

    from jakres_desk.base.messages import MESSAGES
    from jakres_desk.core.merge.people import SHORT_ID, look_alikes

    with _open(args.master) as f:
        found = look_alikes(f)
    if args.json:
        print(json.dumps([asdict(x) for x in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        print(MESSAGES["people_none"][i18n.current_language()])
    for x in found:
        print(
            f"{x.walk_in_id[:SHORT_ID]}  {x.walk_in_name} ({x.walk_in_group}, walk-in)  ~  "
            f"{x.roster_id[:SHORT_ID]}  {x.roster_name} ({x.roster_group})"
            + (f"  {x.organisation}" if x.organisation else "")
        )
    return 0


def cmd_same_person(args: argparse.Namespace) -> int:
    """Make a walk-in and a roster person one record, their votes kept."""
    from jakres_desk.core.merge import people

    with _open(args.master) as f:
        a, b = people.find_person(f, args.id1), people.find_person(f, args.id2)
        done = people.same_person(f, a, b)
    print(
        f"{done.removed_id[: people.SHORT_ID]} -> {done.kept_id[: people.SHORT_ID]}  {done.name}"
        f"  (+{done.votes} dots, +{done.scores} scores)"
    )
    return 0


def _similarity(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 50 <= number <= 100:
        raise argparse.ArgumentTypeError(f"a similarity from 50 to 100, not {value!r}")
    return number


def add_parsers(sub: Any) -> None:
    """The consolidation sub-commands: duplicates, link, unlink, people, same-person."""
    dup = sub.add_parser("duplicates", help="list programs of different groups that may be one")
    dup.add_argument("master", type=Path)
    dup.add_argument("--json", action="store_true", help="print one JSON array")
    dup.add_argument(
        "--threshold", type=_similarity, default=85, help="how alike titles must be, 50-100 (85)"
    )
    for name, what in (("link", "link two programs as one"), ("unlink", "undo a link")):
        cmd = sub.add_parser(name, help=what)
        cmd.add_argument("master", type=Path)
        cmd.add_argument("id1", help="a program id, or its first characters (4 or more)")
        cmd.add_argument("id2")
        if name == "link":
            cmd.add_argument("--note", help="why they are one program")
    ppl = sub.add_parser("people", help="list walk-ins who may be on another group's roster")
    ppl.add_argument("master", type=Path)
    ppl.add_argument("--json", action="store_true", help="print one JSON array")
    same = sub.add_parser("same-person", help="make a walk-in and a roster person one record")
    same.add_argument("master", type=Path)
    same.add_argument("id1", help="a participant id, or its first characters (4 or more)")
    same.add_argument("id2")


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "duplicates": cmd_duplicates,
    "link": cmd_link,
    "unlink": cmd_unlink,
    "people": cmd_people,
    "same-person": cmd_same_person,
}
