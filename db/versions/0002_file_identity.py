"""file identity and generation

Every workshop file gets its own identity (a random uuid, kept by copies, new for
every created or restored file) and a generation counter that every committed
transaction increases. Together they tell whether a journal left beside a file after
a crash belongs to that file (see ``store.sidecars``) and let later workshops refer to
the file they follow up.

Revision ID: 0002
Revises: 0001
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "file_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.get_bind().execute(
        sa.text("INSERT INTO file_identity (id, uuid, generation) VALUES (1, :uuid, 0)"),
        {"uuid": uuid.uuid4().hex},
    )


def downgrade() -> None:
    op.drop_table("file_identity")
