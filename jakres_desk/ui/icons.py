"""Every icon through one cached helper over qtawesome.

qtawesome is imported on the first icon, not with this module: it loads QtPy
and its fonts, which the first frame of the main window does without.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

# Our names for what an icon means, mapped to a qtawesome glyph.
GLYPHS = {
    "attendance": "mdi6.account-check",
    "elements": "mdi6.shield-star",
    "criteria": "mdi6.scale-balance",
    "programs": "mdi6.clipboard-list",
    "votes": "mdi6.vote",
    "finish": "mdi6.usb-flash-drive",
    "projector": "mdi6.projector-screen",
    "open": "mdi6.folder-open",
    "new": "mdi6.file-plus",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "add": "mdi6.plus",
    "remove": "mdi6.delete",
    "lock": "mdi6.lock",
    "unlock": "mdi6.lock-open-variant",
    "play": "mdi6.play",
    "pause": "mdi6.pause",
    "extend": "mdi6.timer-plus",
    "reset": "mdi6.timer-refresh",
    "priority": "mdi6.star",
    "not_priority": "mdi6.star-outline",
    "override": "mdi6.account-edit",
    "tie": "mdi6.equal",
    "warning": "mdi6.alert",
    "ok": "mdi6.check-circle",
    "language": "mdi6.translate",
    "search": "mdi6.magnify",
    "eye": "mdi6.eye",
    "eye_off": "mdi6.eye-off",
    # consolidation (the secretariat's view)
    "consolidate": "mdi6.call-merge",
    "drop": "mdi6.tray-arrow-down",
    "files": "mdi6.file-multiple",
    "merged": "mdi6.check-circle",
    "unchanged": "mdi6.minus-circle-outline",
    "refused": "mdi6.close-circle",
    "link": "mdi6.link-variant",
    "unlink": "mdi6.link-variant-off",
    "hide": "mdi6.eye-off-outline",
    "tag": "mdi6.tag-plus",
    "untag": "mdi6.tag-minus",
    "group_by": "mdi6.format-list-group",
}


@cache
def icon(name: str, color: str = "#37474f") -> QIcon:
    """The icon for one of our names (cached: qtawesome renders on each call)."""
    import qtawesome as qta

    return qta.icon(GLYPHS.get(name, name), color=color)
