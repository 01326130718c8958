"""The window has one write path: widgets change the workshop only through commands.

A service's writing method called from ``fh_desktop/ui`` must sit in a command class
(``StoreCommand`` and its kin) or in a function handed to ``WorkshopCommands.call`` /
``write`` / ``irreversible``; anything else would bypass the one guard and the one undo
history (``ui/common/commands.py``).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "fh_desktop" / "ui"
SERVICES = {"board", "actions", "checklist", "meta", "action_import", "snapshot", "service", "cycle"}
WRITES = re.compile(
    r"^(add|update|remove|restore|set|move|use|start|reveal|discard|anonymise|delete|initialise|order_by)_|^(submit|apply)$"
)
DOORS = {"call", "write", "irreversible"}
# Not content but how the window is set up (board view options, hidden columns) and the
# step timer's own clock: they are saved in the file, but nobody wants them undone.
PREFERENCES = {("meta", "set_setting"), ("meta", "update_step")}


def _writes_outside_commands(tree: ast.AST) -> list[tuple[int, str]]:
    parents: dict[ast.AST, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node

    def guarded(node: ast.AST) -> bool:
        while node in parents:
            up = parents[node]
            if isinstance(up, ast.ClassDef) and any(
                getattr(b, "id", getattr(b, "attr", "")).endswith("Command") for b in up.bases
            ):
                return True
            if isinstance(node, (ast.Lambda, ast.FunctionDef)) and isinstance(up, ast.Call):
                if isinstance(up.func, ast.Attribute) and up.func.attr in DOORS:
                    return True
            node = up
        return False

    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        method, owner = node.func.attr, node.func.value
        service = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
        if service in SERVICES and WRITES.match(method) and (service, method) not in PREFERENCES:
            if not guarded(node):
                found.append((node.lineno, f"{service}.{method}"))
    return found


def test_no_widget_writes_past_the_commands():
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        for line, call in _writes_outside_commands(ast.parse(path.read_text(encoding="utf-8"))):
            offenders.append(f"{path.relative_to(UI)}:{line}: {call}")
    assert offenders == []


def test_the_check_finds_a_bypass():
    source = "def save(self):\n    self.wf.board.update_card(1, title='x')\n"
    assert _writes_outside_commands(ast.parse(source)) == [(2, "board.update_card")]
    guarded = "def save(self):\n    self.commands.call('t', lambda: self.wf.board.update_card(1), lambda: None)\n"
    assert _writes_outside_commands(ast.parse(guarded)) == []
    via_controller = "def save(self):\n    self.controller.service.set_dot_meaning('red', 'x')\n"
    assert _writes_outside_commands(ast.parse(via_controller)) == [(2, "service.set_dot_meaning")]


def test_every_command_says_how_to_apply_and_revert_itself():
    # StoreCommand.apply/revert are the abstract interface (they raise); a command the
    # stack can run must bring both. Leaf classes are the ones the window instantiates.
    import importlib
    import pkgutil

    import fh_desktop.ui as ui_package
    from fh_desktop.ui.common.commands import StoreCommand

    for info in pkgutil.walk_packages(ui_package.__path__, "fh_desktop.ui."):
        importlib.import_module(info.name)

    def leaves(cls: type) -> list[type]:
        subs = cls.__subclasses__()
        return [cls] if not subs else [leaf for sub in subs for leaf in leaves(sub)]

    found = leaves(StoreCommand)
    assert len(found) >= 8
    for cls in found:
        for name in ("apply", "revert"):
            assert getattr(cls, name) is not getattr(StoreCommand, name), f"{cls.__name__}.{name}"
