"""The participation server on 127.0.0.1, driven by real HTTP clients: the normal round."""

from __future__ import annotations

from fh_desktop.domain import enums
from tests.unit.web.conftest import all_items
from tests.unit.web.phone import Phone


def test_join_code_leads_to_the_round_and_the_page_carries_no_data(served):
    phone = Phone.of(served)
    code = served.session.join_code
    r = phone.request("GET", f"/join?code={code[:4]}-{code[4:].lower()}")
    assert r.status == 303
    assert r.headers["location"] == f"/r/{served.session.round_token}/"
    page = phone.request("GET", r.headers["location"])
    assert page.status == 200 and page.headers["content-type"].startswith("text/html")
    assert "/static/app.js" in page.text and "Anna" not in page.text
    assert page.headers["cache-control"] == "no-store"
    assert page.headers["content-security-policy"].startswith("default-src 'self'")
    assert page.headers["referrer-policy"] == "no-referrer"
    assert phone.request("GET", "/static/app.js").status == 200
    assert phone.request("GET", "/").status == 200


def test_the_url_printed_for_the_qr_code_holds_host_port_and_token(served):
    assert served.url == f"http://127.0.0.1:{served.server.port}/r/{served.session.round_token}/"
    assert len(served.session.round_token) >= 24
    assert len(served.join_code) == 9 and served.join_code[4] == "-"


def test_state_lists_statements_scale_and_scoring_names_only(wf, served, people):
    phone = Phone.of(served)
    assert phone.state().status == 401
    assert phone.join().status == 200
    state = phone.state().json()
    assert [s["id"] for s in state["statements"]] == [i.id for i in wf.checklist.items()]
    assert {s["scale"] for s in state["statements"]} == {"tick"}  # the default catalog: ticks only
    assert list(state["scales"]) == ["tick"]
    assert [o["value"] for o in state["scales"]["tick"]] == list(wf.checklist.catalog().scale)
    unknown = next(o for o in state["scales"]["tick"] if o["value"] == enums.Answer.UNKNOWN)
    assert unknown == {"value": "unknown", "de": "kann ich nicht beurteilen", "en": unknown["en"], "unknown": True}
    assert unknown["en"] and unknown["en"] != unknown["de"]
    assert [p["name"] for p in state["people"]] == [p.name for p in people]  # no observer
    assert all(p["free"] for p in state["people"])
    assert state["me"] == {"participant": None, "name": "", "submitted": False}


def test_claim_answer_reload_and_the_answers_arrive_exactly_once(wf, served, round_, people):
    events = []
    wf.events.subscribe(lambda e: events.append((e.topic, e.op)) if e.topic == "submission" else None)
    phone = Phone.of(served)
    phone.join()
    anna = people[0]
    claimed = phone.claim(anna.id)
    assert claimed.status == 200 and claimed.json()["me"]["participant"] == anna.id
    assert served.claims()[0].name == anna.name and served.claims()[0].device_label == "Android"
    answers = all_items(wf, enums.Answer.PARTLY)
    first = phone.submit(anna.id, answers, "Mehr Austausch", key="same-key-123")
    assert first.status == 200 and first.json() == {"submitted": True}
    # The reply got lost on the WLAN: the page sends the very same request again.
    again = phone.submit(anna.id, answers, "Mehr Austausch", key="same-key-123")
    assert again.status == 200
    assert events == [("submission", "changed")]
    stored = wf.checklist.answers(round_.id)
    assert len(stored) == len(answers) and {a.participant_id for a in stored} == {anna.id}
    assert [(s.participant_id, s.comment) for s in wf.checklist.submissions(round_.id)] == [(anna.id, "Mehr Austausch")]
    # A reload (same cookie, new connection) knows who this device is and that it is done.
    reloaded = Phone.of(served)
    reloaded.cookie = phone.cookie
    me = reloaded.state().json()["me"]
    assert me == {"participant": anna.id, "name": anna.name, "submitted": True}
    # A new key (a second send) does not store anything a second time.
    twice = phone.submit(anna.id, all_items(wf, enums.Answer.NO), key="another-key-456")
    assert twice.status == 409
    assert {a.value for a in wf.checklist.answers(round_.id)} == {enums.Answer.PARTLY}
    assert events == [("submission", "changed")]


def test_incomplete_or_foreign_values_are_refused_by_the_service(wf, served, round_, people):
    phone = Phone.of(served)
    phone.join()
    phone.claim(people[0].id)
    answers = all_items(wf)
    first_id = next(iter(answers))
    del answers[first_id]
    r = phone.submit(people[0].id, answers)
    assert r.status == 422 and "fehlen noch" in r.json()["message"]
    answers[first_id] = "maybe"
    assert phone.submit(people[0].id, answers).status == 422
    assert wf.checklist.answers(round_.id) == []
    # The device may try again with correct answers.
    assert phone.submit(people[0].id, all_items(wf)).status == 200


def test_a_second_device_cannot_take_a_claimed_or_answered_name(wf, served, people):
    first, second = Phone.of(served), Phone.of(served)
    first.join()
    second.join()
    assert first.claim(people[0].id).status == 200
    r = second.claim(people[0].id)
    assert r.status == 409 and r.json()["error"] == "taken"
    names = {p["id"]: p["free"] for p in second.state().json()["people"]}
    assert names[people[0].id] is False and names[people[1].id] is True
    first.submit(people[0].id, all_items(wf))
    served.release(people[0].id)  # even freed, an answered name is not offered again
    r = second.claim(people[0].id)
    assert r.status == 409 and r.json()["error"] == "answered"


def test_changing_ones_mind_before_sending_frees_the_first_name(wf, served, people):
    phone, other = Phone.of(served), Phone.of(served)
    phone.join()
    other.join()
    phone.claim(people[0].id)
    phone.claim(people[1].id)
    assert other.claim(people[0].id).status == 200
    assert phone.post("release", {}).json()["me"]["participant"] is None
    assert other.claim(people[1].id).status == 200


def test_the_moderator_releases_a_claim_and_another_device_answers(wf, served, round_, people):
    lost, new = Phone.of(served), Phone.of(served)
    lost.join()
    new.join()
    lost.claim(people[1].id)
    served.release(people[1].id)
    assert served.claims() == []
    assert new.claim(people[1].id).status == 200
    r = lost.submit(people[1].id, all_items(wf))
    assert r.status == 403 and r.json()["error"] == "not_yours"
    assert new.submit(people[1].id, all_items(wf)).status == 200
    assert wf.checklist.submitted_ids(round_.id) == {people[1].id}


def test_the_shared_screen_keeps_working_in_the_same_round(wf, served, round_, people):
    phone = Phone.of(served)
    phone.join()
    phone.claim(people[2].id)
    wf.checklist.submit(round_.id, people[0].id, all_items(wf, enums.Answer.NO))  # at the laptop
    names = {p["id"]: p["free"] for p in phone.state().json()["people"]}
    assert names[people[0].id] is False
    # Someone answered for the claimed name at the laptop too: the phone's send is refused.
    wf.checklist.submit(round_.id, people[2].id, all_items(wf, enums.Answer.NO))
    r = phone.submit(people[2].id, all_items(wf, enums.Answer.YES))
    assert r.status == 409 and r.json()["error"] == "answered"
    assert {a.value for a in wf.checklist.answers(round_.id)} == {enums.Answer.NO}


def test_reveal_or_cancel_stops_the_server(wf, served, round_):
    port = served.server.port
    stopped = []
    served.stopped_listeners.append(lambda: stopped.append(True))
    wf.checklist.reveal_round(round_.id)
    assert not served.running and stopped == [True]
    import socket

    with socket.socket() as s:
        assert s.connect_ex(("127.0.0.1", port)) != 0


def test_cancel_stops_it_too(wf, round_, people):
    from fh_desktop.web.participation import Participation

    p = Participation(wf, "127.0.0.1", 0)
    wf.checklist.discard_round(round_.id)
    assert not p.running


def test_stopping_lets_a_reply_in_progress_reach_the_phone():
    # The last phone of a round: its answer is stored, the round is complete and the
    # server stops while that phone's reply is still being written. It must arrive.
    import threading
    import time

    from fh_desktop.web.server import BackgroundServer
    from tests.unit.web.phone import raw_request

    entered = threading.Event()

    def slow_app(environ, start_response):
        entered.set()
        time.sleep(0.3)
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"gespeichert"]

    server = BackgroundServer(slow_app, "127.0.0.1")
    server.start()
    got: list[object] = []
    client = threading.Thread(target=lambda: got.append(raw_request(server.port, "GET", "/")))
    client.start()
    assert entered.wait(10)
    server.stop()
    client.join(10)
    assert len(got) == 1, "the reply was dropped"
    assert got[0].status == 200 and got[0].body == b"gespeichert"
    assert server.busy() == 0
