"""The German UI strings and shipped texts keep the terminology list in docs/terminology.md."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "terminology.md"


def avoided_terms() -> list[str]:
    rows = [line for line in DOC.read_text(encoding="utf-8").splitlines() if line.startswith("| ")]
    terms = [row.split("|")[1].strip() for row in rows[1:]]  # skip the header row
    return [t for t in terms if t and not t.startswith("---")]


def _data_texts(value, skip=("original",)):
    if isinstance(value, dict):
        for key, inner in value.items():
            if key not in skip:
                yield from _data_texts(inner, skip)
    elif isinstance(value, list):
        for inner in value:
            yield from _data_texts(inner, skip)
    elif isinstance(value, str):
        yield value


def german_texts() -> list[tuple[str, str]]:
    out = []
    ts = ET.parse(ROOT / "resources" / "translations" / "fh_desktop_en.ts")
    out += [("ui", m.findtext("source") or "") for m in ts.iter("message")]
    files = sorted((ROOT / "resources" / "catalogs").glob("*.json"))
    files += [ROOT / "resources" / "guiding_questions.json", ROOT / "resources" / "board_template.json"]
    for path in files:
        out += [(path.name, t) for t in _data_texts(json.loads(path.read_text(encoding="utf-8")))]
    # The phone pages and the German literals of the exports (document titles, footers).
    for path in sorted((ROOT / "resources" / "web").glob("*.html")):
        out.append((path.name, re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8"))))
    for path in sorted((ROOT / "fh_desktop" / "export").glob("*.py")):
        out += [(path.name, t) for t in re.findall(r'"([^"\n]*[a-zäöüß][^"\n]*)"', path.read_text(encoding="utf-8"))]
    return out


def test_the_list_is_read():
    terms = avoided_terms()
    assert "Frühe Hilfen Werkstatt" in terms and "einseitig" in terms and len(terms) >= 12


def test_no_german_text_uses_an_avoided_term():
    texts = german_texts()
    assert len(texts) > 500
    offenders = []
    for term in avoided_terms():
        pattern = re.compile(r"(?<![\w-])" + re.escape(term) + r"(?![\w-])" if term[-1].isalnum() else re.escape(term))
        offenders += [(term, where, text) for where, text in texts if pattern.search(text)]
    assert offenders == []
