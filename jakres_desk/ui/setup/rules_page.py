"""The desk's Voting rules page: dots, score scale, ranking, priority rule, and a preview."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jakres_desk.base.errors import JakresError
from jakres_desk.core.rules.ranking import Rules, Tally, rank
from jakres_desk.core.rules.values import DOTS_MAX, check_voting_rules
from jakres_desk.core.services import workshops
from jakres_desk.core.topics import EVERYTHING, Changes, Topic
from jakres_desk.ui.session import Session
from jakres_desk.ui.widgets import ErrorLabel, Page

# The preview's example: five programs with their dots and their score on one criterion.
EXAMPLE = (("A", 9, 4.6), ("B", 7, 3.8), ("C", 7, 3.5), ("D", 4, 2.9), ("E", 1, 2.0))


class RulesPage(Page):
    """The workshop's voting rules, checked as every other path checks them."""

    key = "rules"
    topics = frozenset({Topic.RULES})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.dots = _spin(1, DOTS_MAX)
        self.most = _spin(0, DOTS_MAX)
        self.most.setSpecialValueText(self.tr("no limit"))
        self.score_min = _spin(-100, 100)
        self.score_max = _spin(-100, 100)
        self.method = QComboBox()
        self.method.addItem(self.tr("by score on the criteria"), "score")
        self.method.addItem(self.tr("by dots"), "dots")
        self.rule = QComboBox()
        self.rule.addItem(self.tr("threshold: every program reaching it"), "threshold")
        self.rule.addItem(self.tr("top N: the N ranked highest"), "top_n")
        self.rule.addItem(self.tr("the facilitator's pick"), "facilitator")
        self.top_n = _spin(0, 10_000)
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(-1000, 100_000)
        self.threshold.setDecimals(2)
        self.threshold.setSingleStep(0.5)
        self.save_button = QPushButton(self.tr("Sa&ve rules"))
        self.save_button.clicked.connect(self.save)
        form_box = QGroupBox(self.tr("Rules"))
        form = QFormLayout(form_box)
        form.addRow(self.tr("&Dots per participant"), self.dots)
        form.addRow(self.tr("&Most dots on one program"), self.most)
        form.addRow(self.tr("&Lowest score"), self.score_min)
        form.addRow(self.tr("&Highest score"), self.score_max)
        form.addRow(self.tr("&Rank programs"), self.method)
        form.addRow(self.tr("&Priority rule"), self.rule)
        form.addRow(self.tr("&N (top N)"), self.top_n)
        form.addRow(self.tr("&Threshold"), self.threshold)
        form.addRow("", self.save_button)
        self.preview = QLabel()
        self.preview.setObjectName("rulesPreview")
        self.preview.setWordWrap(True)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        preview_box = QGroupBox(self.tr("What the rule will do"))
        QVBoxLayout(preview_box).addWidget(self.preview)
        self.error = ErrorLabel()
        row = QHBoxLayout()
        row.addWidget(form_box, 2)
        row.addWidget(preview_box, 3)
        box = QVBoxLayout(self)
        box.addLayout(row, 1)
        box.addWidget(self.error)
        for spin in (self.dots, self.most, self.score_min, self.score_max, self.top_n):
            spin.valueChanged.connect(self._preview)
        self.threshold.valueChanged.connect(self._preview)
        self.method.currentIndexChanged.connect(self._preview)
        self.rule.currentIndexChanged.connect(self._preview)

    def title(self) -> str:
        return self.tr("Voting rules")

    def prompt(self) -> str:
        return self.tr(
            "How the rooms vote and which programs become priority programs. The preview "
            "shows what the rule does on an example before you save it."
        )

    def refresh(self, change: Changes = EVERYTHING) -> None:
        f = self.session.file
        self.setEnabled(f is not None)
        if f is None:
            return
        ws = workshops.get_workshop(f)
        self.dots.setValue(ws.dots_per_participant)
        self.most.setValue(ws.max_dots_per_candidate)
        self.score_min.setValue(ws.score_min)
        self.score_max.setValue(ws.score_max)
        self.method.setCurrentIndex(self.method.findData(ws.ranking_method))
        self.rule.setCurrentIndex(self.rule.findData(ws.priority_rule))
        self.top_n.setValue(ws.top_n or 0)
        self.threshold.setValue(ws.threshold if ws.threshold is not None else 0)
        self._preview()

    def values(self) -> dict[str, Any]:
        """The rules as the form has them (what Save would write)."""
        rule = self.rule.currentData()
        return {
            "dots_per_participant": self.dots.value(),
            "max_dots_per_candidate": self.most.value(),
            "score_min": self.score_min.value(),
            "score_max": self.score_max.value(),
            "ranking_method": self.method.currentData(),
            "priority_rule": rule,
            "top_n": self.top_n.value() if rule == "top_n" else None,
            "threshold": self.threshold.value() if rule == "threshold" else None,
        }

    def save(self) -> None:
        """Write the rules (one undoable step); an impossible rule is refused here."""
        if self.session.file is None:
            return
        try:
            self.session.perform(self.tr("Change the voting rules"), workshops.set_rules,
                                 origin=self, **self.values())  # fmt: skip
        except JakresError as exc:
            self.error.show_error(exc)
            return
        self.error.clear()

    def _preview(self) -> None:
        values = self.values()
        self.top_n.setEnabled(values["priority_rule"] == "top_n")
        self.threshold.setEnabled(values["priority_rule"] == "threshold")
        try:
            check_voting_rules(values)
        except JakresError as exc:
            self.preview.setText(exc.message())
            return
        self.preview.setText("\n\n".join([self._describe(values), self._example(values)]))

    def _describe(self, v: dict[str, Any]) -> str:
        if v["ranking_method"] == "dots":
            most = (
                self.tr("at most %1 on one program").replace("%1", str(v["max_dots_per_candidate"]))
                if v["max_dots_per_candidate"]
                else self.tr("as many as they like on one program")
            )
            how = (
                self.tr("Each participant has %1 dots to give, %2. Programs are ranked by dots.")
                .replace("%1", str(v["dots_per_participant"]))
                .replace("%2", most)
            )
        else:
            how = (
                self.tr("Each program is scored from %1 to %2 on every criterion; programs are "
                        "ranked by their weighted score.")
                .replace("%1", str(v["score_min"]))
                .replace("%2", str(v["score_max"]))
            )  # fmt: skip
        if v["priority_rule"] == "top_n":
            which = self.tr(
                "The %1 programs ranked highest become priority programs; a tie at the "
                "cut-off is left to the facilitator."
            ).replace("%1", str(v["top_n"]))
        elif v["priority_rule"] == "threshold":
            unit = self.tr("dots") if v["ranking_method"] == "dots" else self.tr("score")
            which = (
                self.tr("Every program with a %1 of at least %2 becomes a priority program.")
                .replace("%1", unit)
                .replace("%2", self._number(v["threshold"]))
            )
        else:
            which = self.tr(
                "The facilitator picks the priority programs; the ranking only guides the room."
            )
        return f"{how} {which}"

    def _number(self, value: float | None, decimals: int = -1) -> str:
        """A number as the spin boxes show it (3,5 in Indonesian, 3.5 in English)."""
        if value is None:
            return ""
        if decimals < 0:
            return self.locale().toString(float(value), "g", 6)
        return self.locale().toString(float(value), "f", decimals)

    def _example(self, v: dict[str, Any]) -> str:
        low, high = v["score_min"], v["score_max"]
        tallies = [
            Tally(name, name, dots=dots, voters=dots,
                  values={"c": low + (score - 1) / 4 * (high - low)})
            for name, dots, score in EXAMPLE
        ]  # fmt: skip
        rules = Rules(
            ranking_method=cast(Any, v["ranking_method"]),
            priority_rule=cast(Any, v["priority_rule"]),
            top_n=v["top_n"],
            threshold=v["threshold"],
            score_min=low,
            score_max=high,
        )
        lines = [self.tr("Example, five programs:")]
        for r in rank(tallies, {"c": 1.0}, rules):
            shown = (
                self.tr("%1 dots").replace("%1", str(r.dots))
                if v["ranking_method"] == "dots"
                else self.tr("score %1").replace("%1", self._number(r.score, 2))
            )
            mark = self.tr("priority") if r.priority else "—"
            lines.append(
                self.tr("%1. Program %2 (%3): %4")
                .replace("%1", str(r.rank))
                .replace("%2", r.title)
                .replace("%3", shown)
                .replace("%4", mark)
            )
        return "\n".join(lines)


def _spin(low: int, high: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    return spin
