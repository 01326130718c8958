"""``fh-desktop collect FILE [--bind ADDR] [--port N]``: phones answer without the window.

Serves the workshop's open individual round (or starts one over all the catalog's
statements), prints ``URL: …`` with the round's token, and serves until every scoring
participant has answered or it is stopped (Ctrl+C, SIGTERM). Each answer is stored as it
arrives, by this process's main thread, through the same service as the window uses.
"""

from __future__ import annotations

import argparse
import signal
import threading
from pathlib import Path
from types import FrameType

from fh_desktop.cli import command
from fh_desktop.domain.errors import ValidationError

DEFAULT_PORT = 8765
MSG_NOBODY = "Im Workshop ist noch niemand eingetragen, der die Checkliste bewertet."


def _collect_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, help="Workshop-Datei (.fhw)")
    p.add_argument(
        "--bind",
        metavar="ADDR",
        help="Adresse, auf der der Server lauscht (Standard: die erste Adresse im lokalen Netz)",
    )
    p.add_argument("--port", type=int, default=DEFAULT_PORT, metavar="N", help=f"Port (Standard: {DEFAULT_PORT}; 0 = frei wählen)")


@command("collect", "Antworten der Einzelrunde über das lokale Netz auf eigenen Geräten sammeln", _collect_args)
def cmd_collect(args: argparse.Namespace) -> int:
    from fh_desktop.store.workshop_file import WorkshopFile
    from fh_desktop.web import net
    from fh_desktop.web.participation import Participation

    address = args.bind or net.default_address()
    try:
        net.check_bind_address(address)
    except ValueError:
        raise ValidationError("„{address}“ ist keine einzelne Adresse dieses Rechners.", address=address) from None
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        with WorkshopFile.open(args.file) as wf:
            people = [p for p in wf.meta.participants() if not p.is_observer]
            if not people:
                raise ValidationError(MSG_NOBODY)
            rnd = wf.checklist.open_round()
            if rnd is None:
                rnd = wf.checklist.start_round()
                print(f"Runde {rnd.number} gestartet ({len(wf.checklist.round_items(rnd))} Aussagen).", flush=True)
            participation = Participation(wf, address, args.port)
            print(f"URL: {participation.url}", flush=True)
            print(f"Adresse: {participation.base_url}  Code: {participation.join_code}", flush=True)
            try:
                while participation.running and not stop.is_set() and not participation.complete():
                    participation.jobs.wait_and_run(0.2)
            finally:
                participation.stop()
            done = len(wf.checklist.submitted_ids(rnd.id))
            reason = "alle haben geantwortet" if done >= len(people) else "beendet"
            print(f"{done} von {len(people)} haben geantwortet ({reason}).", flush=True)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0
