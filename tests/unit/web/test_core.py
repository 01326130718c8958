"""The Qt-free pieces: the hand-over to the owner thread, addresses, tokens."""

from __future__ import annotations

import threading

import pytest

from fh_desktop.web import net
from fh_desktop.web.jobs import OwnerBusy, OwnerClosed, OwnerQueue
from fh_desktop.web.session import JOIN_ALPHABET, format_code, new_join_code, normalise_code


def _in_thread(fn):
    out: list[object] = []
    t = threading.Thread(target=lambda: out.append(_catch(fn)))
    t.start()
    return t, out


def _catch(fn):
    try:
        return fn()
    except Exception as exc:
        return exc


def test_a_job_from_a_server_thread_runs_on_the_owner_thread():
    jobs = OwnerQueue()
    ran_on: list[int] = []
    t, out = _in_thread(lambda: jobs.call(lambda x: ran_on.append(threading.get_ident()) or x * 2, 21))
    while t.is_alive():
        jobs.wait_and_run(0.01)
    assert out == [42] and ran_on == [threading.get_ident()]


def test_an_error_of_the_job_reaches_the_caller():
    jobs = OwnerQueue()
    t, out = _in_thread(lambda: jobs.call(lambda: 1 / 0))
    while t.is_alive():
        jobs.wait_and_run(0.01)
    assert isinstance(out[0], ZeroDivisionError)


def test_a_job_not_run_in_time_never_runs_later():
    jobs = OwnerQueue()
    ran: list[bool] = []
    t, out = _in_thread(lambda: jobs.call(lambda: ran.append(True), timeout=0.05))
    t.join()
    assert isinstance(out[0], OwnerBusy)
    # The next live job still runs at the next turn: the cancelled one does not stop the pump.
    t2, out2 = _in_thread(lambda: jobs.call(lambda: "live"))
    while jobs._jobs.qsize() < 2:
        pass
    assert jobs.run_one() == 1
    t2.join()
    assert out2 == ["live"] and ran == []


def test_closing_fails_waiting_callers_and_refuses_new_ones():
    woken = threading.Event()
    jobs = OwnerQueue(wake=woken.set)
    t, out = _in_thread(lambda: jobs.call(lambda: "never"))
    assert woken.wait(5)
    jobs.close()
    t.join()
    assert isinstance(out[0], OwnerClosed)
    t2, out2 = _in_thread(lambda: jobs.call(lambda: "never"))
    t2.join()
    assert isinstance(out2[0], OwnerClosed)


def test_addresses_put_the_lan_first_and_always_offer_loopback():
    found = net.interfaces()
    assert found[-1].address == net.LOOPBACK or any(i.address == net.LOOPBACK for i in found)
    kinds = [i.kind for i in found]
    assert kinds == sorted(kinds, key=["lan", "public", "link-local", "loopback"].index)
    picked = net.default_address([net.Interface("lo", "127.0.0.1"), net.Interface("wlan0", "192.168.4.20")])
    assert picked == "192.168.4.20"
    assert net.default_address([net.Interface("lo", "127.0.0.1")]) == "127.0.0.1"


@pytest.mark.parametrize("address", ["0.0.0.0", "::", "not-an-address"])
def test_wildcard_or_bogus_bind_addresses_are_refused(address):
    with pytest.raises(ValueError):
        net.check_bind_address(address)


def test_join_codes_are_random_unambiguous_and_typed_loosely():
    codes = {new_join_code() for _ in range(200)}
    assert len(codes) == 200
    assert all(len(c) == 8 and set(c) <= set(JOIN_ALPHABET) for c in codes)
    assert not set("01IOL") & set(JOIN_ALPHABET)
    code = next(iter(codes))
    assert normalise_code(" " + format_code(code).lower() + " ") == code


def test_run_one_runs_the_oldest_job_only():
    jobs = OwnerQueue()
    order: list[int] = []
    threads = []
    for k in range(2):
        t, _ = _in_thread(lambda k=k: jobs.call(order.append, k))
        threads.append(t)
        while jobs._jobs.qsize() < k + 1:  # the second job is queued after the first
            pass
    assert jobs.run_one() == 1 and order == [0]
    assert jobs.run_one() == 1 and order == [0, 1]
    assert jobs.run_one() == 0
    for t in threads:
        t.join()
