"""Alembic environment for workshop files.

Migrations always run on the connection the application has already opened and
locked (passed in ``config.attributes["connection"]``), never on a URL, so a
migration cannot race another instance. ``render_as_batch`` lets ALTER TABLE work
on SQLite by copying tables. All migrations of one upgrade share one transaction
(``store.migrate.upgrade``), so a failing one leaves the file as it was.
"""

from alembic import context

from fh_desktop.store.rows import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=False,
    transactional_ddl=True,  # SQLite can roll DDL back; Alembic assumes it cannot
)
with context.begin_transaction():
    context.run_migrations()
