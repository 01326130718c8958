"""Tables in the PDF with long words and addresses: sensible breaks, no crushed columns."""

from __future__ import annotations

import dataclasses
import datetime as dt

from pypdf import PdfReader

from fh_desktop.domain import model
from fh_desktop.export.options import ExportOptions
from fh_desktop.export.pdf import write_pdf

URL = "https://www.fruehehilfen.de/grundlagen-und-fachthemen/kommunale-netzwerke/planung-und-steuerung/index.html"


def _plan_lines(path) -> list[str]:
    reader = PdfReader(str(path))
    start = next(i for i, p in enumerate(reader.pages) if "3 Maßnahmenplan: Maßnahmenplanung" in p.extract_text() and i > 0)
    return [line for p in reader.pages[start:] for line in p.extract_text().splitlines()]


def test_a_long_address_breaks_at_its_slashes_and_crushes_no_other_column(tmp_path, rich):
    actions = [
        model.Action(id=i, position=i, title=f"Planungsbericht {i}", goal="Netzwerkkoordination stärken",
                     description=URL, responsible="Netzwerkkoordination", involved="Jugendhilfeausschuss",
                     start=dt.date(2026, 12, 1), due=dt.date(2027, 6, 30), resources=URL + "?seite=2&abschnitt=3",
                     indicator="Sozialraumanalyse liegt vor")
        for i in range(1, 31)
    ]  # fmt: skip
    path = tmp_path / "bericht.pdf"
    write_pdf(dataclasses.replace(rich, actions=actions), path, options=ExportOptions(created=dt.date(2026, 12, 1)))
    lines = _plan_lines(path)
    text = "\n".join(lines)
    for word in ("Netzwerkkoordination", "Jugendhilfeausschuss", "Sozialraumanalyse", "01.12.2026", "30.06.2027"):
        assert text.count(word) >= 30, word  # every row has it whole, on one line
    assert "Netzwerkkoordinatio\n" not in text and "01.12.2\n" not in text
    # The address is there in pieces that end at a slash, not cut at random letters.
    pieces = [line for line in lines if "fruehehilfen" in line or "fachthemen/" in line]
    assert pieces and all(not line.rstrip().endswith(("-", "grund")) for line in pieces)
    reader = PdfReader(str(path))
    plan = [p for p in reader.pages if "Planungsbericht" in p.extract_text() and "Bezüge" in p.extract_text()]
    assert len(plan) >= 2  # the header row on every page of the table
