"""Benchmark: Excel and PDF export of a full workshop, as ratios against a baseline.

A workshop with 25 participants, 60 checklist items (two rounds), 40 cards and
200 actions. The baseline, measured in the same run on the same machine, is
openpyxl writing the same number of plain cells as the action sheet has, so the
ratio says how much the formatting, checklist and board sheets cost on top.
Goal: each export well under 2 s.

    .venv/bin/python bench/export.py
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook  # noqa: E402

from fh_desktop.domain import enums, model  # noqa: E402
from fh_desktop.export.options import ExportOptions  # noqa: E402
from fh_desktop.export.pdf import write_pdf  # noqa: E402
from fh_desktop.export.xlsx import write_xlsx  # noqa: E402

PEOPLE, ITEMS, ACTIONS, CARDS = 25, 60, 200, 40


def big_workshop() -> model.WorkshopData:
    rnd = random.Random(7)
    words = "Planung Jugendhilfe Gesundheit Sozialraum Netzwerk Bericht Ausschuss Daten Familien Beteiligung".split()

    def text(n: int) -> str:
        return " ".join(rnd.choice(words) for _ in range(n))

    people = [model.Participant(i, f"Person Nummer {i} Müller", "Fachbereich", False, i) for i in range(1, PEOPLE + 1)]
    cards = [
        model.Card(i, rnd.choice(enums.CardKind.ALL), text(3), text(12), rnd.choice(enums.PlanningArea.ALL),
                   (i % 8) * 260.0, (i // 8) * 180.0, 220, 120, i, rnd.choice([None, 0, 1, 2, 3]))
        for i in range(1, CARDS + 1)
    ]  # fmt: skip
    links = [
        model.Link(i, rnd.randint(1, CARDS), rnd.randint(1, CARDS), rnd.choice(enums.LinkKind.ALL),
                   rnd.choice(enums.LinkDirection.ALL), text(2))
        for i in range(1, 61)
    ]  # fmt: skip
    links = [li for li in links if li.source_id != li.target_id]
    dots = [model.Dot(i, rnd.randint(1, CARDS), rnd.choice(enums.DOT_COLORS)) for i in range(1, 50)]
    items = [model.CatalogItem(i, i, f"{4 + i // 30}.{i % 30}", f"Thema {i // 10}", text(18)) for i in range(1, ITEMS + 1)]
    rounds = [model.Round(1, 1, None, enums.RoundState.REVEALED), model.Round(2, 2, list(range(1, 11)), enums.RoundState.REVEALED)]
    answers, n = [], 1
    for r in rounds:
        for p in people:
            for item in items:
                if r.item_ids is None or item.id in r.item_ids:
                    answers.append(model.Answer(n, r.id, p.id, item.id, rnd.choice(enums.Answer.ALL)))
                    n += 1
    joint = [model.JointAssessment(i.id, rnd.choice(enums.Answer.ALL), text(10), i.id % 4 == 0) for i in items]
    actions = [
        model.Action(i, i, text(6), text(20), text(60), text(2), text(5), dt.date(2027, 1 + i % 12, 1),
                     dt.date(2028, 1 + i % 12, 1), rnd.choice(enums.Priority.ALL), rnd.choice(enums.Status.ALL),
                     text(8), text(8), [rnd.randint(1, ITEMS)], [rnd.randint(1, CARDS)])
        for i in range(1, ACTIONS + 1)
    ]  # fmt: skip
    return model.WorkshopData(
        workshop=model.Workshop("Benchmark-Workshop", "Landkreis Lindenau", dt.date(2026, 11, 26), "Kreishaus", "Moderation"),
        participants=people,
        board=model.Board(cards, links, [model.Zone(1, "Verwaltung", "#e8eef7", -20, -20, 1100, 500, -100)], dots),
        checklist=model.Checklist(model.Catalog("qd4", "Checkliste", "NZFH"), items, rounds, [], answers, joint),
        actions=actions,
    )


def best_of(runs: int, fn) -> float:  # noqa: ANN001
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    data = big_workshop()
    options = ExportOptions(individual=True, anonymous=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)

        def baseline() -> None:
            wb = Workbook()
            ws = wb.active
            for r in range(ACTIONS + 1):
                ws.append([f"Zelle {r}-{c}" for c in range(14)])
            wb.save(folder / "baseline.xlsx")

        base = best_of(3, baseline)
        xlsx = best_of(3, lambda: write_xlsx(data, folder / "plan.xlsx", options=options))
        pdf = best_of(3, lambda: write_pdf(data, folder / "bericht.pdf", options=options))
    print(f"workshop: {PEOPLE} participants, {ITEMS} items, {ACTIONS} actions, {CARDS} cards, {len(data.checklist.answers)} answers")
    print(f"baseline (openpyxl, {ACTIONS + 1}x14 plain cells): {base * 1000:7.1f} ms")
    print(f"xlsx export:                          {xlsx * 1000:7.1f} ms  ratio {xlsx / base:5.1f}x baseline")
    print(f"pdf export:                           {pdf * 1000:7.1f} ms  ratio {pdf / base:5.1f}x baseline")
    print(f"goal: each well under 2 s -> {'ok' if max(xlsx, pdf) < 2.0 else 'TOO SLOW'}")


if __name__ == "__main__":
    main()
