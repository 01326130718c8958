"""The phone page in a real browser (Debian's chromium via chromium-driver) at 360×740.

Two phones answer a whole round against the window's server: one reloads halfway and
keeps its ticks, the other sees the first name taken; both end on "Abgeschickt" and the
answers are in the file once. A phone answers a round that mixes scales, each statement
on its own.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

from fh_desktop.domain import enums
from fh_desktop.store.services.checklist import shipped_catalogs
from fh_desktop.store.workshop_file import WorkshopFile
from tests.gui.checklist.helpers import NAMES, make_workshop, open_page, start_round
from tests.gui.checklist.test_devices import start_on_loopback

PHONE = {"width": 360, "height": 740, "pixelRatio": 2}


def chromium_binary(name: str) -> str:
    found = shutil.which(name) or shutil.which(f"/usr/lib/chromium/{name}")
    assert found, f"{name} fehlt: scripts/ensure-env.sh installiert chromium und chromium-driver"
    return found


@pytest.fixture
def open_phone(tmp_path: Path):
    drivers: list[webdriver.Chrome] = []

    def make() -> webdriver.Chrome:
        options = webdriver.ChromeOptions()
        options.binary_location = chromium_binary("chromium")
        profile = tmp_path / f"profile{len(drivers)}"
        for flag in (
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={profile}",
            f"--window-size={PHONE['width']},{PHONE['height']}",
        ):
            options.add_argument(flag)
        options.add_experimental_option("mobileEmulation", {"deviceMetrics": PHONE})
        driver = webdriver.Chrome(options=options, service=Service(chromium_binary("chromedriver")))
        drivers.append(driver)
        return driver

    yield make
    for driver in drivers:
        driver.quit()


def wait_for(qtbot, driver, css: str, timeout: int = 15000):
    """Wait (the window's loop running) until ``css`` is on the page; return it."""
    found: list = []
    qtbot.waitUntil(lambda: bool(found.extend(driver.find_elements(By.CSS_SELECTOR, css)) or found), timeout=timeout)
    return found[0]


def tap_name(qtbot, driver, name: str) -> None:
    wait_for(qtbot, driver, "button.name")
    button = next(b for b in driver.find_elements(By.CSS_SELECTOR, "button.name") if b.text.startswith(name))
    button.click()
    wait_for(qtbot, driver, "#send")


def tick(driver, count: int | None = None, value: str = enums.Answer.YES) -> None:
    cards = driver.find_elements(By.CSS_SELECTOR, "section.card")
    for card in cards[:count]:
        button = card.find_element(By.CSS_SELECTOR, f'button.opt[data-value="{value}"]')
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", button)
        button.click()


def test_two_phones_answer_a_whole_round_in_the_browser(qtbot, tmp_path, open_phone):
    path = make_workshop(tmp_path / "w.fhw", names=NAMES[:2])
    window, page = open_page(qtbot, path)
    start_round(qtbot, page)
    p = start_on_loopback(qtbot, page)
    rnd = window.wf.checklist.open_round()
    n = len(window.wf.checklist.round_items(rnd))

    first = open_phone()
    first.get(p.base_url + "/")  # typed the address: the join form, then the code
    qtbot.waitUntil(lambda: bool(first.find_elements(By.ID, "code")))
    first.find_element(By.ID, "code").send_keys(p.join_code.lower())
    first.find_element(By.CSS_SELECTOR, "form.join button").click()
    tap_name(qtbot, first, NAMES[0])
    assert first.execute_script("return window.innerWidth") == PHONE["width"]
    assert first.find_element(By.ID, "send").get_attribute("disabled")
    tick(first, 5)
    assert f"5 von {n} beantwortet" in first.find_element(By.ID, "progress").text
    first.refresh()  # the phone slept, the page reloads: the ticks are still there
    wait_for(qtbot, first, "#progress")
    assert f"5 von {n} beantwortet" in first.find_element(By.ID, "progress").text
    assert len(first.find_elements(By.CSS_SELECTOR, 'button.opt[aria-pressed="true"]')) == 5
    assert "Noch offen" in first.find_element(By.ID, "progress").text

    second = open_phone()
    second.get(p.url)  # scanned the QR code
    wait_for(qtbot, second, "button.name")
    taken = next(b for b in second.find_elements(By.CSS_SELECTOR, "button.name") if b.text.startswith(NAMES[0]))
    assert taken.get_attribute("disabled") and "nicht verfügbar" in taken.text
    second.find_element(By.ID, "lang").click()  # English, please
    wait_for(qtbot, second, "button.name")
    assert "Who are you?" in second.find_element(By.TAG_NAME, "h1").text
    tap_name(qtbot, second, NAMES[1])
    assert second.find_element(By.CSS_SELECTOR, f'button.opt[data-value="{enums.Answer.UNKNOWN}"]').text == "cannot judge"
    tick(second, value=enums.Answer.UNKNOWN)
    second.find_element(By.ID, "comment").send_keys("<b>nicht fett</b>")
    assert "After the reveal" in second.find_element(By.CSS_SELECTOR, "p.note").text
    second.find_element(By.ID, "send").click()
    wait_for(qtbot, second, "#sent")
    assert "Submitted" in second.find_element(By.ID, "sent").text

    tick(first)
    first.find_element(By.ID, "send").click()
    sent = wait_for(qtbot, first, "#sent")
    assert "Abgeschickt" in sent.text and NAMES[0] in sent.text
    first.refresh()
    assert "Abgeschickt" in wait_for(qtbot, first, "#sent").text

    ids = {x.name: x.id for x in window.wf.meta.participants()}
    assert window.wf.checklist.submitted_ids(rnd.id) == {ids[NAMES[0]], ids[NAMES[1]]}
    answers = window.wf.checklist.answers(rnd.id)
    assert len(answers) == 2 * n
    assert {a.value for a in answers if a.participant_id == ids[NAMES[1]]} == {enums.Answer.UNKNOWN}
    comments = [s.comment for s in window.wf.checklist.submissions(rnd.id) if s.comment]
    assert comments == ["<b>nicht fett</b>"]
    qtbot.waitUntil(page.round_view.all_answered)


def test_a_phone_answers_a_round_that_mixes_ticks_levels_and_frequencies(qtbot, tmp_path, open_phone):
    catalogs = {c.catalog.key: c for c in shipped_catalogs()}
    ticks = [dataclasses.replace(i, id=None) for i in catalogs["qd4-planung"].items[:1]]
    pk = [dataclasses.replace(i, id=None) for i in catalogs["pruefkriterien"].items if i.code in ("4.1.1", "4.1.3", "4.2.4")]
    path = make_workshop(tmp_path / "mixed.fhw", names=NAMES[:1])
    with WorkshopFile.open(path) as wf:
        wf.checklist.set_catalog(catalogs["pruefkriterien"].catalog, ticks + pk)
    window, page = open_page(qtbot, path)
    start_round(qtbot, page)
    p = start_on_loopback(qtbot, page)
    rnd = window.wf.checklist.open_round()
    items = {i.code: i for i in window.wf.checklist.items()}

    phone = open_phone()
    phone.get(p.url)
    tap_name(qtbot, phone, NAMES[0])
    cards = {c.get_attribute("id"): c for c in phone.find_elements(By.CSS_SELECTOR, "section.card")}
    assert set(cards) == {f"s{items[c].id}" for c in ("1.1", "4.1.1", "4.1.3")}  # the open question stays in the room
    assert "passende Stufe" in phone.find_element(By.ID, "app").text

    def offered(code: str) -> list[str]:
        card = cards[f"s{items[code].id}"]
        return [b.get_attribute("data-value") for b in card.find_elements(By.CSS_SELECTOR, "button.opt")]

    assert offered("1.1") == ["yes", "partly", "no", "unknown"]
    assert offered("4.1.1") == ["high", "medium", "low", "none", "unknown"]
    assert offered("4.1.3") == ["regular", "sometimes", "rarely", "never", "unknown"]
    graded = cards[f"s{items['4.1.1'].id}"]
    assert [b.text for b in graded.find_elements(By.CSS_SELECTOR, "button.opt")][:2] == ["weitgehend", "teilweise"]
    chosen = {"1.1": "partly", "4.1.1": "low", "4.1.3": "regular"}
    for code, value in chosen.items():
        button = cards[f"s{items[code].id}"].find_element(By.CSS_SELECTOR, f'button.opt[data-value="{value}"]')
        phone.execute_script("arguments[0].scrollIntoView({block: 'center'});", button)
        button.click()
    assert "3 von 3 beantwortet" in phone.find_element(By.ID, "progress").text
    phone.find_element(By.ID, "lang").click()  # the levels in English too
    wait_for(qtbot, phone, "#send")
    graded = phone.find_element(By.ID, f"s{items['4.1.1'].id}")
    english = [b.text for b in graded.find_elements(By.CSS_SELECTOR, "button.opt")]
    assert "weitgehend" not in english and english[-1] == "cannot judge"
    assert "fitting level" in phone.find_element(By.ID, "app").text
    phone.find_element(By.ID, "send").click()
    assert "Submitted" in wait_for(qtbot, phone, "#sent").text

    stored = {a.item_id: a.value for a in window.wf.checklist.answers(rnd.id)}
    assert stored == {items[code].id: value for code, value in chosen.items()}
    qtbot.waitUntil(page.round_view.all_answered)
