"""The step timebox: start, pause, extend and over time, on a clock moved by hand."""

from __future__ import annotations

import pytest

from jakres_desk.ui.timer import Timebox


class FakeClock:
    """Milliseconds that pass only when the test says so."""

    def __init__(self) -> None:
        self.ms = 1_000_000

    def __call__(self) -> int:
        return self.ms

    def advance(self, seconds: float) -> None:
        self.ms += int(seconds * 1000)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def box(qtbot, clock: FakeClock) -> Timebox:
    timebox = Timebox(now=clock)
    timebox.reset(10)
    yield timebox
    timebox.pause()


def test_a_fresh_timebox_is_paused_and_full(box: Timebox, clock: FakeClock) -> None:
    clock.advance(90)
    assert not box.running
    assert box.text() == "10:00"
    assert box.remaining_ms() == 600_000


def test_running_counts_down_and_rounds_seconds_up(box: Timebox, clock: FakeClock) -> None:
    box.start()
    clock.advance(0.4)
    assert box.running and box.text() == "10:00"  # 9:59.6 left still shows 10:00
    clock.advance(61)
    assert box.text() == "08:59"


def test_pause_keeps_time_spent_and_resume_continues(box: Timebox, clock: FakeClock) -> None:
    box.start()
    clock.advance(120)
    box.pause()
    clock.advance(300)  # a long discussion while paused costs nothing
    assert not box.running and box.text() == "08:00"
    box.start()
    clock.advance(30)
    assert box.text() == "07:30"


def test_extend_adds_five_minutes_by_default(box: Timebox, clock: FakeClock) -> None:
    box.start()
    clock.advance(600)
    assert box.text() == "00:00"
    box.extend()
    assert box.text() == "05:00"
    box.extend(2)
    assert box.remaining_ms() == 7 * 60_000


def test_over_time_goes_negative_with_a_minus_sign(box: Timebox, clock: FakeClock) -> None:
    box.start()
    clock.advance(600 + 65)
    assert box.remaining_ms() == -65_000
    assert box.text() == "-01:05"


def test_reset_pauses_and_refills(box: Timebox, clock: FakeClock) -> None:
    box.start()
    clock.advance(700)
    box.reset(20)
    assert not box.running and box.text() == "20:00"


def test_every_change_ticks_so_clocks_redraw(box: Timebox) -> None:
    ticks: list[None] = []
    box.tick.connect(lambda: ticks.append(None))
    for action in (box.start, box.pause, box.extend, lambda: box.reset(5)):
        action()
    assert len(ticks) == 4


def test_pausing_or_starting_twice_changes_nothing(box: Timebox, clock: FakeClock) -> None:
    box.start()
    clock.advance(10)
    box.start()  # must not restart the count from now
    clock.advance(10)
    box.pause()
    box.pause()
    assert box.remaining_ms() == 600_000 - 20_000
