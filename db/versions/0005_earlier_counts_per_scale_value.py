"""earlier results: one count per value of the item's scale

Revision ID: 0005
Revises: 0004

Until now an earlier round kept only the tick counts (``{number, yes, partly, no,
unknown}``), so the distribution of a graded or frequency item was lost in a
follow-up. An earlier item now records its scale (``tick``, ``graded``, ``frequency``,
``open``) and each round keeps one count per value that item offered:
``{"number": 1, "counts": {"high": 3, "medium": 1, "low": 0, "none": 0, "unknown": 1}}``.

Existing rows are converted:

- The scale: ``tick`` when the old rounds hold tick answers (only a tick item has them);
  else the scale of the joint assessment's value when it is a graded or frequency level;
  else the scale of the item with the same code and wording in this file's own catalog
  (a follow-up copies the catalog of the workshop it came from); else ``tick``.
- Tick rounds keep their counts as they are, under ``counts`` (the values the catalog
  offers, and any value someone chose).
- For a graded or frequency item the older version recorded none of its levels, only
  how many could not judge it; such rounds are dropped rather than kept as a
  distribution that claims nobody chose any level. The joint assessment and the note
  are kept.

The downgrade writes the old shape back (graded and frequency levels cannot be
expressed in it and are left out, as the older version did).
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_TICK = ("yes", "partly", "no", "unknown")
_LEVELS = ("yes", "partly", "no")
_GRADED = ("high", "medium", "low", "none")
_FREQUENCY = ("regular", "sometimes", "rarely", "never")


def _norm(text: str) -> str:
    return " ".join((text or "").split()).casefold()


def _json(value: object) -> object:
    return json.loads(value) if isinstance(value, str) else value


def upgrade() -> None:
    op.add_column("earlier_item", sa.Column("scale", sa.String(length=12), nullable=False, server_default="tick"))
    conn = op.get_bind()
    catalog = conn.execute(sa.text("SELECT key, scale FROM catalog WHERE id = 1")).first()
    key = catalog[0] if catalog else None
    offered = [v for v in _TICK if v in (_json(catalog[1]) or _TICK)] if catalog else list(_TICK)
    items = {
        code: (statement, scale)
        for code, statement, scale in conn.execute(sa.text("SELECT code, statement, scale FROM catalog_item"))
    }
    workshops = dict(conn.execute(sa.text("SELECT id, catalog_key FROM earlier_workshop")).all())
    rows = conn.execute(sa.text("SELECT id, earlier_id, code, statement, joint_value, rounds FROM earlier_item")).all()
    for ident, earlier_id, code, statement, joint, raw in rows:
        old = _json(raw) or []
        same = workshops.get(earlier_id) == key and code in items and _norm(items[code][0]) == _norm(statement)
        if any(r.get(v, 0) for r in old for v in _LEVELS):
            scale = "tick"
        elif joint in _GRADED:
            scale = "graded"
        elif joint in _FREQUENCY:
            scale = "frequency"
        else:
            scale = items[code][1] if same else "tick"
        rounds = []
        if scale == "tick":
            values = offered if same else list(_TICK)
            for r in old:
                counts = {v: int(r.get(v, 0)) for v in _TICK if v in values or r.get(v, 0)}
                rounds.append({"number": int(r.get("number", 1)), "counts": counts})
        conn.execute(
            sa.text("UPDATE earlier_item SET scale = :scale, rounds = :rounds WHERE id = :id"),
            {"scale": scale, "rounds": json.dumps(rounds), "id": ident},
        )


def downgrade() -> None:
    conn = op.get_bind()
    for ident, raw in conn.execute(sa.text("SELECT id, rounds FROM earlier_item")).all():
        rounds = []
        for r in _json(raw) or []:
            counts = r.get("counts", {})
            rounds.append({"number": r.get("number", 1), **{v: int(counts.get(v, 0)) for v in _TICK}})
        conn.execute(sa.text("UPDATE earlier_item SET rounds = :rounds WHERE id = :id"), {"rounds": json.dumps(rounds), "id": ident})
    with op.batch_alter_table("earlier_item") as batch:
        batch.drop_column("scale")
