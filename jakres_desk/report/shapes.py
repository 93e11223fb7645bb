"""reportlab's graphics shapes for the charts, without a check on every attribute set.

reportlab validates each attribute given to a shape (`rl_config.shapeChecking`, on
by default "as a big help when developing") through a Python `__setattr__`: about
a fifth of the time of building the report's flowables. The charts set only
attributes their own code chose, so the check is switched off, as reportlab
documents, before the shapes module is first imported (it reads the setting then).
The drawn PDF is the same.
"""

from __future__ import annotations

from reportlab import rl_config

rl_config.shapeChecking = 0

from reportlab.graphics.shapes import Drawing, Line, Rect, String  # noqa: E402

__all__ = ["Drawing", "Line", "Rect", "String"]
