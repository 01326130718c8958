"""Small shared helpers for the benchmark scripts: statistics, machine facts, printing.

Benchmarks are plain scripts run by hand (``.venv/bin/python bench/NAME.py``). Each one
measures a baseline in the same run and prints the ratio against it, so figures from
different machines can be compared by their ratios.
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as ``python bench/x.py`` from a source tree
    sys.path.insert(0, str(ROOT))


def median(samples: Sequence[float]) -> float:
    return statistics.median(samples)


def p95(samples: Sequence[float]) -> float:
    """The 95th percentile (nearest rank), robust for the small sample counts used here."""
    ordered = sorted(samples)
    rank = max(1, round(0.95 * len(ordered)))
    return ordered[rank - 1]


def time_calls(fn: Callable[[int], object], count: int, *, warmup: int = 5) -> list[float]:
    """Call ``fn(i)`` ``count`` times after ``warmup`` unrecorded calls; seconds per call."""
    for i in range(warmup):
        fn(-1 - i)
    samples = []
    for i in range(count):
        start = time.perf_counter()
        fn(i)
        samples.append(time.perf_counter() - start)
    return samples


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine_info() -> dict[str, str]:
    info = {
        "CPU": f"{cpu_model()} ({os.cpu_count()} cores)",
        "OS": platform.platform(),
        "Python": platform.python_version(),
    }
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        info["Qt"] = f"{qVersion()} (PySide6 {PySide6.__version__})"
    except ImportError:
        pass
    try:
        import sqlite3

        info["SQLite"] = sqlite3.sqlite_version
    except ImportError:
        pass
    return info


def print_header(title: str, **extra: str) -> None:
    print(f"== {title}")
    for key, value in {**machine_info(), **extra}.items():
        print(f"   {key + ':':<10} {value}")
    print()


def print_row(name: str, samples: Sequence[float], baseline: Sequence[float] | None = None) -> None:
    """One line: median, p95, run count and (with a baseline) the ratio of the medians."""
    line = f"{name:<34} median {ms(median(samples))}   p95 {ms(p95(samples))}   n={len(samples)}"
    if baseline is not None:
        line += f"   ratio {median(samples) / median(baseline):5.2f}x"
    print(line)


def verdict(label: str, value: float, goal: float, unit: str) -> bool:
    ok = value <= goal
    print(f"{label}: {value:.2f}{unit} (goal <= {goal:g}{unit}) -> {'met' if ok else 'MISSED'}")
    return ok
