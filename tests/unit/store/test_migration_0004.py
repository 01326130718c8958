"""Migration 0004 (item scales, attribution, dialogue notes, action fields) keeps old data."""

from __future__ import annotations

import sqlite3

from fh_desktop.store import migrate
from fh_desktop.store.fileformat import APPLICATION_ID
from fh_desktop.store.workshop_file import WorkshopFile


def test_a_file_at_0001_with_answers_keeps_them_and_reads_as_ticked_and_quoted(tmp_path):
    path = tmp_path / "alt.fhw"
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id={APPLICATION_ID}")
    con.execute("PRAGMA foreign_keys=ON")
    migrate.upgrade(con, "0001")
    con.execute("INSERT INTO workshop (id, title, kommune, place, moderator, notes) VALUES (1, 'Alt', '', '', '', '')")
    con.execute("INSERT INTO catalog (id, key, title, source, scale) VALUES (1, 'qd4-planung', 'QD 4', '', '[\"yes\", \"no\"]')")
    con.execute("INSERT INTO catalog_item (id, position, code, topic, statement, help) VALUES (7, 0, '1.1', 'T', 'Aussage', '')")
    con.execute("INSERT INTO participant (id, name, role, is_observer, position) VALUES (1, 'Anna', '', 0, 0)")
    con.execute("INSERT INTO round (id, number, item_ids, state, anonymous) VALUES (1, 1, NULL, 'revealed', 0)")
    con.execute("INSERT INTO answer (id, round_id, participant_id, item_id, value) VALUES (1, 1, 1, 7, 'yes')")
    con.execute(
        "INSERT INTO action (id, position, title, goal, description, responsible, involved, priority, status,"
        " resources, indicator) VALUES (1, 0, 'Bericht', '', '', '', '', 'mittel', 'offen', '', '')"
    )
    con.execute("INSERT INTO guiding_question (id, step, position, text) VALUES (1, 2, 1000, 'Frage?')")
    con.commit()
    con.close()
    with WorkshopFile.open(path) as wf:
        assert wf.schema_version() == migrate.head()
        (item,) = wf.checklist.items()
        assert (item.scale, item.origin, item.original, item.refs) == ("tick", "quoted", "", [])
        assert [a.value for a in wf.checklist.answers()] == ["yes"]
        (action,) = wf.actions.actions()
        assert (action.dimension, action.working_group, action.needs_committee, action.level) == ("", "", False, "")
        (question,) = wf.meta.questions(2)
        assert (question.note, question.origin) == ("", "quoted")
