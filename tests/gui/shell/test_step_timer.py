"""The agenda and the countdown, driven by a clock the test moves; what is stored is checked."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fh_desktop.domain import enums
from fh_desktop.domain.timer import RUNNING_KEY
from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.shell.main_window import MainWindow
from fh_desktop.ui.shell.step_timer import PERSIST_EVERY


def stored(path, step):
    with WorkshopFile.open(path) as wf:
        return {p.step: p for p in wf.meta.steps()}[step], wf.meta.setting(RUNNING_KEY)


def test_start_pause_resume_counts_only_running_time_and_stores_it(demo_window, hand, qtbot):
    w = demo_window
    w.view.show_step(2)
    agenda = w.view.agenda
    assert agenda.countdown.text() == "75:00" and agenda.start_button.text() == "Start"
    qtbot.mouseClick(agenda.start_button, Qt.MouseButton.LeftButton)
    assert w.timer.running and agenda.start_button.text() == "Pause"
    assert w.wf.meta.steps()[1].status == enums.StepStatus.RUNNING
    hand.advance(10 * 60 + 5)
    qtbot.waitUntil(lambda: agenda.countdown.text() == "64:55")
    qtbot.mouseClick(agenda.start_button, Qt.MouseButton.LeftButton)  # pause
    assert agenda.start_button.text() == "Weiter"
    hand.advance(3600)  # paused: the hour does not count
    w.timer.tick()
    assert agenda.countdown.text() == "64:55"
    plan = w.wf.meta.steps()[1]
    assert plan.elapsed_seconds == 605.0 and plan.status == enums.StepStatus.RUNNING
    assert w.wf.meta.setting(RUNNING_KEY) is None  # not running: no marker
    assert agenda.elapsed_labels[2].text() == "10:05"


def test_elapsed_is_saved_periodically_while_running(demo_window, hand):
    w = demo_window
    w.timer.start(1)
    hand.advance(PERSIST_EVERY + 1)
    w.timer.tick()
    assert w.wf.meta.steps()[0].elapsed_seconds == PERSIST_EVERY + 1


def test_overrun_gives_one_gentle_cue_and_shows_plus_time(demo_window, hand, qtbot):
    w = demo_window
    w.view.show_step(3)
    w.timer.set_planned_minutes(3, 1)
    w.timer.start()
    countdown = w.view.agenda.countdown
    hand.advance(50)
    w.timer.tick()
    assert countdown.property("timerState") == "warning"
    with qtbot.waitSignal(w.timer.time_up, timeout=2000) as blocker:
        hand.advance(15)
        w.timer.tick()
    assert blocker.args == [3]
    assert countdown.text() == "+00:05" and countdown.property("timerState") == "overrun"
    assert "Zeit überschritten" in w.view.agenda.caption.text()
    hits = []
    w.timer.time_up.connect(hits.append)
    hand.advance(30)
    w.timer.tick()
    assert hits == []  # one cue, not one per tick


def test_planned_minutes_and_status_are_edited_in_the_agenda_and_stored(demo_window, qtbot):
    w = demo_window
    agenda = w.view.agenda
    spin = agenda.minute_spins[1]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "90")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    combo = agenda.status_combos[3]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # the last status: erledigt
    assert combo.currentData() == enums.StepStatus.DONE
    path = w.wf.path
    w.close_workshop()
    assert stored(path, 1)[0].planned_minutes == 90
    assert stored(path, 3)[0].status == enums.StepStatus.DONE


def test_finish_and_reset(demo_window, hand, qtbot):
    w = demo_window
    w.timer.start(1)
    hand.advance(120)
    qtbot.mouseClick(w.view.agenda.finish_button, Qt.MouseButton.LeftButton)
    plan = w.wf.meta.steps()[0]
    assert not w.timer.running and plan.status == enums.StepStatus.DONE and plan.elapsed_seconds == 120
    qtbot.mouseClick(w.view.agenda.reset_button, Qt.MouseButton.LeftButton)
    plan = w.wf.meta.steps()[0]
    assert plan.status == enums.StepStatus.OPEN and plan.elapsed_seconds == 0
    assert w.view.agenda.countdown.text() == "75:00"


def test_a_running_timer_stays_on_its_step_while_the_moderator_looks_elsewhere(demo_window, hand):
    w = demo_window
    w.view.show_step(2)
    w.timer.start()
    w.view.show_step(1)
    assert w.timer.active_step == 2 and w.timer.running
    w.timer.pause()
    w.view.show_step(3)
    assert w.timer.active_step == 3  # idle: follows the page


def test_closing_the_file_while_running_pauses_and_saves(demo_window, hand):
    w = demo_window
    path = w.wf.path
    w.timer.start(2)
    hand.advance(42)
    w.close_workshop()
    plan, marker = stored(path, 2)
    assert plan.elapsed_seconds == 42 and marker is None


def test_after_a_crash_the_reopened_file_continues_with_the_time_the_room_spent(qtbot, demo_file, hand):
    first = MainWindow(clocks=hand.clocks())
    qtbot.addWidget(first)
    first.open_path(demo_file)
    first.timer.start(2)
    hand.advance(100)
    # A crash: the process ends without pausing anything. Only the lock is released here.
    first.timer._ticker.stop()
    first.wf.close()
    first.wf = None
    first.view = None
    first.timer = None
    hand.advance(30)  # restarting took half a minute; the workshop went on
    hand.mono = 12.0  # a new process has a new monotonic clock
    second = MainWindow(clocks=hand.clocks())
    qtbot.addWidget(second)
    assert second.open_path(demo_file)
    assert second.timer.running and second.timer.active_step == 2
    assert second.timer.elapsed() == 130
    assert second.view.agenda.countdown.text() == "72:50"
    second.close()


def test_a_stale_marker_is_not_resumed(wf, hand):
    from fh_desktop.domain.timer import MAX_RECOVERY_SECONDS
    from fh_desktop.ui.shell.step_timer import StepTimer

    wf.meta.update_step(1, elapsed_seconds=300.0)
    wf.meta.set_setting(RUNNING_KEY, {"step": 1, "elapsed": 200.0, "wall_start": hand.wall - MAX_RECOVERY_SECONDS - 5})
    timer = StepTimer(wf, hand.clocks())
    assert not timer.running and timer.elapsed() == 300.0
    assert wf.meta.setting(RUNNING_KEY) is None
    timer.shutdown()
