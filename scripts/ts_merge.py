#!/usr/bin/env python3
"""Merge two Qt Linguist ``.ts`` files so that no translation of either side is lost.

Used as a git merge driver for ``resources/translations/*.ts`` (see ``.gitattributes``):

    git config merge.ts.name "Qt .ts union of translations"
    git config merge.ts.driver "python3 scripts/ts_merge.py %O %A %B"

``%A`` (ours) is rewritten with every message of both sides; where both sides hold the same
message, a finished translation wins over an unfinished one, ours over theirs. The result is
not yet what the code asks for: run ``scripts/update-translations.sh`` after the merge, which
drops messages the code no longer has and recompiles the ``.qm`` files.

    python3 scripts/ts_merge.py BASE OURS THEIRS     (BASE is ignored)
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET


def _key(message: ET.Element) -> tuple[str, str]:
    return (message.findtext("source") or "", message.findtext("comment") or "")


def _finished(message: ET.Element) -> bool:
    tr = message.find("translation")
    return tr is not None and tr.get("type") not in ("unfinished", "obsolete", "vanished")


def merge(ours_path: str, theirs_path: str) -> None:
    ours = ET.parse(ours_path)
    theirs = ET.parse(theirs_path)
    contexts = {c.findtext("name"): c for c in ours.getroot().findall("context")}
    for t_ctx in theirs.getroot().findall("context"):
        name = t_ctx.findtext("name")
        o_ctx = contexts.get(name)
        if o_ctx is None:
            ours.getroot().append(t_ctx)
            contexts[name] = t_ctx
            continue
        known = {_key(m): m for m in o_ctx.findall("message")}
        for t_msg in t_ctx.findall("message"):
            o_msg = known.get(_key(t_msg))
            if o_msg is None:
                o_ctx.append(t_msg)
            elif not _finished(o_msg) and _finished(t_msg):
                o_ctx.remove(o_msg)
                o_ctx.append(t_msg)
    roots = sorted(ours.getroot().findall("context"), key=lambda c: c.findtext("name") or "")
    for ctx in list(ours.getroot().findall("context")):
        ours.getroot().remove(ctx)
    ours.getroot().extend(roots)
    ET.indent(ours, space="    ")
    body = ET.tostring(ours.getroot(), encoding="unicode")
    with open(ours_path, "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    merge(sys.argv[2], sys.argv[3])
