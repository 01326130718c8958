"""A migration that fails leaves the file as it was, one verified backup and no lock."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from fh_desktop import resources
from fh_desktop.domain.errors import DiskFullError, StorageError
from fh_desktop.store import migrate
from fh_desktop.store.upgrade import content_digest
from fh_desktop.store.workshop_file import WorkshopFile
from tests.unit.store.old_files import at_revision
from tests.unit.store.small_fs import small_volume

FAILING = textwrap.dedent(
    '''
    """a migration that breaks half-way"""
    import sqlalchemy as sa
    from alembic import op

    revision = "0999"
    down_revision = "{head}"


    def upgrade():
        op.create_table("neu", sa.Column("id", sa.Integer(), primary_key=True))
        op.execute("UPDATE card SET title = 'verändert'")
        with op.batch_alter_table("card") as batch:
            batch.add_column(sa.Column("extra", sa.Text(), nullable=True))
        raise RuntimeError("kaputt")


    def downgrade():
        pass
    '''
)


@pytest.fixture
def broken_migrations(tmp_path, monkeypatch):
    scripts = tmp_path / "db"
    shutil.copytree(resources.migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "0999_broken.py").write_text(FAILING.format(head=migrate.head()), encoding="utf-8")
    monkeypatch.setattr(resources, "migrations_dir", lambda: scripts)
    migrate._revisions.cache_clear()
    yield
    migrate._revisions.cache_clear()


def state(path):
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0], content_digest(conn)
    finally:
        conn.close()


def backups(folder) -> list:
    return sorted(p for p in folder.iterdir() if ".vor-update-" in p.name)


def test_failing_migration_leaves_the_file_as_it_was(demo_file, broken_migrations):
    old = at_revision(demo_file, "0001")
    before = state(old)
    for _attempt in range(2):
        with pytest.raises(StorageError) as info:
            WorkshopFile.open(old)
        text = str(info.value)
        assert "bleibt unverändert" in text and "\n" not in text and "kaputt" not in text
        assert state(old) == before
        # Exactly one backup, however often it is tried, and it is the old file.
        found = backups(old.parent)
        assert len(found) == 1 and found[0].name in text
        assert state(found[0]) == before
    # No lock was left behind: another process may open the file (and fails the same way).
    out = subprocess.run([sys.executable, "-m", "fh_desktop", "dump", str(old)], capture_output=True, text=True)
    assert "bereits" not in out.stderr


def test_after_the_failure_a_working_version_opens_the_file(demo_file, broken_migrations, monkeypatch):
    old = at_revision(demo_file, "0001")
    with pytest.raises(StorageError):
        WorkshopFile.open(old)
    monkeypatch.undo()
    migrate._revisions.cache_clear()
    with WorkshopFile.open(old) as wf:
        assert wf.schema_version() == migrate.head()
        assert wf.board.cards()


CHILD = textwrap.dedent(
    """
    import resource, signal, sys
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[2]), int(sys.argv[2])))
    from fh_desktop.cli import main
    sys.exit(main(["dump", sys.argv[1]]))
    """
)


def test_no_backup_of_zero_bytes_on_a_full_disk(tmp_path, demo_file):
    with small_volume(tmp_path, "1m") as volume:
        old = volume.folder / "alt.fhw"
        shutil.copyfile(at_revision(demo_file, "0001"), old)
        before = state(old)
        if volume.real:
            volume.fill(leave=8 * 1024)
            with pytest.raises((StorageError, DiskFullError)) as info:
                WorkshopFile.open(old)
            assert "Sicherungskopie" in str(info.value) or "Platz" in str(info.value)
        else:  # no mount: a file size limit fails the backup's writes the same way
            out = subprocess.run([sys.executable, "-c", CHILD, str(old), "8192"], capture_output=True, text=True)
            assert out.returncode == 1 and "Sicherungskopie" in out.stderr
        assert backups(volume.folder) == []
        assert state(old) == before
