"""Diagnostics for the field: a rotating log file and native crash traces.

``setup()`` (idempotent) sends the ``fh_desktop`` loggers to ``log_path()`` in the
user data folder (``paths.log_dir``), rotating at 1 MB with three old files kept, and
turns on ``faulthandler`` so a native crash (Qt, SQLite) leaves its Python stack in
``crash_log_path()``. The window adds Qt's own messages (``qInstallMessageHandler``)
and names ``log_path()`` in *Hilfe → Über*. Logs hold technical details (exception
types, file names), never workshop content on purpose.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
from pathlib import Path
from typing import IO

from fh_desktop import paths

LOGGER = "fh_desktop"
LOG_NAME = "fh-desktop.log"
CRASH_NAME = "fh-desktop-absturz.log"
MAX_BYTES = 1_000_000
BACKUPS = 3

_handler: logging.Handler | None = None
_crash_file: IO[str] | None = None


def log_path() -> Path:
    """Where the log file is (the window shows this in Hilfe → Über)."""
    return paths.log_dir() / LOG_NAME


log_file = log_path  # the name the window's code (ui.common.errors) asks for


def crash_log_path() -> Path:
    return paths.log_dir() / CRASH_NAME


def setup(level: int = logging.INFO) -> Path:
    """Start logging to the rotating file and enable faulthandler; returns the log path."""
    global _handler, _crash_file
    target = log_path()
    if _handler is not None and getattr(_handler, "baseFilename", None) == str(target):
        return target
    teardown()
    try:
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        handler = logging.StreamHandler(sys.stderr)  # no user folder: better than nothing
        handler.setLevel(logging.ERROR)
    handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger(LOGGER)
    logger.addHandler(handler)
    logger.setLevel(level)
    _handler = handler
    try:
        _crash_file = open(crash_log_path(), "a", encoding="utf-8")  # kept open for faulthandler
        faulthandler.enable(file=_crash_file, all_threads=True)
    except OSError:
        _crash_file = None
    return target


def teardown() -> None:
    """Undo ``setup`` (tests; a changed user folder)."""
    global _handler, _crash_file
    if _handler is not None:
        logging.getLogger(LOGGER).removeHandler(_handler)
        _handler.close()
        _handler = None
    if _crash_file is not None:
        if faulthandler.is_enabled():
            faulthandler.disable()
        _crash_file.close()
        _crash_file = None


def log_unexpected(exc: BaseException, what: str = "unexpected error") -> Path:
    """Write ``exc`` with its traceback to the log; returns where it went."""
    path = setup()
    logging.getLogger(LOGGER).error("%s: %s", what, type(exc).__name__, exc_info=exc)
    if _handler is not None:
        _handler.flush()
    return path
