"""Attacks on the participation server: each gets the right answer and nothing leaks."""

from __future__ import annotations

import json

import pytest

from fh_desktop.domain import enums
from fh_desktop.web.participation import Participation
from fh_desktop.web.session import Limits
from tests.unit.web.conftest import all_items
from tests.unit.web.phone import Phone


def _leaks(text: str, wf) -> list[str]:
    """Names, statements or comments of the workshop that appear in ``text``."""
    secrets_ = [p.name for p in wf.meta.participants()] + [i.statement[:30] for i in wf.checklist.items()]
    secrets_ += [s.comment for s in wf.checklist.submissions() if s.comment]
    return [s for s in secrets_ if s and s in text]


def test_no_endpoint_returns_answers_not_even_ones_own(wf, served, round_, people):
    anna, bernd = Phone.of(served), Phone.of(served)
    anna.join()
    bernd.join()
    anna.claim(people[0].id)
    anna.submit(people[0].id, all_items(wf, enums.Answer.PARTLY), "Geheimer Kommentar")
    for phone in (anna, bernd):
        body = phone.state().text
        assert "Geheimer Kommentar" not in body and "partly\"}" not in body
        assert set(json.loads(body)) == {"round", "statements", "scales", "people", "me", "csrf", "maxComment"}
        for path in ("answers", "submissions", "answers/1", "state?participant=1", "export"):
            r = phone.request("GET", phone.api + path)
            assert r.status in (404, 401) or "Geheimer" not in r.text
            assert "Geheimer Kommentar" not in r.text
    # Bernd's device cannot answer (or overwrite) for Anna.
    bernd.claim(people[1].id)
    r = bernd.submit(people[0].id, all_items(wf, enums.Answer.NO))
    assert r.status == 403 and r.json()["error"] == "not_yours"
    assert {a.value for a in wf.checklist.answers(round_.id)} == {enums.Answer.PARTLY}


def test_wrong_round_token_is_not_found_and_shows_nothing(wf, served, people):
    phone = Phone.of(served)
    phone.token = "x" + served.session.round_token[1:]
    for method, path in (("GET", f"/r/{phone.token}/"), ("GET", phone.api + "state")):
        r = phone.request(method, path)
        assert r.status == 404 and not _leaks(r.text, wf)
    assert phone.post("device", {}).status == 404


def test_a_wrong_or_missing_csrf_token_or_a_foreign_origin_is_refused(wf, served, round_, people):
    phone = Phone.of(served)
    phone.join()
    good = phone.csrf
    phone.csrf = "0" * 40
    assert phone.claim(people[0].id).json()["error"] == "csrf"
    phone.csrf = None
    assert phone.claim(people[0].id).status == 403
    phone.csrf = good
    # Another device's CSRF token does not fit this device's cookie.
    other = Phone.of(served)
    other.join()
    phone.csrf = other.csrf
    assert phone.claim(people[0].id).status == 403
    phone.csrf = good
    r = phone.claim(people[0].id)
    assert r.status == 200
    # The same request as the page's, sent from a foreign page:
    r = phone.post("submit", {"key": "k" * 12, "participant": people[0].id, "answers": {}}, {"Origin": "http://evil.example"})
    assert r.status == 403 and r.json()["error"] == "wrong_origin"
    r = phone.post("claim", {"participant": people[0].id}, {"Sec-Fetch-Site": "cross-site", "Origin": ""})
    assert r.status == 403
    r = phone.post("claim", {"participant": people[0].id}, {"Content-Type": "text/plain"})
    assert r.status == 415
    assert wf.checklist.submissions(round_.id) == []


def test_a_device_without_a_cookie_cannot_claim_or_submit(wf, served, round_, people):
    phone = Phone.of(served)
    phone.join()
    csrf = phone.csrf
    phone.cookie = None
    phone.csrf = csrf
    assert phone.claim(people[0].id).status == 401
    assert phone.submit(people[0].id, all_items(wf)).status == 401
    phone.cookie = "forged-device-token"
    assert phone.claim(people[0].id).status == 401
    assert wf.checklist.submissions(round_.id) == []


def test_a_foreign_host_header_is_refused_before_anything_else(wf, served, people):
    phone = Phone.of(served)
    phone.join()
    for host in ("evil.example", f"evil.example:{served.server.port}", f"localhost:{served.server.port}", ""):
        phone.host = host
        for path in ("/", f"/r/{served.session.round_token}/", phone.api + "state"):
            r = phone.request("GET", path)
            assert r.status in (400, 421), (host, path, r.status)
            assert not _leaks(r.text, wf)


def test_an_oversized_body_is_refused_and_nothing_is_stored(wf, served, round_, people):
    phone = Phone.of(served)
    phone.join()
    phone.claim(people[0].id)
    r = phone.submit(people[0].id, all_items(wf), comment="x" * (served.session.limits.max_body + 10))
    assert r.status == 413
    r = phone.submit(people[0].id, all_items(wf), comment="x" * (served.session.limits.max_comment + 1))
    assert r.status == 413
    assert wf.checklist.submissions(round_.id) == []


@pytest.mark.parametrize(
    "body",
    [b"not json", b"[1,2]", b'{"participant": "1"}', b'{"participant": true}', "{\"participant\": 1}".encode("utf-16")],
)
def test_malformed_bodies_get_400(served, people, body):
    phone = Phone.of(served)
    phone.join()
    r = phone.request(
        "POST",
        phone.api + "claim",
        body,
        {"Content-Type": "application/json", "X-FH-CSRF": phone.csrf or "", "Origin": f"http://{phone.host}"},
    )
    assert r.status == 400
    assert served.claims() == []


def test_bad_submission_shapes_get_400(wf, served, round_, people):
    phone = Phone.of(served)
    phone.join()
    phone.claim(people[0].id)
    for payload in (
        {"key": "short", "participant": people[0].id, "answers": {}},
        {"key": "k" * 80, "participant": people[0].id, "answers": {}},
        {"key": "k" * 12, "participant": people[0].id, "answers": []},
        {"key": "k" * 12, "participant": people[0].id, "answers": {"x1": "yes"}},
        {"key": "k" * 12, "participant": people[0].id, "answers": {"1": 3}},
    ):
        assert phone.post("submit", payload).status == 400
    assert wf.checklist.submissions(round_.id) == []


def test_names_are_served_as_inert_json(wf, round_):
    wf.meta.add_participant('<img src=x onerror="alert(1)"> & Co')
    p = Participation(wf, "127.0.0.1", 0)
    try:
        phone = Phone.of(p)
        phone.join()
        body = phone.state().body
        assert b"<" not in body and b">" not in body and b"&" not in body
        assert phone.state().json()["people"][-1]["name"] == '<img src=x onerror="alert(1)"> & Co'
        assert phone.state().headers["content-type"] == "application/json"
        assert phone.state().headers["x-content-type-options"] == "nosniff"
    finally:
        p.stop()


def test_rate_limits_answer_429(wf, round_, people):
    p = Participation(wf, "127.0.0.1", 0, limits=Limits(burst=6, requests_per_second=0.01, wrong_codes=2, new_devices=2))
    try:
        phone = Phone.of(p)
        statuses = [phone.request("GET", "/join?code=WRONGCODE").status for _ in range(3)]
        assert statuses == [303, 303, 429]
        assert Phone.of(p).join().status == 200
        assert Phone.of(p).join().status == 200
        assert Phone.of(p).join().status == 429  # the third new device from one address
        assert phone.request("GET", "/").status == 429  # the burst is used up
    finally:
        p.stop()


def test_wildcard_bind_is_refused(wf, round_):
    from fh_desktop.domain.errors import ValidationError

    with pytest.raises(ValidationError):
        Participation(wf, "0.0.0.0", 0)
