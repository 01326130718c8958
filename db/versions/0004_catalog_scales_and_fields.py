"""catalog scales per item, source attribution, dialogue notes, action fields

Revision ID: 0004
Revises: 0003

Checklist items get their answer scale (tick, graded, frequency, open), where their
wording comes from (quoted, adapted + original, own), their Ebene and crosswalk
references; the catalog names the source of its dialogue questions; guiding questions
get a note and their origin; actions get Qualitätsdimension/Entwicklungsziel,
Kleingruppe/Fachbereiche, "Befassung im Gremium nötig" and Ebene. Existing rows keep
their meaning: every old item was ticked and quoted.
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

_COLUMNS = {
    'catalog': [
        sa.Column('dialogue_source', sa.Text(), nullable=False, server_default=''),
    ],
    'catalog_item': [
        sa.Column('scale', sa.String(length=12), nullable=False, server_default='tick'),
        sa.Column('origin', sa.String(length=10), nullable=False, server_default='quoted'),
        sa.Column('original', sa.Text(), nullable=False, server_default=''),
        sa.Column('level', sa.String(length=12), nullable=False, server_default=''),
        sa.Column('refs', sa.JSON(), nullable=False, server_default='[]'),
    ],
    'guiding_question': [
        sa.Column('note', sa.Text(), nullable=False, server_default=''),
        sa.Column('origin', sa.String(length=10), nullable=False, server_default='quoted'),
    ],
    'action': [
        sa.Column('dimension', sa.Text(), nullable=False, server_default=''),
        sa.Column('working_group', sa.Text(), nullable=False, server_default=''),
        sa.Column('needs_committee', sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column('level', sa.String(length=12), nullable=False, server_default=''),
    ],
}


def upgrade() -> None:
    # Plain ADD COLUMN, never a batch copy: re-creating catalog_item would drop the old
    # table, and with foreign keys on SQLite would cascade that to the answers.
    for table, columns in _COLUMNS.items():
        for column in columns:
            op.add_column(table, column)


def downgrade() -> None:
    for table, columns in _COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for column in columns:
                batch.drop_column(column.name)
