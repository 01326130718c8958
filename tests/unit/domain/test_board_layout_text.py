"""Text on the board for renderers without Qt (the PDF): wrapping, cutting, stacking."""

from __future__ import annotations

import random

from fh_desktop.domain import board_layout as bl
from fh_desktop.domain import board_style as st
from fh_desktop.domain import enums, model


def mono(text: str, size: float, bold: bool) -> float:
    """A font where every character is 0.6 em wide (bold 0.65 em)."""
    return len(text) * size * (0.65 if bold else 0.6)


def card(title: str, text: str = "", w: float = 240, h: float = 140, kind: str = enums.CardKind.ACTOR,
         influence: int | None = None) -> model.Card:  # fmt: skip
    return model.Card(1, kind, title, text, enums.PlanningArea.YOUTH, 100, 50, w, h, 1, influence)


def test_wrap_breaks_at_spaces_and_hyphens_and_marks_broken_words():
    lines = list(bl.wrap("Jugendhilfe-, Sozial- und Gesundheitsplanung", 10, False, 90, mono))
    assert all(mono(line, 10, False) <= 90 for line in lines)
    assert lines[0].startswith("Jugendhilfe-,")
    long = list(bl.wrap("Gesundheitsberichterstattung", 10, False, 60, mono))
    assert len(long) > 1 and all(line.endswith("-") for line in long[:-1])
    assert "".join(line.removesuffix("-") for line in long) == "Gesundheitsberichterstattung"


def test_elide_fits_and_ends_with_an_ellipsis():
    assert bl.elide("kurz", 10, False, 100, mono) == "kurz"
    cut = bl.elide("Jugendamt: Jugendhilfeplanung", 10, True, 100, mono)
    assert cut.endswith(bl.ELLIPSIS) and mono(cut, 10, True) <= 100 and cut.startswith("Jugendamt")


def test_title_shrinks_until_its_longest_word_fits():
    area_w = 240 - 2 * st.CARD_PADDING
    assert bl.title_size("Kreistag", area_w, mono) == st.TITLE_FONT_SIZE
    size = bl.title_size("Jugendhilfeausschussvorsitz", area_w, mono)
    assert st.TITLE_MIN_FONT_SIZE <= size < st.TITLE_FONT_SIZE
    assert mono("Jugendhilfeausschussvorsitz", size, True) <= area_w or size == st.TITLE_MIN_FONT_SIZE


def test_card_text_sits_in_the_text_area_and_long_text_is_cut_with_an_ellipsis():
    c = card("Netzwerkkoordination Frühe Hilfen", "Ein langer Text über die Netzwerkkonferenz. " * 20, influence=2)
    layout = bl.card_text_layout(c, True, mono)
    area = bl.text_area(bl.card_rect(c), c.influence, True)
    assert layout.truncated and layout.lines[-1].text.endswith(bl.ELLIPSIS)
    for line in layout.lines:
        assert area.x == line.x and area.y <= line.y
        assert line.y + line.size * st.TEXT_LINE_SPACING <= area.bottom + 0.5
        assert mono(line.text, line.size, line.bold) <= area.w + 0.01
    titles = [line for line in layout.lines if line.bold]
    assert titles and {line.size for line in titles} == {bl.title_size(c.title, area.w, mono)}
    assert layout.lines[len(titles)].y >= titles[-1].y + titles[-1].size * st.TEXT_LINE_SPACING


def test_committee_text_starts_below_its_header_band_and_a_missing_title_shows_a_placeholder():
    c = card("Jugendhilfeausschuss", "Beschließt", kind=enums.CardKind.COMMITTEE)
    layout = bl.card_text_layout(c, False, mono)
    assert layout.header_height == bl.header_band_height(1)
    assert layout.lines[-1].y >= c.y + layout.header_height
    empty = bl.card_text_layout(card(""), False, mono, placeholder="(ohne Titel)")
    assert empty.lines[0].placeholder and empty.lines[0].text == "(ohne Titel)" and empty.header_height == 0


def test_link_labels_are_cut_as_on_the_board():
    assert bl.link_label_text("  Daten   auf\nAnfrage ") == "Daten auf Anfrage"
    cut = bl.link_label_text("x" * 100)
    assert len(cut) == bl.LINK_LABEL_MAX_CHARS and cut.endswith(bl.ELLIPSIS)
    w, h = bl.link_label_size("Daten", mono)
    assert w == mono("Daten", st.LINK_LABEL_FONT_SIZE, False) + 2 * st.LINK_LABEL_PADDING and h > st.LINK_LABEL_FONT_SIZE


def test_stacking_puts_zones_below_links_and_cards_above_in_z_order():
    back = model.Zone(1, "hinten", "#e8eef7", 0, 0, 10, 10, -100)
    front = model.Zone(2, "vorn", "#e8eef7", 0, 0, 10, 10, 5)
    high = model.Card(2, enums.CardKind.ACTOR, "b", "", enums.PlanningArea.OTHER, 0, 0, 1, 1, 3)
    low = model.Card(3, enums.CardKind.ACTOR, "a", "", enums.PlanningArea.OTHER, 0, 0, 1, 1, 1)
    level = model.Card(4, enums.CardKind.ACTOR, "c", "", enums.PlanningArea.OTHER, 0, 0, 1, 1, bl.LINK_Z)
    below, above = bl.stacking(model.Board([high, low, level], [], [back, front], []))
    assert below == [back, level]  # on equal z the links, added last, lie on top
    assert above == [low, high, front]


def test_placing_labels_in_grids_gives_the_same_spots_as_the_plain_search():
    rnd = random.Random(3)
    rects = [bl.Rect(rnd.uniform(0, 2000), rnd.uniform(0, 2000), 240, 140) for _ in range(120)]
    headers = [bl.Rect(rnd.uniform(0, 2000), rnd.uniform(0, 2000), 600, 40) for _ in range(12)]
    grid, soft = bl.RectGrid(rects), bl.RectGrid(headers)
    for _ in range(200):
        start, end = (rnd.uniform(0, 2000), rnd.uniform(0, 2000)), (rnd.uniform(0, 2000), rnd.uniform(0, 2000))
        plain = bl.place_label(start, end, 90, 21, rects, headers)
        fast = bl.place_label_in_grids(start, end, 90, 21, grid, soft)
        assert abs(plain[0] - fast[0]) < 1e-6 and abs(plain[1] - fast[1]) < 1e-6


def narrow_ellipsis(text: str, size: float, bold: bool) -> float:
    """Like ``mono``, with the ellipsis and the comma as narrow as in a real font."""
    return sum(size * (0.3 if ch in ",.…" else 0.6) for ch in text)


def test_a_line_never_starts_with_a_comma_or_other_closing_mark():
    # A space typed before the comma; a word that fits only without its comma; "50 %".
    assert list(bl.wrap("Jugendamt , Schule", 10, False, 100, mono)) == ["Jugendamt ,", "Schule"]
    assert list(bl.wrap("Kita (Süd) , Schule", 10, False, 60, mono))[1][0] not in bl.NO_LINE_START
    lines = list(bl.wrap("Schuleingangsuntersuchung, Jugendamt", 10, False, 25 * 6, narrow_ellipsis))
    assert lines[0].endswith("-") and lines[1][0].isalpha() and "," in lines[1]
    assert "".join(line.removesuffix("-") for line in lines[:2]).startswith("Schuleingangsuntersuchung,")
    assert list(bl.wrap("Beteiligung 50 %", 10, False, 90, mono)) == ["Beteiligung", "50 %"]
    assert list(bl.wrap("Jugendamt – Schule", 10, False, 100, mono)) == ["Jugendamt –", "Schule"]
    rng = random.Random(7)
    words = ["Jugendhilfeausschuss", "Kita", "Schule", "Gesundheitsamt", "Netzwerk", "Familienhebamme"]
    marks = [",", " ,", ".", " :", " %", ")", " –", "…", "!"]
    for _ in range(300):
        text = " ".join(rng.choice(words) + (rng.choice(marks) if rng.random() < 0.5 else "") for _ in range(8))
        width = rng.choice([60, 90, 120, 150, 200])
        for measure in (mono, narrow_ellipsis):
            lines = list(bl.wrap(text, 10, False, width, measure))
            for line in lines[1:]:
                assert bl.may_start_line(line), (text, width, lines)
            # nothing lost: the lines give back the text
            joined = " ".join(lines).replace("- ", "")
            assert joined.replace(" ", "") == text.replace(" ", "")
    # the card text layout the canvas and the PDF share follows the same rule
    c = card("Netzwerk , Koordination", "Schuleingangsuntersuchung, Familienhebamme , Kita (Süd) , 50 %", w=160, h=240)
    layout = bl.card_text_layout(c, False, mono)
    assert all(line.text[0] not in bl.NO_LINE_START for line in layout.lines)
