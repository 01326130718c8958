"""50 phones answer 18 statements at once against the real participation server.

Each simulated device is a thread with its own HTTP connections to 127.0.0.1: it joins,
reads the round, claims its name, then all devices wait at a barrier and send their
answers at the same moment. Measured per run:

- the latency of each submission (request sent -> "submitted" received): median, p95, worst;
- the time from the barrier until the last submission is stored in the file;
- in the window case, the event-loop delay of the window while it stores them: a 10 ms
  timer records how late each of its ticks comes (a moderator would feel > ~50 ms).

Baseline: the same 50 submissions through ``ChecklistService.submit`` directly, one after
the other on the owner thread — the cost of the store alone.

The server's per-address rate limits are raised for this run: all simulated devices share
127.0.0.1, while on a real WLAN each phone has its own address.

Run:  .venv/bin/python bench/participation.py [--devices 50] [--runs 3]
(the window case runs offscreen: QT_QPA_PLATFORM=offscreen is set if nothing else is)
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import tempfile
import threading
import time
from pathlib import Path

from _common import median, ms, p95, print_header

from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.web.participation import Participation
from fh_desktop.web.session import Limits

BENCH_LIMITS = Limits(requests_per_second=10_000, burst=10_000, new_devices=10_000, max_devices=10_000)


def make_workshop(path: Path, devices: int) -> None:
    with WorkshopFile.create(path) as wf:
        for k in range(devices):
            wf.meta.add_participant(f"Person {k + 1:02d}", "Planung")


def direct(path: Path) -> tuple[list[float], float]:
    with WorkshopFile.open(path) as wf:
        rnd = wf.checklist.start_round()
        items = [i.id for i in wf.checklist.round_items(rnd)]
        people = [p.id for p in wf.meta.participants()]
        samples = []
        start = time.perf_counter()
        for k, pid in enumerate(people):
            t0 = time.perf_counter()
            wf.checklist.submit(rnd.id, pid, {i: ("yes", "partly", "no", "unknown")[(k + i) % 4] for i in items}, "")
            samples.append(time.perf_counter() - t0)
        total = time.perf_counter() - start
        assert len(wf.checklist.submitted_ids(rnd.id)) == len(people)
    return samples, total


class Device(threading.Thread):
    def __init__(self, p: Participation, index: int, barrier: threading.Barrier) -> None:
        super().__init__(daemon=True)
        self.port, self.host, self.token = p.server.port, p.server.host, p.session.round_token
        self.index, self.barrier = index, barrier
        self.latency = 0.0
        self.retries = 0
        self.error = ""

    def call(self, method: str, name: str, body: object | None = None, headers: dict[str, str] | None = None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=300)
        h = {"Host": self.host, "Content-Type": "application/json", **(headers or {})}
        conn.request(method, f"/r/{self.token}/api/{name}", None if body is None else json.dumps(body).encode(), h)
        r = conn.getresponse()
        data = r.read()
        cookie = r.getheader("Set-Cookie")
        conn.close()
        return r.status, json.loads(data), cookie

    def run(self) -> None:
        try:
            _, body, cookie = self.call("POST", "device", {})
            auth = {"Cookie": cookie.split(";")[0], "X-FH-CSRF": body["csrf"]}
            _, state, _ = self.call("GET", "state", headers=auth)
            me = state["people"][self.index]["id"]
            status, _, _ = self.call("POST", "claim", {"participant": me}, auth)
            assert status == 200, status
            answers = {}
            for k, s in enumerate(state["statements"]):
                scale = [o["value"] for o in state["scales"][s["scale"]]]
                answers[str(s["id"])] = scale[(self.index + k) % len(scale)]
            payload = {"key": f"bench-{self.index:04d}-key", "participant": me, "answers": answers, "comment": ""}
            self.barrier.wait()
            t0 = time.perf_counter()
            status, _, _ = self.call("POST", "submit", payload, auth)
            for _ in range(20):  # as the page does: "busy" -> the same request again, same key
                if status != 503:
                    break
                self.retries += 1
                time.sleep(0.5)
                status, _, _ = self.call("POST", "submit", payload, auth)
            self.latency = time.perf_counter() - t0
            if status != 200:
                self.error = str(status)
        except Exception as exc:  # reported, not hidden
            self.error = f"{type(exc).__name__}: {exc}"


def serve(path: Path, devices: int, pump, p_factory) -> tuple[list[float], float, list[float]]:
    """Start devices, release them together, let ``pump`` run the owner until all are stored."""
    with WorkshopFile.open(path) as wf:
        wf.checklist.start_round()
        p = p_factory(wf)
        barrier = threading.Barrier(devices + 1)
        threads = [Device(p, k, barrier) for k in range(devices)]
        for t in threads:
            t.start()
        stored_count = count_submissions(wf)
        pump(p, lambda: barrier.n_waiting == devices or any(t.error for t in threads))
        assert not [t.error for t in threads if t.error], [t.error for t in threads if t.error][:3]
        barrier.wait()
        start = time.perf_counter()
        delays = pump(p, lambda: stored_count[0] == devices)
        stored = time.perf_counter() - start
        for t in threads:
            t.join(300)
        errors = [t.error for t in threads if t.error]
        assert not errors, errors[:3]
        p.stop()
    return [t.latency for t in threads], stored, delays


def count_submissions(wf: WorkshopFile) -> list[int]:
    """A counter the store's own events advance: no extra reads while measuring."""
    count = [0]

    def on_event(event) -> None:
        if event.topic == "submission":
            count[0] += 1

    wf.events.subscribe(on_event)
    return count


def cli_pump(p: Participation, done) -> list[float]:
    while not done():
        p.jobs.wait_and_run(0.005)
    return []


def window_case(path: Path, devices: int) -> tuple[list[float], float, list[float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from fh_desktop.ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    assert window.open_path(path)
    while len(window.view.pages.built()) < 3:  # the other steps are built in the background
        app.processEvents()
    window.view.show_step(2)
    page = window.view.pages[2]
    page.start_round(False)
    page.devices.start("127.0.0.1", 0, limits=BENCH_LIMITS)
    p = page.devices.participation
    assert p is not None
    loop = QEventLoop()
    stored_count = [0]

    def on_event(event) -> None:
        if event.topic == "submission":
            stored_count[0] += 1
            if stored_count[0] == devices:
                QTimer.singleShot(0, loop.quit)

    window.wf.events.subscribe(on_event)
    barrier = threading.Barrier(devices + 1)
    threads = [Device(p, k, barrier) for k in range(devices)]
    for t in threads:
        t.start()
    while barrier.n_waiting < devices:
        app.processEvents()
        time.sleep(0.001)
        failed = [t.error for t in threads if not t.is_alive() and t.error]
        assert not failed, failed[:3]
    delays: list[float] = []
    clock = QElapsedTimer()
    tick = QTimer()
    tick.setInterval(10)
    last = [0]

    def on_tick() -> None:
        now = clock.elapsed()
        delays.append(max(0, now - last[0] - 10) / 1000)
        last[0] = now

    tick.timeout.connect(on_tick)
    clock.start()
    tick.start()
    barrier.wait()
    start = time.perf_counter()
    loop.exec()  # the window's own event loop, storing what the server hands it
    stored = time.perf_counter() - start
    tick.stop()
    for t in threads:
        t.join(300)
    errors = [t.error for t in threads if t.error]
    assert not errors, errors[:3]
    page.devices.stop()
    window.close_workshop()
    window.close()
    return [t.latency for t in threads], stored, delays


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--devices", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print_header("participation server", devices=str(args.devices), statements="18 (default catalog)")
    rows: dict[str, list] = {"direct": [], "server (CLI owner loop)": [], "server (window owner)": []}
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.runs):
            for case in rows:
                path = Path(tmp) / f"run{run}-case{list(rows).index(case)}.fhw"
                make_workshop(path, args.devices)
                if case == "direct":
                    samples, total = direct(path)
                    rows[case].append((samples, total, []))
                elif case.startswith("server (CLI"):
                    rows[case].append(
                        serve(path, args.devices, cli_pump, lambda wf: Participation(wf, "127.0.0.1", 0, limits=BENCH_LIMITS))
                    )
                else:
                    rows[case].append(window_case(path, args.devices))
                print(f"   run {run + 1} {case}: all stored after {ms(rows[case][-1][1])}", flush=True)
    for case, results in rows.items():
        lat = [x for r in results for x in r[0]]
        totals = [r[1] for r in results]
        delays = [x for r in results for x in r[2]]
        line = (
            f"{case:<26} per submission median {ms(median(lat))}  p95 {ms(p95(lat))}  worst {ms(max(lat))}"
            f"   all stored after {ms(median(totals))} (median of {len(totals)} runs)"
        )
        print(line)
        if delays:
            print(f"{'':<26} window event-loop delay median {ms(median(delays))}  p95 {ms(p95(delays))}  worst {ms(max(delays))}")


if __name__ == "__main__":
    main()
