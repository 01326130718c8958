"""The agenda and the countdown, driven by a clock the test moves; what is stored is checked."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fh_desktop.domain import enums
from fh_desktop.domain.timer import RUNNING_KEY, format_clock
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
    # Paused: the time is kept, and the step no longer claims to run ("läuft" only while it does).
    assert plan.elapsed_seconds == 605.0 and plan.status == enums.StepStatus.OPEN
    assert w.wf.meta.setting(RUNNING_KEY) is None  # not running: no marker
    assert agenda.elapsed_labels[2].text() == "10:05"
    assert "angehalten" in agenda.caption.text() and agenda.countdown.property("timerState") == "paused"
    qtbot.mouseClick(agenda.start_button, Qt.MouseButton.LeftButton)  # resume
    assert w.wf.meta.steps()[1].status == enums.StepStatus.RUNNING


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


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_showing_another_step_pauses_and_saves_the_running_one(demo_window, hand, qtbot):
    w = demo_window
    agenda = w.view.agenda
    click(qtbot, w.view.navigation.buttons[2])
    click(qtbot, agenda.start_button)
    hand.advance(90)
    w.timer.tick()
    click(qtbot, w.view.navigation.buttons[3])  # the moderator moves on to step 3
    assert w.view.current_step() == 3
    assert not w.timer.running and w.timer.active_step == 3
    plan = w.wf.meta.steps()[1]
    assert plan.elapsed_seconds == 90 and plan.status == enums.StepStatus.OPEN
    assert w.wf.meta.setting(RUNNING_KEY) is None
    # The agenda shows the step on screen, not the one left behind.
    assert agenda.caption.text().startswith("Schritt 3 Maßnahmen")
    assert agenda.step_labels[3].font().bold() and not agenda.step_labels[2].font().bold()
    assert agenda.countdown.text() == format_clock(w.timer.plan(3).planned_minutes * 60)
    assert agenda.start_button.text() == "Start"
    hand.advance(600)  # paused on its step: step 2 does not go on counting
    w.timer.tick()
    assert agenda.elapsed_labels[2].text() == "01:30"
    qtbot.keyClick(w, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)  # back to step 2
    assert w.timer.active_step == 2 and agenda.start_button.text() == "Weiter"
    assert agenda.countdown.text() == "73:30"


def test_finish_offers_the_next_step_in_one_click(demo_window, hand, qtbot):
    w = demo_window
    agenda = w.view.agenda
    assert w.view.current_step() == 1 and not agenda.next_button.isVisible()
    click(qtbot, agenda.start_button)
    hand.advance(60 * 60)
    click(qtbot, agenda.finish_button)
    assert w.wf.meta.steps()[0].status == enums.StepStatus.DONE and not w.timer.running
    assert agenda.countdown.property("timerState") == "done" and agenda.countdown.text().startswith("✓")
    assert "abgeschlossen" in agenda.caption.text()
    assert agenda.next_button.isVisible() and agenda.next_button.text() == "Weiter: Schritt 2 Checkliste beginnen"
    click(qtbot, agenda.next_button)
    assert w.view.current_step() == 2 and w.view.navigation.buttons[2].isChecked()
    assert w.timer.running and w.timer.active_step == 2
    assert w.wf.meta.steps()[1].status == enums.StepStatus.RUNNING
    assert not agenda.next_button.isVisible()
    assert w.wf.meta.steps()[0].status == enums.StepStatus.DONE  # step 1 stays done
    # The shortcut does the same and says how to go on; the last step has nowhere to go.
    qtbot.keyClick(w, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert w.wf.meta.steps()[1].status == enums.StepStatus.DONE
    assert "Weiter mit Schritt 3" in w.statusBar().currentMessage()
    click(qtbot, agenda.next_button)
    click(qtbot, agenda.finish_button)
    assert w.wf.meta.steps()[2].status == enums.StepStatus.DONE and not agenda.next_button.isVisible()


def test_the_status_running_is_only_for_the_step_on_screen_and_starts_it(demo_window, qtbot):
    w = demo_window
    agenda = w.view.agenda
    running = agenda.status_combos[2].findData(enums.StepStatus.RUNNING)
    assert not agenda.status_combos[2].model().item(running).isEnabled()
    combo = agenda.status_combos[1]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # offen -> läuft
    assert combo.currentData() == enums.StepStatus.RUNNING
    assert w.timer.running and agenda.start_button.text() == "Pause"


def reopen(qtbot, path, hand):
    window = MainWindow(clocks=hand.clocks())
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(path)
    return window


def crash(window):
    """The process ends without pausing anything. Only the lock is released here."""
    window.timer._ticker.stop()
    window.wf.close()
    window.wf = window.view = window.timer = None


def test_reopened_after_a_normal_close_the_clock_shows_the_step_paused(demo_window, hand, qtbot):
    w = demo_window
    path = w.wf.path
    click(qtbot, w.view.agenda.start_button)
    hand.advance(5 * 60)
    click(qtbot, w.view.agenda.finish_button)
    click(qtbot, w.view.agenda.next_button)  # step 2 runs
    hand.advance(7 * 60)
    w.close_workshop()
    second = reopen(qtbot, path, hand)
    agenda = second.view.agenda
    assert second.view.current_step() == 2 and second.timer.active_step == 2 and not second.timer.running
    assert agenda.countdown.text() == "68:00" and agenda.countdown.property("timerState") == "paused"
    assert agenda.status_combos[2].currentData() == enums.StepStatus.OPEN  # no frozen "läuft"
    assert agenda.status_combos[1].currentData() == enums.StepStatus.DONE
    assert agenda.start_button.text() == "Weiter" and "angehalten" in agenda.caption.text()
    second.close()


def test_reopened_after_a_kill_a_running_step_resumes_and_a_finished_one_does_not_run(qtbot, demo_file, hand):
    first = reopen(qtbot, demo_file, hand)
    click(qtbot, first.view.agenda.start_button)
    hand.advance(60)
    click(qtbot, first.view.agenda.finish_button)
    click(qtbot, first.view.agenda.next_button)
    hand.advance(100)
    crash(first)
    hand.advance(20)
    hand.mono = 3.0
    second = reopen(qtbot, demo_file, hand)
    agenda = second.view.agenda
    assert second.view.current_step() == 2 and second.timer.running and second.timer.elapsed() == 120
    assert agenda.countdown.property("timerState") == "normal" and agenda.start_button.text() == "Pause"
    assert agenda.status_combos[1].currentData() == enums.StepStatus.DONE
    second.close()

    # A marker left on a step that is marked done (an older version, a hand-edited file): not resumed.
    with WorkshopFile.open(demo_file) as wf:
        wf.meta.update_step(3, status=enums.StepStatus.DONE, elapsed_seconds=1800.0)
        wf.meta.update_step(2, status=enums.StepStatus.RUNNING)
        wf.meta.set_setting(RUNNING_KEY, {"step": 3, "elapsed": 1700.0, "wall_start": hand.wall - 50})
    third = reopen(qtbot, demo_file, hand)
    assert not third.timer.running and third.view.current_step() == 2  # where the moderator left
    click(qtbot, third.view.navigation.buttons[3])
    assert not third.timer.running and third.view.agenda.countdown.property("timerState") == "done"
    assert third.timer.plan(2).status == enums.StepStatus.OPEN  # "läuft" without a running clock: open
    assert third.wf.meta.setting(RUNNING_KEY) is None
    third.close()


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
