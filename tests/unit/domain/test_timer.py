"""The countdown of a time box, driven by a hand-moved clock."""

from __future__ import annotations

import pytest

from fh_desktop.domain.timer import MAX_RECOVERY_SECONDS, Countdown, RunningMarker, format_clock


class HandClock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_counts_only_while_running():
    clock = HandClock()
    c = Countdown(60 * 60, clock=clock)
    clock.now += 500  # not started: nothing used
    assert c.elapsed() == 0 and c.remaining() == 3600 and not c.running
    c.start()
    clock.now += 600
    assert c.elapsed() == 600 and c.remaining() == 3000
    c.pause()
    clock.now += 10_000  # a long lunch break does not count
    assert c.elapsed() == 600 and not c.running
    c.resume()
    clock.now += 30
    assert c.elapsed() == 630


def test_start_twice_does_not_restart_and_pause_twice_is_harmless():
    clock = HandClock()
    c = Countdown(100, clock=clock)
    c.start()
    clock.now += 40
    c.start()
    clock.now += 10
    assert c.elapsed() == 50
    c.pause()
    c.pause()
    assert c.elapsed() == 50


def test_overrun_and_is_over():
    clock = HandClock()
    c = Countdown(120, elapsed=100, clock=clock)
    c.start()
    assert not c.is_over() and c.overrun() == 0
    clock.now += 20
    assert c.is_over() and c.remaining() == 0
    clock.now += 75
    assert c.remaining() == -75 and c.overrun() == 75


def test_set_elapsed_while_running_keeps_running_from_the_new_value():
    clock = HandClock()
    c = Countdown(300, clock=clock)
    c.start()
    clock.now += 100
    c.set_elapsed(10)
    clock.now += 5
    assert c.running and c.elapsed() == 15


def test_a_clock_going_backwards_never_gives_negative_time():
    clock = HandClock()
    c = Countdown(300, clock=clock)
    c.start()
    clock.now -= 50
    assert c.elapsed() == 0


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (75 * 60, "75:00"),
        (59.0, "00:59"),
        (0.4, "00:01"),  # still a moment left
        (0, "00:00"),
        (-0.4, "00:00"),
        (-1, "+00:01"),
        (-200, "+03:20"),
        (99 * 60 + 59, "99:59"),
        (100 * 60, "1:40:00"),
    ],
)
def test_format_clock(seconds, text):
    assert format_clock(seconds) == text


def test_running_marker_round_trip_and_recovery():
    marker = RunningMarker(2, 300.0, 1_700_000_000.0)
    again = RunningMarker.from_value(marker.to_value())
    assert again == marker
    assert again.recovered_elapsed(1_700_000_090.0) == 390.0
    assert again.recovered_elapsed(1_699_999_000.0) is None  # clock set back: not plausible
    assert again.recovered_elapsed(1_700_000_000.0 + MAX_RECOVERY_SECONDS + 1) is None


@pytest.mark.parametrize(
    "value",
    [None, "x", [], {"step": 2}, {"step": 7, "elapsed": 1, "wall_start": 1}, {"step": 1, "elapsed": -5, "wall_start": 1},
     {"step": "a", "elapsed": 1, "wall_start": 1}],
)
def test_malformed_markers_are_ignored(value):
    assert RunningMarker.from_value(value) is None
