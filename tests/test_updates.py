"""What changed in an event: reports after the first and the figures they moved.

Fast tests build the claims by hand and reconcile them with the real reconciliation; the slow
test runs the whole pipeline on a developing story told in English, French, Spanish and German.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from newsfuse.brief import build_brief, render_html, render_markdown
from newsfuse.reconcile import reconcile_event
from newsfuse.records import Article, ChangeKind, Claim, Event, Qualifier
from newsfuse.store import Store
from newsfuse.updates import event_updates

REPORTS = [  # (id, outlet, published, [(value, qualifier, attribution, low, high)])
    (
        "a1",
        "Herald",
        datetime(2025, 3, 11, 8),
        [(24, Qualifier.AT_LEAST, "the Emergency Authority", 24, 24)],
    ),
    ("a2", "Courrier", datetime(2025, 3, 11, 19), [(26, Qualifier.EXACT, "the Red Cross", 26, 26)]),
    ("a3", "Digest", datetime(2025, 3, 12, 9), [(26, Qualifier.EXACT, "the Red Cross", 26, 26)]),
    (
        "a4",
        "Wire",
        datetime(2025, 3, 12, 16),
        [(31, Qualifier.EXACT, "the Emergency Authority", 31, 31)],
    ),
    (
        "a5",
        "Blog",
        datetime(2025, 3, 13, 7),
        [(40, Qualifier.ABOUT, "residents", 24, 120)],
    ),  # 'dozens'
    (
        "a6",
        "Echo",
        datetime(2025, 3, 13, 9),
        [
            (29, Qualifier.EXACT, "the Emergency Authority", 29, 29),
            (31, Qualifier.EXACT, "the Emergency Authority", 31, 31),
        ],
    ),
    ("a7", "Undated", None, [(50, Qualifier.EXACT, "a rumour", 50, 50)]),
]


def build(tmp_path: Path) -> tuple[Store, Event]:
    store = Store(tmp_path / "u.db")
    articles, claims = {}, []
    for seq, (aid, outlet, published, figures) in enumerate(REPORTS, 1):
        stated = " or ".join(str(f[0]) for f in figures if f[3] == f[4]) or "dozens of"
        text = f"The flood killed {stated} people in Riverton."
        article = Article(
            aid,
            text,
            title=f"Flood ({outlet})",
            outlet=outlet,
            published=published,
            content_hash=aid,
            seq=seq,
        )
        store.add_article(article, [])
        articles[aid] = article
        for n, (value, qualifier, attribution, low, high) in enumerate(figures):
            claims.append(
                Claim(
                    f"{aid}:{n}",
                    aid,
                    0,
                    0,
                    len(text),
                    4,
                    9,
                    str(value),
                    low,
                    high,
                    qualifier,
                    measure="killed",
                    subject="people",
                    attribution=attribution,
                    evidence=text,
                )
            )
    for aid in articles:
        store.put_extraction(aid, [c for c in claims if c.article_id == aid])
    event = Event(
        "ev-1", "Flood", list(articles), datetime(2025, 3, 11, 8), datetime(2025, 3, 13, 9)
    )
    store.put_event(event, {})
    store.put_reconciliation(reconcile_event("ev-1", claims, articles, []))
    return store, event


def test_reports_after_the_first_and_the_figures_they_moved(tmp_path: Path) -> None:
    store, event = build(tmp_path)
    updates = event_updates(store, event)
    assert [u.article_id for u in updates] == ["a2", "a3", "a4", "a5", "a6", "a7"]
    moved = {
        u.article_id: [(c.kind, c.value, c.previous, c.previous_article_id) for c in u.changes]
        for u in updates
    }
    assert moved == {
        "a2": [(ChangeKind.HIGHER, 26, 24, "a1")],  # another authority, above every earlier figure
        "a3": [],  # the same figure again
        "a4": [(ChangeKind.REVISED, 31, 24, "a1")],  # the authority's own 24 revised
        "a5": [],  # 'dozens' is no figure to compare
        "a6": [],  # two figures for one authority: which is the latest is unclear
        "a7": [],  # undated: no 'before'
    }
    assert updates[-1].published is None and updates[-1].received is not None
    store.close()


def test_the_brief_shows_the_updates_newest_first(tmp_path: Path) -> None:
    store, event = build(tmp_path)
    brief = build_brief(store, event)
    assert [u.article_id for u in brief.updates] == ["a7", "a6", "a5", "a4", "a3", "a2"]
    text = render_markdown(brief)
    section = text.split("## Updates", 1)[1].split("##", 1)[0]
    numbers = brief.numbers
    assert (
        f"2025-03-12 16:00 · Wire [{numbers['a4']}]: people killed: 31, revised from 24 by Emergency Authority"
        in section
    )
    assert (
        f"2025-03-11 19:00 · Courrier [{numbers['a2']}]: people killed: 26 (Red Cross), above the 24 reported before"
        in section
    )
    assert "· Undated" in section and "received " in section
    store.close()


def test_undated_reports_read_in_one_batch_make_no_updates_section(tmp_path: Path) -> None:
    """Without a publication time or a moved figure, the order of reports is only the order they
    were read in: the Markdown and HTML say nothing of it; the JSON keeps the list."""
    store = Store(tmp_path / "b.db")
    ids = []
    for seq in (1, 2, 3):
        article = Article(f"b{seq}", f"Report {seq} on the flood.", content_hash=f"b{seq}", seq=seq)
        store.add_article(article, [])
        ids.append(article.id)
    event = Event("ev-b", "Flood", ids)
    store.put_event(event, {})
    brief = build_brief(store, event)
    assert [u.article_id for u in brief.updates] == ["b3", "b2"]
    assert "## Updates" not in render_markdown(brief)
    assert "<h2>Updates</h2>" not in render_html(brief)
    store.close()


DEVELOPING = [
    (
        "2025-05-02T08:00:00",
        "en",
        "Bridge collapse in Tarnow kills 12",
        "At least 12 people were killed when a road bridge collapsed in Tarnow on Friday, the regional fire service said.",
    ),
    (
        "2025-05-02T18:00:00",
        "fr",
        "Effondrement d'un pont à Tarnow : 15 morts",
        "L'effondrement d'un pont routier à Tarnow vendredi a fait 15 morts, selon les pompiers régionaux.",
    ),
    (
        "2025-05-03T09:00:00",
        "es",
        "Sube a 18 el número de muertos en Tarnow",
        "El número de muertos por el derrumbe del puente de Tarnow subió a 18, según el hospital regional.",
    ),
    (
        "2025-05-03T20:00:00",
        "de",
        "Brückeneinsturz in Tarnow: 21 Tote",
        "Beim Einsturz einer Straßenbrücke in Tarnow sind 21 Menschen ums Leben gekommen, teilte die Feuerwehr mit.",
    ),
]


@pytest.mark.slow
def test_a_developing_story_in_four_languages(tmp_path: Path) -> None:
    import json

    from newsfuse.pipeline import Pipeline

    folder = tmp_path / "in"
    folder.mkdir()
    records = [
        {
            "id": f"r{n}",
            "title": title,
            "text": text,
            "published": when,
            "language": lang,
            "source": f"Outlet {lang}",
        }
        for n, (when, lang, title, text) in enumerate(DEVELOPING)
    ]
    (folder / "story.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records)
    )
    with Store(tmp_path / "s.db") as store:
        Pipeline(store).run([folder])
        (event,) = [e for e in store.events() if len(e.article_ids) == 4]
        updates = event_updates(store, event)
        killed = [
            (u.outlet, c.kind, c.value, c.previous)
            for u in updates
            for c in u.changes
            if "killed" in c.label
        ]
        assert [u.outlet for u in updates] == ["Outlet fr", "Outlet es", "Outlet de"]
        # each later report gives a higher toll; none is said to revise another authority's figure
        assert [(o, v, p) for o, k, v, p in killed if k is ChangeKind.HIGHER] == [
            ("Outlet fr", 15, 12),
            ("Outlet es", 18, 15),
            ("Outlet de", 21, 18),
        ]
