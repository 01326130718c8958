"""How the PDF report flows over its pages: no stranded headings, no near-empty pages.

Every section starts on a new page (most change the orientation), so whatever a
section leaves on its last page stays alone there. Three rules keep those pages
and the rest of the document readable:

- A heading keeps to the *start* of what follows it (``KeepWithStart``), not to all
  of it: reportlab's own ``keepWithNext`` moved a heading with its whole table to the
  next page whenever the table did not fit below it, leaving a page with nothing but
  the section's title.
- A table never leaves a single row on its last page (``GridTable``).
- The last table of a section fills at least ``LAST_PAGE_SHARE`` of its last page:
  when it would spill only a few rows, rows move over from the page before
  (``balance_section_ends``), so the page before the next section is not 85 % empty.
"""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, NextPageTemplate, PageBreak, Paragraph, Spacer, Table
from reportlab.platypus.doctemplate import FrameBreak
from reportlab.platypus.flowables import _listWrapOn

LAST_PAGE_SHARE = 1 / 3  # of the frame's height, at least, on a section's last page
WIDOW_ROWS = 2  # rows of a table, at least, on the page it ends on
START_ROWS = 2  # rows of a table a heading keeps with it at a page end
START_LINES = 3  # lines of a paragraph a heading keeps with it


class GridTable(Table):
    """A table that splits like a book's: never one row alone on its last page, and at
    the end of a section (``last_page`` set) its last page filled at least that high."""

    last_page: float = 0.0  # points the last piece should reach, with what follows it
    page_height: float = 0.0  # usable height of the frame the table ends in
    after: tuple[Flowable, ...] = ()  # short flowables that follow the table on its last page

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 - reportlab API
        parts = super().split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        self._hand_on(parts[1])
        if self._tail(parts[1], availWidth) is None:  # the rest fills more than a page: not the end yet
            return parts
        balanced = False
        while self._short(parts[1], availWidth):
            kept = len(parts[0]._cellvalues)
            if kept - _header_rows(self) <= 1:  # the first page keeps one row at least
                break
            # One row fewer on this page (or more, where rows must stay together).
            moved = super().split(availWidth, sum(self._rowHeights[: kept - 1]))
            if len(moved) != 2 or self._tail(moved[1], availWidth) is None:
                break
            self._hand_on(moved[1])
            parts, balanced = moved, True
        # The rows moved over start the next page; the frame would otherwise fill the room
        # they left with the rest, split once more under a repeated header.
        return [parts[0], FrameBreak(), parts[1]] if balanced else parts

    def _hand_on(self, rest: GridTable) -> None:
        rest.last_page, rest.page_height, rest.after = self.last_page, self.page_height, self.after

    def _tail(self, rest: Table, width: float) -> float | None:
        """The rest's height with what follows it, on a page of its own; None if more than a page."""
        limit = self.page_height or float(0xFFFFFF)
        # Its rows as this table measured them: a long table's rest is seen to go on for
        # pages without laying it out again at every page end (3,000 rows, 120 pages).
        header = _header_rows(self)
        rows = self._rowHeights
        if sum(rows[:header]) + sum(rows[len(self._cellvalues) - len(rest._cellvalues) + header :]) > 1.1 * limit:
            return None
        height = rest.wrap(width, limit)[1]
        height += sum(f.wrap(width, limit)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in self.after)
        return height if height <= limit else None

    def _short(self, rest: Table, width: float) -> bool:
        if len(rest._cellvalues) - _header_rows(self) < WIDOW_ROWS:
            return True
        height = self._tail(rest, width)
        return height is not None and height < self.last_page


def _header_rows(table: Table) -> int:
    repeat = table.repeatRows
    return repeat if isinstance(repeat, int) else len(repeat)


class KeepWithStart(KeepTogether):
    """``keepWithNext`` that keeps headings with the start of what follows them.

    reportlab keeps a heading with the whole next flowable: a table that does not fit
    under its heading takes the heading with it to the next page. Here only the table's
    header and first rows (a paragraph's first lines) must fit below the heading; the
    table then continues on the next page under its repeated header.
    """

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:  # noqa: N803 - reportlab API
        dims: list[tuple[float, float]] = []
        width, _h = _listWrapOn(self._content, aW, self.canv, dims=dims)
        self._H0 = dims[0][1] if dims else 0
        self._wrapInfo = aW, aH
        self._H = _h
        last = self._content[-1]
        if dims and not hasattr(last, "frameAction"):
            self._H -= dims[-1][1] - _start_height(last, dims[-1][1])
        return width, 0xFFFFFF  # as KeepTogether: always asked to split


def _start_height(flowable: Flowable, height: float) -> float:
    """The part of ``flowable`` a heading must not be parted from."""
    if isinstance(flowable, Table):
        rows = flowable._rowHeights
        return min(height, sum(rows[: _header_rows(flowable) + START_ROWS]))
    if isinstance(flowable, Paragraph):
        return min(height, START_LINES * flowable.style.leading)
    return height


def balance_section_ends(story: list, heights: Mapping[str, float], first_template: str) -> None:
    """Marks the table that ends each page run before a page break (a section, mostly)
    so that it fills a good part of its last page. ``heights``: usable frame height by
    page template. Only a table followed by nothing but short text counts; a board page
    or a chart ends the run as it is."""
    template = pending = first_template
    run_template: list[str] = []  # the template of the page each flowable starts on
    for f in story:
        if isinstance(f, NextPageTemplate):
            pending = f.action[1] if isinstance(f.action, (list, tuple)) and len(f.action) > 1 else pending
        if isinstance(f, PageBreak):
            template = pending
        run_template.append(template)
    for i, f in enumerate(story):
        if not isinstance(f, PageBreak) or i == 0:
            continue
        after: list[Flowable] = []
        j = i - 1
        while j >= 0 and isinstance(story[j], (NextPageTemplate, Spacer, Paragraph)) and not isinstance(story[j], CondPageBreak):
            if not isinstance(story[j], NextPageTemplate):
                after.insert(0, story[j])
            j -= 1
        table = story[j] if j >= 0 else None
        if isinstance(table, GridTable) and run_template[j] in heights:
            table.page_height = heights[run_template[j]]
            table.last_page = LAST_PAGE_SHARE * table.page_height
            table.after = tuple(after)
