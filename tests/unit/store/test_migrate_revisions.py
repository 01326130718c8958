"""The cheap revision reader agrees with Alembic's own view of ``db/versions``."""

from __future__ import annotations

from alembic.config import Config
from alembic.script import ScriptDirectory

from fh_desktop import resources
from fh_desktop.store import migrate


def _alembic_scripts() -> ScriptDirectory:
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.migrations_dir()))
    return ScriptDirectory.from_config(cfg)


def test_head_and_known_revisions_match_alembic():
    scripts = _alembic_scripts()
    assert [migrate.head()] == list(scripts.get_heads())
    for rev in scripts.walk_revisions():
        assert migrate.is_known(rev.revision)
        assert migrate._revisions()[rev.revision] == rev.down_revision
    assert not migrate.is_known("9999_from_a_newer_version")


def test_opening_a_current_file_does_not_import_alembic(demo_file):
    import subprocess
    import sys

    code = (
        "import sys; from fh_desktop.store.workshop_file import WorkshopFile\n"
        f"WorkshopFile.open({str(demo_file)!r}).close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
