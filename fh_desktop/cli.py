"""Command line: ``fh-desktop [FILE]`` opens the window, sub-commands run headless.

Errors print one line on stderr and exit 1 (2 for usage errors); no traceback ever
reaches the user, and input files are only ever read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from fh_desktop.domain.errors import FhError

PROG = "fh-desktop"
EXIT_ERROR = 1
EXIT_USAGE = 2

# name -> (help text, function adding arguments, function running the command)
Command = tuple[str, Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]
COMMANDS: dict[str, Command] = {}


def command(name: str, help_text: str, add_args: Callable[[argparse.ArgumentParser], None]):
    def register(run: Callable[[argparse.Namespace], int]):
        COMMANDS[name] = (help_text, add_args, run)
        return run

    return register


def _file_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, help="Workshop-Datei (.fhw)")


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
    from fh_desktop.store.workshop_file import WorkshopFile

    with WorkshopFile.open(args.file) as wf:
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
    from fh_desktop.domain.errors import FileAccessError, ValidationError
    from fh_desktop.store.workshop_file import build_empty, building

    try:
        raw = json.loads(args.json_file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FileAccessError("Die Datei „{path}“ gibt es nicht.", path=args.json_file) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(
            "„{path}“ ist kein gültiges JSON: {detail}", path=args.json_file, detail=exc
        ) from None
    data = serialize.from_dict(raw)
    with building(args.file, overwrite=args.force) as tmp:
        wf = build_empty(tmp)
        try:
            wf.snapshots.load(data)
        except Exception as exc:  # a constraint violated by the JSON content
            wf.close()
            if isinstance(exc, FhError):
                raise
            raise ValidationError(
                "Die JSON-Daten passen nicht zusammen: {detail}", detail=str(exc).splitlines()[0]
            ) from None
        wf.close()
    print(f"Workshop wiederhergestellt: {args.file}")
    return 0


@command("check", "Unversehrtheit und Schema einer Workshop-Datei prüfen", _file_arg)
def cmd_check(args: argparse.Namespace) -> int:
    from fh_desktop.domain.errors import CorruptFileError
    from fh_desktop.store.workshop_file import WorkshopFile

    with WorkshopFile.open(args.file) as wf:
        problems = wf.integrity_check()
        version = wf.schema_version()
    if problems:
        raise CorruptFileError(
            "Die Workshop-Datei „{path}“ ist beschädigt: {detail}", path=args.file, detail="; ".join(problems)
        )
    print(f"OK: {args.file} (Schema {version})")
    return 0


def _load_optional_commands() -> None:
    """Commands contributed by later features register themselves on import."""
    import importlib

    for module in ("fh_desktop.cli_export", "fh_desktop.cli_collect", "fh_desktop.cli_cycle"):
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise


def build_parser() -> argparse.ArgumentParser:
    from fh_desktop import __version__

    _load_optional_commands()
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "Frühe Hilfen Werkstatt. Ohne Befehl (oder mit einer .fhw-Datei) öffnet sich das "
            "Fenster; mit einem Befehl läuft das Programm ohne Fenster."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="BEFEHL")
    for name, (help_text, add_args, run) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        add_args(p)
        p.set_defaults(run=run)
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=PROG, add_help=False)
    p.add_argument("file", nargs="?", type=Path)
    p.add_argument("--demo", action="store_true", help="den Demo-Workshop öffnen")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _load_optional_commands()
    headless = bool(argv) and (argv[0] in COMMANDS or argv[0] in ("-h", "--help", "--version"))
    try:
        if not headless:
            gui_args, rest = _gui_parser().parse_known_args(argv)
            if rest:
                build_parser().parse_args(argv)  # reports the usage error, exits 2
            from fh_desktop.app import run_gui

            return run_gui(gui_args.file, demo=gui_args.demo)
        args = build_parser().parse_args(argv)
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
        print(f"{PROG}: Unerwarteter Fehler: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
