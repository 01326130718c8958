"""Step 2, "Auf eigenen Geräten antworten": the moderator starts the server, phones answer.

The phones are real HTTP clients in helper threads; the window's event loop stores what
they send (the test only waits, as the moderator would).
"""

from __future__ import annotations

import socket
import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from fh_desktop.domain import enums
from tests.gui.checklist.helpers import NAMES, answer_as, click, make_workshop, open_page, start_round
from tests.unit.web.phone import Phone, Response


def in_background(qtbot, fn) -> Response:  # noqa: ANN001
    """Run one phone request off the GUI thread while the window's loop goes on."""
    out: list[object] = []
    worker = threading.Thread(target=lambda: out.append(fn()))
    worker.start()
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=20000)
    return out[0]  # type: ignore[return-value]


def start_on_loopback(qtbot, page):  # noqa: ANN001
    panel = page.devices_panel
    assert panel.isVisible() and panel.start_button.isVisible()
    assert panel.network.currentData() != "0.0.0.0"
    qtbot.mouseClick(panel.network, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    qtbot.keyClick(panel.network.view() if panel.network.view().isVisible() else panel.network, Qt.Key.Key_End)
    if panel.network.view().isVisible():
        qtbot.keyClick(panel.network.view(), Qt.Key.Key_Return)
    assert panel.network.currentData() == "127.0.0.1"
    panel.port.lineEdit().selectAll()
    qtbot.keyClicks(panel.port, "0")  # "automatisch": any free port, as tests must
    assert panel.port.value() == 0
    click(qtbot, panel.start_button)
    assert page.devices.running
    return page.devices.participation


def test_phones_and_the_shared_screen_answer_in_one_round(qtbot, tmp_path):
    path = make_workshop(tmp_path / "w.fhw", items=3)
    window, page = open_page(qtbot, path)
    window.moderation.projector.open_on(QApplication.primaryScreen())
    qtbot.waitUntil(lambda: window.moderation.projector.active)
    projector = window.moderation.projector.window.content
    start_round(qtbot, page)
    panel = page.devices_panel
    p = start_on_loopback(qtbot, page)
    assert p.url.startswith(f"http://127.0.0.1:{p.server.port}/r/")
    assert panel.qr.text() == p.url and panel.qr.isVisible()
    assert f"127.0.0.1:{p.server.port}" in panel.address.text() and p.join_code in panel.address.text()
    # The projector shows the large code, the short address and the join code.
    join = projector.progress.join
    qtbot.waitUntil(join.isVisible)
    assert join.qr.text() == p.url and join.code.text().endswith(p.join_code)
    assert join.address.text() == f"127.0.0.1:{p.server.port}"

    ids = [x.id for x in window.wf.meta.participants() if not x.is_observer]
    phone, spare = Phone(None, p.server.port, p.server.host, p.session.round_token), None
    in_background(qtbot, phone.join)
    assert in_background(qtbot, lambda: phone.claim(ids[0])).status == 200
    qtbot.waitUntil(lambda: ids[0] in panel.release_buttons)
    labels = [w.text() for w in panel.claims_host.findChildren(QLabel)]
    assert NAMES[0] in labels and "antwortet gerade" in labels

    # The phone went flat: the moderator frees the name, another phone takes it.
    click(qtbot, panel.release_buttons[ids[0]])
    qtbot.waitUntil(lambda: not panel.release_buttons)
    spare = Phone(None, p.server.port, p.server.host, p.session.round_token)
    in_background(qtbot, spare.join)
    assert in_background(qtbot, lambda: spare.claim(ids[0])).status == 200
    answers = {i.id: enums.Answer.PARTLY for i in window.wf.checklist.items()}
    assert in_background(qtbot, lambda: phone.submit(ids[0], answers)).status == 403
    assert in_background(qtbot, lambda: spare.submit(ids[0], answers, "vom Handy")).status == 200
    rnd = window.wf.checklist.open_round()
    assert window.wf.checklist.submitted_ids(rnd.id) == {ids[0]}
    qtbot.waitUntil(lambda: page.round_view.name_buttons[ids[0]].property("answered"))
    assert "1 von 6 haben geantwortet." in projector.progress.progress.text()
    qtbot.waitUntil(lambda: "abgeschickt" in [w.text() for w in panel.claims_host.findChildren(QLabel)])
    # Nothing of the answer on the projector or the panel.
    shown = "\n".join(w.text() for w in window.findChildren(QLabel) + projector.findChildren(QLabel))
    assert "vom Handy" not in shown and "teilweise" not in shown

    # The shared screen goes on in the same round.
    answer_as(qtbot, page, ids[1], [enums.Answer.YES] * 3)
    assert window.wf.checklist.submitted_ids(rnd.id) == {ids[0], ids[1]}

    # Revealing ends the server: the port closes, the panel offers a new start next round.
    port = p.server.port
    page.reveal_round()
    assert not page.devices.running
    with socket.socket() as s:
        assert s.connect_ex(("127.0.0.1", port)) != 0
    assert not join.isVisible()


def test_the_moderator_stops_the_server_and_closing_the_file_stops_it_too(qtbot, tmp_path):
    path = make_workshop(tmp_path / "w.fhw", items=2)
    window, page = open_page(qtbot, path)
    start_round(qtbot, page)
    p = start_on_loopback(qtbot, page)
    click(qtbot, page.devices_panel.stop_button)
    assert not p.running and page.devices_panel.start_button.isVisible()
    p2 = start_on_loopback(qtbot, page)
    assert p2.session.round_token != p.session.round_token  # a new start, new tokens
    window.close_workshop()
    assert not p2.running
