"""Card text is wrapped, shrunk and cut the way a person would write on a card."""

from __future__ import annotations

from fh_desktop.domain import board_style as st
from fh_desktop.ui.board.card_text import ELLIPSIS, layout_card


def _texts(layout):
    return [line.text.text() for line in layout.lines]


def test_long_compound_title_shrinks_instead_of_breaking(qapp):
    layout = layout_card("Jugendhilfeausschuss", "", 240, 140, influence=None, has_dots=False, header_band=False)
    assert _texts(layout) == ["Jugendhilfeausschuss"]
    assert layout.lines[0].font.pixelSize() <= st.TITLE_FONT_SIZE


def test_a_word_too_long_for_any_size_is_hyphenated(qapp):
    layout = layout_card("Kinderschutzkoordinationsstellenbesetzungsverfahren", "", 160, 140,
                         influence=None, has_dots=False, header_band=False)
    texts = _texts(layout)
    assert len(texts) >= 2 and texts[0].endswith("-")
    assert "".join(t.rstrip("-") for t in texts) == "Kinderschutzkoordinationsstellenbesetzungsverfahren"


def test_overlong_text_is_cut_with_an_ellipsis_and_shown_in_full_elsewhere(qapp):
    text = "Bestandsaufnahme " * 40
    layout = layout_card("Planung", text, 240, 140, influence=2, has_dots=True, header_band=False)
    assert layout.truncated
    assert _texts(layout)[-1].endswith(ELLIPSIS)
    bottom = max(line.pos.y() for line in layout.lines) + st.TEXT_FONT_SIZE * st.TEXT_LINE_SPACING
    assert bottom <= 140  # nothing runs off the card


def test_empty_title_gets_a_placeholder_and_markup_stays_text(qapp):
    layout = layout_card("", "<b>fett</b> & =A1", 240, 140, influence=None, has_dots=False, header_band=True)
    assert _texts(layout)[0] == "(ohne Titel)"
    assert "<b>fett</b> & =A1" in _texts(layout)
    assert layout.header_height > 0


def test_line_breaks_typed_by_the_user_are_kept(qapp):
    layout = layout_card("A", "erste Zeile\nzweite Zeile", 240, 200, influence=None, has_dots=False, header_band=False)
    assert _texts(layout)[1:] == ["erste Zeile", "zweite Zeile"]
