"""Fuzzing: a slice of the generated hostile inputs through ``newsfuse run``, and properties.

The slice runs on every test run (small embedder, no extraction, a 2 s parser budget); the full set
(about 1,100 inputs, real models, measured time and memory) is ``scripts/fuzz.py``. The property
tests (hypothesis) throw arbitrary values at the JSON record reader, date and number parsing,
sentence splitting, the escaping of names and URLs, and the web API.
"""

from __future__ import annotations

import json
import string
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import quote

import fuzz_corpus as fc
import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from test_pipeline import FLOOD, WordHashEmbedder, write_all
from typer.testing import CliRunner

from newsfuse import models
from newsfuse.cli import app
from newsfuse.errors import InputError
from newsfuse.escape import one_line, safe_url
from newsfuse.extract.dates import resolve_dates
from newsfuse.extract.numbers import find_numbers, parse_number
from newsfuse.ingest import budget, readers
from newsfuse.ingest.readers import checked_datetime, parse_datetime, record_to_article
from newsfuse.language import MAX_SENTENCE_CHARS, split_sentences, split_spans
from newsfuse.pipeline import Pipeline
from newsfuse.records import Article
from newsfuse.store import Store
from newsfuse.web import create_app

SLOW_CASES = {b"huge-count.ndjson", b"many-entries.rss", b"many.json"}  # volume, not hostility
TOKEN = "fuzz-token"
PROPERTY = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture
def fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(models._cache, "embedder", WordHashEmbedder())
    monkeypatch.setattr(Pipeline, "extract", lambda self, articles, report: None)


@pytest.fixture
def short_budget(monkeypatch: pytest.MonkeyPatch):
    worker = budget.Worker(seconds=2, memory=1024**3, preload=readers.PARSERS)
    monkeypatch.setattr(budget, "_shared", worker)
    yield worker
    worker.stop()


def test_a_slice_of_hostile_inputs_through_newsfuse_run(
    tmp_path: Path, fast: None, short_budget: budget.Worker
) -> None:
    """Every bad input skipped with exactly one line, every good one stored and in a brief."""
    cases = [c for c in fc.corpus(random_count=60) if c.name not in SLOW_CASES]
    cases += fc.good_reports()
    shown = fc.materialise(cases, tmp_path / "in")
    db, out = tmp_path / "nf.db", tmp_path / "out"
    result = CliRunner().invoke(
        app,
        ["run", str(tmp_path / "in"), "--db", str(db), "--out", str(out)],
        env={"COLUMNS": "250", "NO_COLOR": "1", "TERM": "dumb"},
    )
    assert result.exit_code == 0, result.output[-3000:]
    assert result.exception is None or isinstance(result.exception, SystemExit)
    verdict = fc.verify(cases, shown, result.output.splitlines(), db, out)
    assert verdict.problems == []
    assert verdict.bad_ok == verdict.bad > 80 and verdict.good_ok == verdict.good > 60
    assert len(cases) > 200


# -- properties ---------------------------------------------------------------------------------
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
FIELDS = ["id", "title", "text", "url", "source", "published", "language"]
records = st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=5), json_values, max_size=8)


def storable(article: Article) -> None:
    for value in (article.text, article.title, article.raw, article.url or "", article.outlet or "",
                  article.language or "", article.source_path, *article.meta.values()):  # fmt: skip
        value.encode("utf-8")  # what SQLite will need


@PROPERTY
@given(record=records | json_values)
def test_any_json_value_gives_an_article_or_one_input_error(record: object) -> None:
    try:
        article = record_to_article(record, "x.json[1]", "x.json", "x.json#1")
    except InputError as error:
        assert "\n" not in str(error) and str(error).startswith("x.json[1]: ")
        return
    storable(article)
    assert article.text.strip() and len(article.text) <= readers.MAX_TEXT_CHARS


@PROPERTY
@given(value=st.text() | st.from_regex(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?([+-]\d\d:\d\d|Z)?"))
def test_date_parsing_never_raises_anything_but_its_own_error(value: str) -> None:
    parsed = parse_datetime(value)
    assert parsed is None or parsed.tzinfo is None
    try:
        assert checked_datetime(value) == parsed
    except ValueError:
        assert parsed is None


@PROPERTY
@given(
    moment=st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59)),
    offset=st.integers(min_value=-14 * 60, max_value=14 * 60),
)
def test_dates_with_offsets_are_utc_or_refused(moment: datetime, offset: int) -> None:
    aware = moment.replace(tzinfo=timezone(timedelta(minutes=offset)))
    try:
        expected = aware.astimezone(UTC).replace(tzinfo=None)
    except OverflowError:
        expected = None
    assert parse_datetime(aware.isoformat()) == expected


@PROPERTY
@given(
    text=st.text(alphabet=st.sampled_from(list(string.printable + "àéüñ€½—«»")), max_size=300),
    lang=st.sampled_from(["en", "fr", "es", "de", "pt", "it", "xx"]),
)
def test_number_parsing_never_raises(text: str, lang: str) -> None:
    value = parse_number(text, lang)
    assert value is None or isinstance(value, float | int)
    for span in find_numbers(text, lang):
        assert 0 <= span.start <= span.end <= len(text)


@PROPERTY
@given(
    words=st.lists(
        st.sampled_from(
            [
                "yesterday",
                "last week",
                "next year",
                "on Monday",
                "3 days ago",
                "10000 years ago",
                "hier",
                "la semaine dernière",
                "ayer",
                "el lunes",
                "gestern",
                "am Montag",
                "27 March 2024",
                "March 2024",
                "12/31/9999",
                "0001-01-01",
                "2024",
                ".",
            ]
        ),  # fmt: skip
        max_size=8,
    ),
    published=st.sampled_from([None, datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59)]),
    lang=st.sampled_from(["en", "fr", "es", "de"]),
)
def test_dates_resolve_or_stay_unresolved_at_the_ends_of_the_calendar(
    words: list[str], published: datetime | None, lang: str
) -> None:
    text = " ".join(words) or "nothing"
    refs = resolve_dates(split_sentences(text, "a", lang), published, lang)
    assert all(r.precision == "unresolved" or r.value for r in refs)


@PROPERTY
@given(
    text=st.lists(
        st.sampled_from([*"ab .!?…\n\"'«»()", "Dr. ", "M. ", "A", "27. März", "x" * 900])
    ).map("".join),
    lang=st.sampled_from(["en", "fr", "de", None]),
)
def test_sentence_spans_are_ordered_bounded_and_inside_the_text(
    text: str, lang: str | None
) -> None:
    spans = split_spans(text, lang)
    end = 0
    for start, stop, _ in spans:
        assert end <= start < stop <= len(text)
        assert stop - start <= MAX_SENTENCE_CHARS
        end = stop


@PROPERTY
@given(name=st.text() | st.binary().map(lambda b: b.decode("utf-8", "surrogateescape")))
def test_names_are_shown_on_one_printable_line(name: str) -> None:
    shown = one_line(name)
    assert "\n" not in shown and "\r" not in shown and "\x1b" not in shown
    shown.encode("utf-8")  # an undecodable byte became an escape, not a lone surrogate


@PROPERTY
@given(url=st.text() | st.sampled_from(["javascript:alert(1)", "JAVASCRIPT:x", "data:,x",
                                        " https://a.b/", "http://[::1", "http://a:99999"]))  # fmt: skip
def test_only_http_urls_become_links(url: str) -> None:
    link = safe_url(url)
    assert link is None or link.lower().startswith(("http://", "https://"))


# -- the web API: no 500 for anything its schema admits ------------------------------------------
@pytest.fixture(scope="module")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("web")
    path = folder / "web.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(models._cache, "embedder", WordHashEmbedder())
        patch.setattr(Pipeline, "extract", lambda self, articles, report: None)
        with Store(path) as store:
            Pipeline(store).run([write_all(folder / "in", FLOOD)])
    return path


query_text = st.text(max_size=40)
query_int = st.integers(min_value=-(2**70), max_value=2**70).map(str) | query_text


@PROPERTY
@given(
    path=st.sampled_from(["/api/events", "/api/articles", "/api/entities", "/"]),
    params=st.fixed_dictionaries(
        {},
        optional={
            "q": query_text,
            "page": query_int,
            "per_page": query_int,
            "from": query_text,
            "to": query_text,
            "language": query_text,
            "place": query_text,
            "sort": query_text,
            "type": query_text,
            "event": query_text,
        },
    ),
)
def test_api_queries_never_give_500(web_db: Path, path: str, params: dict[str, str]) -> None:
    client = TestClient(create_app(str(web_db)), raise_server_exceptions=False)
    assume(all("\x00" not in v for v in params.values()))
    response = client.get(path, params=params)
    assert response.status_code in (200, 422), (response.status_code, response.text[:300])


@PROPERTY
@given(identifier=st.text(min_size=1, max_size=60).map(lambda s: quote(s, safe="")))
def test_unknown_ids_are_404_never_500(web_db: Path, identifier: str) -> None:
    client = TestClient(create_app(str(web_db)), raise_server_exceptions=False)
    for path in ("/api/events/{}", "/api/articles/{}", "/api/articles/{}/claims", "/articles/{}"):
        response = client.get(path.format(identifier))
        assert response.status_code in (200, 404, 422), (path, response.status_code)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    body=records.map(lambda r: json.dumps(r).encode())
    | st.lists(records, max_size=3).map(lambda r: json.dumps(r).encode())
    | st.binary(max_size=300),
    name=st.text(max_size=40),
)
def test_ingest_answers_4xx_never_500(web_db: Path, body: bytes, name: str) -> None:
    client = TestClient(create_app(str(web_db), token=TOKEN), raise_server_exceptions=False)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    posted = client.post(
        "/api/ingest", content=body, headers={**auth, "Content-Type": "application/json"}
    )
    assert posted.status_code in (200, 201, 400), posted.text[:300]
    uploaded = client.post("/api/ingest", files={"file": (name or None, body)}, headers=auth)
    assert uploaded.status_code in (200, 201, 400), uploaded.text[:300]
