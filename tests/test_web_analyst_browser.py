"""The analyst in a real headless Chromium: split, merge and undo from the event page, the map,
and no horizontal overflow on a 390 px phone screen.

The database holds the shared seeds (an offensive in Syria) and the bundled example corpus (a
dam burst), run through the real pipeline; expected values are read from the store. Run
``.ci/browser.sh`` first (Debian's Chromium).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from test_web_browser import ARTIFACTS, browser, running_server

from newsfuse.brief import build_brief
from newsfuse.brief.render import number
from newsfuse.pipeline import Pipeline
from newsfuse.store import Store
from newsfuse.web.analyst import map_points

pytestmark = [pytest.mark.browser, pytest.mark.slow]
__all__ = ["browser"]  # the shared Chromium fixture

REPO = Path(__file__).resolve().parents[1]
TOKEN = "analyst-browser-token"
LATER_REPORT = {
    "title": "Rescuers search for the missing after the Tolvane Dam burst",
    "text": "MIRELHAVEN, Valdoria — Rescue teams searched the Kestra valley on Wednesday for "
    "people still missing after the Tolvane Dam burst before dawn on Tuesday, flooding "
    "Mirelhaven and two villages downstream. At least 24 people were killed, the Regional "
    "Emergency Authority said, and thousands of residents remain in shelters.",
    "source": "Valley Wire",
    "published": "2025-03-12T10:00:00",
    "language": "en",
}


@pytest.fixture(scope="module")
def db(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("analyst-browser") / "analyst.db"
    with Store(path) as store:
        report = Pipeline(store).run([seeds_dir, REPO / "examples" / "corpus"])
        assert report.added and len(store.events()) >= 2
    return path


@pytest.fixture(scope="module")
def server(db: Path) -> Iterator[str]:
    with running_server(db, TOKEN) as url:
        yield url


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert errors == []  # no script error on any page


def groups(db: Path) -> dict[str, list[str]]:
    with Store(db) as store:
        return {e.id: sorted(e.article_ids) for e in store.events()}


def seeds_and_dam(db: Path, seeds_dir: Path) -> tuple[str, str]:
    """The event of the Syrian seeds and the biggest event of the example corpus."""
    seeds = {p.name for p in seeds_dir.iterdir()}
    with Store(db) as store:
        events = sorted(store.events(), key=lambda e: (-len(e.article_ids), e.id))
        names = {
            e.id: {Path(a.source_path).name for a in store.articles(e.article_ids)} for e in events
        }
    syria = next(e.id for e in events if names[e.id] & seeds)
    dam = next(e.id for e in events if not names[e.id] & seeds)
    return syria, dam


def correct(page: object, button: str) -> None:
    """Fill the token and name, press an action, confirm it, wait for the page to come back."""
    page.fill("#correct-token", TOKEN)
    page.fill("#correct-by", "ana")
    page.click(button)
    confirm = page.locator(".confirm")
    confirm.wait_for(state="visible")
    assert confirm.locator("#confirm-text").inner_text()  # says what will happen
    with page.expect_navigation(timeout=120_000):
        page.click("#confirm-yes")
    page.locator(".correct .status").wait_for(state="visible")


def test_split_holds_through_an_incremental_ingest_and_a_recluster(
    server: str, page: object, db: Path, seeds_dir: Path
) -> None:
    _, dam = seeds_and_dam(db, seeds_dir)
    members = groups(db)[dam]
    with Store(db) as store:
        copies = {d.article_id for d in store.duplicates()} | {
            d.duplicate_of for d in store.duplicates()
        }
    leaving = [a for a in members if a not in copies][-2:]  # two independent reports
    staying = [a for a in members if a not in leaving]
    page.goto(f"{server}/events/{dam}")
    for article_id in leaving:
        page.check(f'.pick-article[value="{article_id}"]')
    correct(page, 'button[data-action="split"]')
    assert "Done: split c" in page.locator(".correct .status").inner_text()
    assert page.locator("ol.why-members > li").count() == len(staying)
    with Store(db) as store:
        new_event = store.event_of(leaving[0])
        assert new_event != dam and store.event_of(leaving[1]) == new_event
        assert {store.event_of(a) for a in staying} == {dam}

    response = httpx.post(
        f"{server}/api/ingest",
        json=LATER_REPORT,
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=300,
    )
    assert response.status_code == 201, response.text
    (later,) = response.json()["added"]
    with Store(db) as store:
        assert store.event_of(later) in (dam, new_event)  # the dam burst, on one side
        assert store.event_of(leaving[0]) == store.event_of(leaving[1]) == new_event
        assert {store.event_of(a) for a in staying} == {dam}
        Pipeline(store).recluster()  # a full re-cluster keeps the split too
        apart = {store.event_of(a) for a in leaving}
        assert len(apart) == 1 and not apart & {store.event_of(a) for a in staying}
    page.goto(f"{server}/events/{store_event(db, leaving[0])}")
    assert page.locator("ol.why-members > li").count() >= len(leaving)
    page.screenshot(path=str(ARTIFACTS / "analyst-split.png"), full_page=True)


def store_event(db: Path, article_id: str) -> str:
    with Store(db) as store:
        return store.event_of(article_id)


def stated(db: Path, event_id: str) -> set[str]:
    """Every figure the event's brief shows in its figures table, as the table writes it."""
    with Store(db) as store:
        (event,) = store.events([event_id])
        return {number(v.value) for f in build_brief(store, event).figures for v in f.values}


def test_merge_shows_both_sets_of_figures_and_undo_restores(
    server: str, page: object, db: Path, seeds_dir: Path
) -> None:
    syria, dam = seeds_and_dam(db, seeds_dir)
    before = groups(db)
    figures = {e: stated(db, e) for e in (syria, dam)}
    assert figures[syria] - figures[dam] and figures[dam] - figures[syria]
    page.goto(f"{server}/events/{dam}")
    page.fill("#merge-id", syria)
    correct(page, 'button[data-action="merge"]')
    assert "Done: merge c" in page.locator(".correct .status").inner_text()
    after = groups(db)
    assert after[dam] == sorted(before[dam] + before[syria]) and syria not in after
    table = page.locator("table.figures").inner_text()
    for value in figures[syria] | figures[dam]:
        assert value in table, value  # both events' figures, side by side
    page.screenshot(path=str(ARTIFACTS / "analyst-merged.png"), full_page=True)

    undo = page.locator('button[data-action="undo"]').first
    assert undo.get_attribute("data-kind") == "merge"
    correct(page, 'button[data-action="undo"] >> nth=0')
    assert "Done: undid c" in page.locator(".correct .status").inner_text()
    assert groups(db) == before
    assert page.locator("table.log tr.undone").count() >= 1


def test_a_correction_without_the_token_changes_nothing(
    server: str, page: object, db: Path, seeds_dir: Path
) -> None:
    _, dam = seeds_and_dam(db, seeds_dir)
    before = groups(db)
    page.goto(f"{server}/events/{dam}")
    page.fill("#correct-token", "not-the-token")
    page.check(".pick-article >> nth=0")
    page.click('button[data-action="split"]')
    page.click("#confirm-yes")
    status = page.locator(".correct .status")
    status.filter(has_text="Not done").wait_for()
    assert "invalid token" in status.inner_text()
    page.click('button[data-action="split"]')
    page.click("#confirm-no")
    assert "nothing was changed" in status.inner_text()
    assert groups(db) == before


def test_the_map_shows_the_event_places(
    server: str, page: object, db: Path, seeds_dir: Path
) -> None:
    syria, _ = seeds_and_dam(db, seeds_dir)
    with Store(db) as store:
        event = store.events([syria])[0]
        expected = map_points(
            store.record(syria), store.places(event.article_ids), len(event.article_ids)
        )
    assert expected, "the seeds name places with coordinates"
    page.goto(f"{server}/events/{syria}")
    circles = page.locator("svg.map circle.pt")
    assert circles.count() == len(expected)
    assert sorted(page.locator("svg.map text.pt-label").all_text_contents()) == sorted(
        p.name for p in expected
    )
    box = page.locator("svg.map").bounding_box()
    for circle in circles.all():
        inside = circle.bounding_box()
        assert box["x"] <= inside["x"] and inside["x"] + inside["width"] <= box["x"] + box["width"]
        assert (
            box["y"] <= inside["y"] and inside["y"] + inside["height"] <= box["y"] + box["height"]
        )
    page.locator("#map").screenshot(path=str(ARTIFACTS / "analyst-map.png"))


def test_no_horizontal_overflow_on_a_phone(server: str, browser: object, db: Path) -> None:
    with Store(db) as store:
        events = [e.id for e in store.events()]
        article = store.articles()[0].id
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    paths = ["/", "/sources", "/docs", f"/articles/{article}", *[f"/events/{e}" for e in events]]
    for path in paths:
        page.goto(server + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"{path} is {width} px wide"
    page.goto(f"{server}/events/{events[0]}")
    page.screenshot(path=str(ARTIFACTS / "analyst-390.png"), full_page=True)
    context.close()
