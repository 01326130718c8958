"""Command line: ``fh-desktop [FILE]`` opens the window, sub-commands run headless.

Errors print one line on stderr and exit 1 (2 for usage errors); no traceback ever
reaches the user (unexpected errors go to the log file, ``diagnostics``), and input
files are only ever read (``dump``, ``check`` and ``export`` open them read-only).
SIGTERM and SIGHUP end a command like Ctrl+C: open files are closed and half-built
ones removed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from typing import TYPE_CHECKING

from fh_desktop.domain.errors import FhError

if TYPE_CHECKING:
    from fh_desktop.store.workshop_file import WorkshopFile

PROG = "fh-desktop"
EXIT_ERROR = 1
EXIT_USAGE = 2

# name -> (help text, function adding arguments, function running the command)
Command = tuple[str, Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]
COMMANDS: dict[str, Command] = {}


Run = Callable[[argparse.Namespace], int]


def command(name: str, help_text: str, add_args: Callable[[argparse.ArgumentParser], None]) -> Callable[[Run], Run]:
    def register(run: Run) -> Run:
        COMMANDS[name] = (help_text, add_args, run)
        return run

    return register


def _file_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, metavar="DATEI", help="Workshop-Datei (.fhw)")


def open_workshop(path: Path, *, read_only: bool = False, salvage: bool = False) -> WorkshopFile:
    """Open ``path`` and tell on stderr what the store did on the user's behalf."""
    from fh_desktop.store.workshop_file import WorkshopFile

    wf = WorkshopFile.open(path, read_only=read_only, salvage=salvage)
    for warning in wf.warnings:
        print(f"{PROG}: Hinweis: {warning}", file=sys.stderr)
    return wf


def _demo_args(p: argparse.ArgumentParser) -> None:
    _file_arg(p)
    p.add_argument("--force", action="store_true", help="vorhandene Datei ersetzen")


@command("demo", "einen vollständigen Beispiel-Workshop schreiben", _demo_args)
def cmd_demo(args: argparse.Namespace) -> int:
    from fh_desktop.demo import write_demo

    write_demo(args.file, overwrite=args.force)
    print(f"Demo-Workshop geschrieben: {args.file}")
    return 0


@command("dump", "den Workshop als JSON ausgeben (Format: docs/dump-format.md)", _file_arg)
def cmd_dump(args: argparse.Namespace) -> int:
    from fh_desktop.domain import serialize

    # A damaged file is dumped as far as it can be read: the rescue the damage message names.
    with open_workshop(args.file, salvage=True) as wf:
        data = serialize.to_dict(wf.snapshots.snapshot())
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, sort_keys=False)
    sys.stdout.write("\n")
    return 0


def _restore_args(p: argparse.ArgumentParser) -> None:
    _file_arg(p)
    p.add_argument("json_file", type=Path, metavar="IN.json", help="Ausgabe von „dump“")
    p.add_argument("--force", action="store_true", help="vorhandene Datei ersetzen")


@command("restore", "aus einer JSON-Ausgabe von „dump“ eine neue Workshop-Datei erzeugen", _restore_args)
def cmd_restore(args: argparse.Namespace) -> int:
    from fh_desktop.domain import serialize
    from fh_desktop.domain.errors import MSG_FILE_MISSING, FileAccessError, ValidationError
    from fh_desktop.store import validate
    from fh_desktop.store.workshop_file import build_empty, building

    try:
        raw = json.loads(args.json_file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FileAccessError(MSG_FILE_MISSING, path=args.json_file) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(
            "„{path}“ ist kein gültiges JSON: {detail}", path=args.json_file, detail=exc
        ) from None
    data = serialize.from_dict(raw)
    # The same rules as every single edit in the app (vocabularies, geometry, lengths,
    # names, references, one open round): what restore writes, the window can open.
    problems = validate.workshop_problems(data)
    if len(problems) > 1:
        raise ValidationError("{first} (und {more} weitere Probleme)", first=problems[0], more=len(problems) - 1)
    if problems:
        raise problems[0]
    warnings: list[FhError] = []
    with building(args.file, overwrite=args.force, warnings=warnings) as tmp:
        wf = build_empty(tmp)
        try:
            wf.snapshots.load(data)
        finally:
            wf.close()
    for warning in warnings:
        print(f"{PROG}: Hinweis: {warning}", file=sys.stderr)
    print(f"Workshop wiederhergestellt: {args.file}")
    return 0


@command("check", "prüfen, ob eine Workshop-Datei unversehrt ist und alles enthält, was das Programm braucht", _file_arg)
def cmd_check(args: argparse.Namespace) -> int:
    from fh_desktop.domain.errors import CorruptFileError, UnknownValueError
    from fh_desktop.store.check import file_problems

    with open_workshop(args.file, read_only=True) as wf:
        problems = file_problems(wf)
        version = wf.schema_version()
    for problem in problems:
        print(f"{PROG}: {problem}", file=sys.stderr)
    if problems and all(isinstance(p, UnknownValueError) for p in problems):
        raise problems[0]
    if problems:
        raise CorruptFileError(
            "Die Workshop-Datei „{path}“ hat {count} Problem(e) (siehe oben); öffnen Sie eine Sicherungskopie "
            "oder retten Sie die lesbaren Daten mit „fh-desktop dump“.",
            path=args.file,
            count=len(problems),
        )
    print(f"OK: {args.file} (Schema {version})")
    return 0


def _load_commands() -> None:
    """The commands defined in their own modules register themselves on import."""
    from fh_desktop import cli_collect, cli_cycle, cli_export  # noqa: F401


def build_parser() -> argparse.ArgumentParser:
    from fh_desktop import __version__, cli_de

    cli_de.install()
    _load_commands()
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "Frühe-Hilfen-Werkstatt. Ohne Befehl (oder mit einer .fhw-Datei) öffnet sich das "
            "Fenster; mit einem Befehl läuft das Programm ohne Fenster."
        ),
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}", help="Versionsnummer anzeigen und beenden"
    )
    sub = parser.add_subparsers(dest="command", metavar="BEFEHL")
    for name, (help_text, add_args, run) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        add_args(p)
        p.set_defaults(run=run)
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    from fh_desktop import cli_de

    cli_de.install()
    p = argparse.ArgumentParser(prog=PROG, add_help=False)
    p.add_argument("file", nargs="?", type=Path)
    p.add_argument("--demo", action="store_true", help="den Demo-Workshop öffnen")
    return p


def _end_on_signals() -> None:
    """SIGTERM/SIGHUP (logout, ``kill``) end a command like Ctrl+C: ``with`` blocks close
    the workshop and remove half-built files instead of the process just vanishing."""
    import signal

    def stop(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), stop)


def _plain_window_call(argv: list[str]) -> bool:
    """``fh-desktop``, ``fh-desktop --demo``, ``fh-desktop FILE.fhw``: the window, known at once.

    These (a double-click, the menu entry) skip loading the headless commands: the first
    window is on screen sooner.
    """
    return not argv or argv == ["--demo"] or (len(argv) == 1 and argv[0].endswith(".fhw") and argv[0][:1] != "-")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    plain_window = _plain_window_call(argv)
    if not plain_window:
        _load_commands()
    headless = not plain_window and bool(argv) and (argv[0] in COMMANDS or argv[0] in ("-h", "--help", "--version"))
    try:
        if not headless:
            gui_args, rest = _gui_parser().parse_known_args(argv)
            if rest:
                build_parser().parse_args(argv)  # reports the usage error, exits 2
            from fh_desktop import platform_libs

            problem = platform_libs.window_problem()
            if problem:  # Qt would abort with a long plugin message: say what to install instead
                print(f"{PROG}: {problem}", file=sys.stderr)
                return EXIT_ERROR
            from fh_desktop.app import run_gui

            return run_gui(gui_args.file, demo=gui_args.demo)
        args = build_parser().parse_args(argv)
        from fh_desktop import diagnostics

        diagnostics.setup()
        _end_on_signals()
        return args.run(args)
    except FhError as exc:
        print(f"{PROG}: Fehler: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. ``dump FILE | head``): not an error of ours.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # last resort: one line, never a traceback
        from fh_desktop import diagnostics

        log = diagnostics.log_unexpected(exc, "command failed")
        print(f"{PROG}: Unerwarteter Fehler ({type(exc).__name__}); Einzelheiten stehen in {log}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
