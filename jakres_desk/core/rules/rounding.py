"""The one rounding rule for every score a person sees (screen, projector, PDF, slides, sheets).

A score is shown with two decimals, rounded half up on its decimal form:
4.125 shows as 4.13, as a spreadsheet's number format and a person with a pencil
round it. Python's own formatting rounds the binary float half to even
(f"{4.125:.2f}" is "4.12"), which made the PDF and the workbook disagree.
docs/ranking.md writes the rule down.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

SHOWN_DECIMALS = 2
_STEP = Decimal(1).scaleb(-SHOWN_DECIMALS)  # 0.01


def shown_score(value: float) -> float:
    """A score as it is shown: two decimals, half up on its shortest decimal form (repr).

    Formatting the result with two decimals (f"{x:.2f}") gives exactly those digits.
    """
    return float(Decimal(repr(float(value))).quantize(_STEP, rounding=ROUND_HALF_UP))
