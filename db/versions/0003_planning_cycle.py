"""planning cycle: action review fields and origin, earlier workshops' results

Revision ID: 0003
Revises: 0001

Actions gain Stand der Umsetzung (``progress``), Wiedervorlage am (``review_on``),
this workshop's review decision and their origin (workshop date, Nr., file identity).
Two new tables hold the results of earlier workshops of a follow-up chain:
distributions per round, joint assessments and notes, never individual answers.
Existing rows keep their data; the new columns start empty.
"""

from alembic import op
import sqlalchemy as sa


revision = "0003"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("action") as batch:
        batch.add_column(sa.Column("progress", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("review_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("review_decision", sa.String(length=12), nullable=False, server_default=""))
        batch.add_column(sa.Column("origin_date", sa.Date(), nullable=True))
        batch.add_column(sa.Column("origin_number", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("origin_file_id", sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "earlier_workshop",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("kommune", sa.Text(), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("file_id", sa.Text(), nullable=False),
        sa.Column("catalog_key", sa.Text(), nullable=False),
        sa.Column("catalog_title", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "earlier_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("earlier_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("statement", sa.Text(), nullable=False),
        sa.Column("joint_value", sa.String(length=10), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("needs_action", sa.Boolean(), nullable=False),
        sa.Column("rounds", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["earlier_id"], ["earlier_workshop.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_earlier_item_earlier_id", "earlier_item", ["earlier_id"])


def downgrade() -> None:
    op.drop_index("ix_earlier_item_earlier_id", table_name="earlier_item")
    op.drop_table("earlier_item")
    op.drop_table("earlier_workshop")
    with op.batch_alter_table("action") as batch:
        for name in ("origin_file_id", "origin_number", "origin_date", "review_decision", "review_on", "progress"):
            batch.drop_column(name)
