"""One test per defect of issue 19 (a hostile user's batch): each fails without its fix.

Fast: a small deterministic embedder, and no extraction stage unless the defect is in it.
Concurrent writers are in ``test_concurrency.py``, the generated hostile inputs in
``test_fuzz.py``.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
import unicodedata
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from test_pipeline import FLOOD, WordHashEmbedder, write_all
from typer.testing import CliRunner

from newsfuse import embed, language, models
from newsfuse.brief import write_briefs
from newsfuse.cli import app
from newsfuse.errors import InputError
from newsfuse.ingest import budget, clean, readers
from newsfuse.ingest.readers import read_inputs, read_path
from newsfuse.pipeline import Pipeline
from newsfuse.records import Article
from newsfuse.store import Store
from newsfuse.web import create_app
from newsfuse.web.app import MAX_URL_BYTES

BODY = FLOOD[0][1].split("\n", 1)[1].strip()
TOKEN = "hardening-token"
ENV = {"COLUMNS": "250", "NO_COLOR": "1", "TERM": "dumb"}


@pytest.fixture
def fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(models._cache, "embedder", WordHashEmbedder())
    monkeypatch.setattr(Pipeline, "extract", lambda self, articles, report: None)


def items(paths: list[Path], **kw) -> tuple[list[Article], list[InputError]]:
    read = list(read_inputs(paths, **kw))
    return [i for i in read if isinstance(i, Article)], [
        i for i in read if isinstance(i, InputError)
    ]


def good(folder: Path) -> Path:
    return write_all(folder, FLOOD[:1]) / FLOOD[0][0]


def record_file(folder: Path, name: str, record: dict | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(record if isinstance(record, bytes) else json.dumps(record).encode())
    return path


def run_cli(*args: str | Path):
    return CliRunner().invoke(app, [str(a) for a in args], env=ENV)


# -- one bad input aborted the whole batch -----------------------------------------------------
def test_integer_id_over_4300_digits_is_one_error(tmp_path: Path) -> None:
    path = record_file(tmp_path, "id.json", b'{"id": ' + b"9" * 5000 + b', "text": "x y z"}')
    articles, errors = items([path, good(tmp_path / "ok")])
    assert len(articles) == 1
    assert [str(e) for e in errors] == [f"{path}: invalid JSON (a number has over 4,300 digits)"]


@pytest.mark.parametrize("value", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-12:00"])
def test_published_out_of_range_in_utc_is_one_error(tmp_path: Path, value: str) -> None:
    path = record_file(tmp_path, "date.json", {"text": BODY, "published": value})
    articles, errors = items([path, good(tmp_path / "ok")])
    assert len(articles) == 1 and len(errors) == 1
    assert errors[0].where == f"{path}[1]" and "outside years 1-9999" in errors[0].problem


def test_unclosed_ipv6_url_is_kept_as_text_without_an_outlet(tmp_path: Path) -> None:
    path = record_file(tmp_path, "url.json", {"text": BODY, "url": "http://[::1"})
    (article,) = read_path(path)
    assert isinstance(article, Article)
    assert article.url == "http://[::1" and article.outlet is None


def test_lone_surrogate_escapes_are_stored_as_replacement_characters(
    tmp_path: Path, fast: None
) -> None:
    lone = "\ud800"
    record = {"id": f"x{lone}", "text": f"{BODY} {lone}", "url": f"https://e.com/{lone}",
              "source": f"Outlet {lone}", "title": f"Flood {lone}"}  # fmt: skip
    path = record_file(tmp_path / "in", "lone.json", record)
    with Store(tmp_path / "nf.db") as store:
        report = Pipeline(store).run([path])
        assert report.errors == [] and len(report.added) == 1
        (article,) = store.articles()
    assert article.url == "https://e.com/\ufffd" and article.outlet == "Outlet \ufffd"
    assert article.meta["record_id"] == "x\ufffd" and lone not in article.raw


def test_file_name_that_is_not_utf8_is_read_and_named_escaped(tmp_path: Path, fast: None) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as handle:
        handle.write(f"Flood in Riverton\n{BODY}\n".encode())
    with open(os.path.join(os.fsencode(folder), b"bad\xff.txt"), "wb"):
        pass
    with Store(tmp_path / "nf.db") as store:
        report = Pipeline(store).run([folder])
        (article,) = store.articles()
    assert article.source_path == f"{folder}/caf\\xe9.txt"
    assert [str(e) for e in report.errors] == [f"{folder}/bad\\xff.txt: empty file"]


# -- memory grew without bound on long unbroken strings ----------------------------------------
class RecordingEmbedder(WordHashEmbedder):
    def __init__(self) -> None:
        self.longest = 0

    def encode(self, texts):
        self.longest = max([self.longest, *map(len, texts)])
        return super().encode(texts)


def test_long_unbroken_text_reaches_the_model_in_bounded_pieces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    embedder = RecordingEmbedder()
    monkeypatch.setitem(models._cache, "embedder", embedder)
    monkeypatch.setattr(Pipeline, "extract", lambda self, articles, report: None)
    path = record_file(tmp_path / "in", "long.json", {"title": "T" * 5000, "text": "x" * 250_000})
    with Store(tmp_path / "nf.db") as store:
        report = Pipeline(store).run([path])
        assert len(report.added) == 1
        (article,) = store.articles()
        sentences = store.sentences(article.id)
    assert max(s.end - s.start for s in sentences) <= language.MAX_SENTENCE_CHARS
    assert len(sentences) >= 250_000 // language.MAX_SENTENCE_CHARS
    assert 0 < embedder.longest <= embed.MAX_CHARS
    assert len(article.title) <= readers.MAX_TITLE_CHARS + 1


def test_one_line_of_3_mb_is_refused_as_over_the_text_limit(tmp_path: Path) -> None:
    path = tmp_path / "one-line.txt"
    path.write_bytes(b"lorem ipsum dolor sit amet " * (3 * 1024 * 1024 // 27))
    articles, errors = items([path, good(tmp_path / "ok")])
    assert len(articles) == 1 and len(errors) == 1
    assert "over the 300,000-character limit" in errors[0].problem


# -- quadratic sentence splitting ----------------------------------------------------------------
def test_sentence_boundaries_look_back_a_bounded_distance(monkeypatch: pytest.MonkeyPatch) -> None:
    """``"Dr. " * 8000`` took 15 s: each boundary re-read everything since the sentence start."""
    seen: list[int] = []
    real = language._ends_with_abbreviation

    def recording(prefix: str, lang: str | None) -> bool:
        seen.append(len(prefix))
        return real(prefix, lang)

    monkeypatch.setattr(language, "_ends_with_abbreviation", recording)
    spans = language.split_spans("Dr. " * 8000 + "Dr. Smith came.", "en")
    assert len(seen) >= 8000 and max(seen) <= 64
    assert all(end - start <= language.MAX_SENTENCE_CHARS for start, end, _ in spans)


def test_a_run_of_punctuation_is_one_boundary_candidate() -> None:
    """A page of dots was tried from every dot (32,000 dots: 34 s)."""
    assert language._BOUNDARY.match("..... Next", 1) is None
    assert language._BOUNDARY.match("..... Next", 0).group() == "....."


def test_runs_of_combining_marks_are_cut_before_normalising() -> None:
    """NFC of 160,000 combining marks took 90 s (CPython sorts them pairwise)."""
    text = clean.normalise_text("Zalgo\nH" + "\u0301\u0316" * 50_000)
    assert text == unicodedata.normalize("NFC", "Zalgo\nH" + "\u0301\u0316" * 15)


# -- no per-input time budget for HTML -----------------------------------------------------------
@pytest.fixture
def short_budget(monkeypatch: pytest.MonkeyPatch):
    worker = budget.Worker(seconds=2, memory=512 * 1024**2, preload=readers.PARSERS)
    monkeypatch.setattr(budget, "_shared", worker)
    yield worker
    worker.stop()


def test_html_page_over_its_time_budget_is_skipped_and_the_next_page_read(
    tmp_path: Path, short_budget: budget.Worker
) -> None:
    paragraphs = "".join(
        f"<div><p>Paragraph {i} about the flood.</p></div>" for i in range(100_000)
    )
    slow = tmp_path / "slow.html"
    slow.write_text(f"<html><body>{paragraphs}</body></html>")
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>Flood</title></head><body><p>{BODY}</p></body></html>")
    articles, errors = items([slow, page])
    assert [str(e) for e in errors] == [
        f"{slow}: parsing took over 2 s, the time budget for one input"
    ]
    assert [a.source_path for a in articles] == [str(page)]


def test_parser_memory_is_bounded(short_budget: budget.Worker) -> None:
    with pytest.raises(budget.ParserFailed, match="memory budget"):
        short_budget.call(bytearray, 2 * 1024**3)
    assert short_budget.call(len, "still works") == 11


# -- symbolic links out of the input tree, special files ------------------------------------------
def test_symlinks_out_of_the_input_folder_are_reported_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    good(folder)
    outside = tmp_path / "outside.txt"
    outside.write_text(f"Outside report\n{BODY} Outside.\n")
    links = {"passwd.txt": "/etc/passwd", "status.txt": "/proc/self/status", "out.txt": outside}
    for name, target in links.items():
        (folder / name).symlink_to(target)
    (folder / "inside.txt").symlink_to(folder / FLOOD[0][0])
    articles, errors = items([folder])
    assert sorted(Path(a.source_path).name for a in articles) == [FLOOD[0][0], "inside.txt"]
    assert sorted(e.where for e in errors) == sorted(str(folder / n) for n in links)
    assert all("symbolic link out of the input folders" in e.problem for e in errors)
    followed, errors = items([folder], follow_symlinks=True)  # asked for: out.txt and passwd.txt
    assert {"out.txt", "passwd.txt"} <= {Path(a.source_path).name for a in followed}
    assert {e.where for e in errors} == {str(folder / "status.txt")}  # /proc: never
    assert "virtual file system" in errors[0].problem


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result: list = []
    reader = threading.Thread(target=lambda: result.extend(read_inputs([tmp_path])), daemon=True)
    reader.start()
    reader.join(20)
    blocked = reader.is_alive()
    if blocked:  # free the reader the old code left waiting for a writer
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    assert not blocked, "reading a FIFO blocked the batch"
    assert [str(e) for e in result] == [
        f"{fifo}: a FIFO (named pipe), not a regular file: not read"
    ]


# -- HTML outputs, Rich markup, skip lines --------------------------------------------------------
def test_html_brief_links_only_http_urls_and_forbids_scripts(tmp_path: Path, fast: None) -> None:
    records = [
        {"id": str(n), "text": f"{BODY} Report {n}.", "url": url}
        for n, url in enumerate(
            ["javascript:alert(1)", "data:text/html,<b>x</b>", "https://ok.example/a"]
        )
    ]
    path = record_file(tmp_path / "in", "links.json", json.dumps(records).encode())
    with Store(tmp_path / "nf.db") as store:
        Pipeline(store).run([path])
        out = write_briefs(store, tmp_path / "out")
    pages = [p.read_text() for p in out.glob("*.html")]
    assert pages
    html = "\n".join(pages)
    assert "javascript:" not in html.replace("javascript:alert(1)</", "")  # never in an href
    assert 'href="javascript' not in html and 'href="data:' not in html
    assert 'href="https://ok.example/a"' in html
    assert all('<meta http-equiv="Content-Security-Policy"' in p for p in pages)
    assert all("default-src 'none'" in p and "script-src" not in p for p in pages)


def test_rich_markup_in_inputs_is_printed_as_text(tmp_path: Path, fast: None) -> None:
    folder = tmp_path / "in"
    record_file(folder, "record.json", {"text": BODY, "published": "[/]"})
    (folder / "[bold red]x.txt").write_bytes(b"")
    result = run_cli("run", folder, "--db", tmp_path / "nf.db", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert f"skipped {folder}/[bold red]x.txt: empty file" in lines
    assert any(line.endswith("(not an ISO 8601 date): '[/]'") for line in lines)


def test_skips_are_reported_as_they_happen_one_line_each(tmp_path: Path, fast: None) -> None:
    folder = tmp_path / "in"
    (folder / "b").mkdir(parents=True)
    (folder / "a\nskipped forged.txt").write_bytes(b"")
    (folder / "b" / "report.txt").write_text(f"Flood\n{BODY}\n")
    (folder / "c.txt").write_bytes(b"\x00")
    events: list[str] = []
    with Store(tmp_path / "nf.db") as store:
        Pipeline(
            store,
            progress=lambda stage, done, total: events.append(stage),
            on_skip=lambda error: events.append(str(error)),
        ).run([folder])
    assert events[:3] == [
        f"{folder}/a\\nskipped forged.txt: empty file",
        "read",
        f"{folder}/c.txt: binary file (contains NUL bytes and no UTF-16/32 byte-order mark)",
    ]
    result = run_cli("run", folder, "--db", tmp_path / "cli.db", "--out", tmp_path / "out")
    assert [line for line in result.output.splitlines() if line.startswith("skipped")] == [
        f"skipped {folder}/a\\nskipped forged.txt: empty file",
        f"skipped {folder}/c.txt: binary file (contains NUL bytes and no UTF-16/32 byte-order mark)",
    ]


# -- encodings --------------------------------------------------------------------------------
@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_unicode_files_with_a_byte_order_mark_are_read(tmp_path: Path, codec: str) -> None:
    text = f"Inondations à Lyon\n{BODY} Zürich, Málaga.\n"
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    (article,) = read_path(record_file(tmp_path, "report.txt", data))
    assert isinstance(article, Article), article
    assert article.title == "Inondations à Lyon" and article.text.endswith("Zürich, Málaga.")


def test_latin1_page_declaring_its_charset_is_read_as_declared(tmp_path: Path) -> None:
    html = (
        '<html><head><meta charset="iso-8859-1"><title>Caf\xe9</title></head><body><article>'
        + "<p>\x93Le caf\xe9 est ferm\xe9\x94, a indiqu\xe9 la mairie de Lyon.</p>" * 4
        + "</article></body></html>"
    )
    (article,) = read_path(record_file(tmp_path, "page.html", html.encode("latin-1")))
    assert isinstance(article, Article), article
    assert "“Le café est fermé”, a indiqué la mairie de Lyon." in article.text
    assert article.meta["encoding"] == "cp1252 (declared)"


def test_undeclared_latin1_text_is_detected_and_says_so(tmp_path: Path) -> None:
    text = "Inondations à Lyon\nLes pompiers ont évacué 120 habitants, a indiqué la préfecture.\n"
    (article,) = read_path(record_file(tmp_path, "fr.txt", text.encode("latin-1")))
    assert isinstance(article, Article), article
    assert article.text == text.split("\n")[1]
    assert article.meta["encoding"] == "cp1252 (detected)"


# -- web ------------------------------------------------------------------------------------------
@pytest.fixture
def web_db(tmp_path: Path, fast: None) -> Path:
    path = tmp_path / "web.db"
    with Store(path) as store:
        Pipeline(store).run([write_all(tmp_path / "in", FLOOD)])
    return path


@pytest.mark.parametrize("path", ["/api/articles", "/api/entities", "/api/events", "/"])
def test_page_beyond_int64_is_422_not_500(web_db: Path, path: str) -> None:
    client = TestClient(create_app(str(web_db)), raise_server_exceptions=False)
    response = client.get(path, params={"page": "9223372036854775808"})
    assert response.status_code == 422, response.text


def test_url_over_the_limit_is_414(web_db: Path) -> None:
    client = TestClient(create_app(str(web_db)))
    response = client.get("/api/articles", params={"q": "a" * 60_000})  # httpx's own limit: 64 KiB
    assert response.status_code == 414
    assert response.json()["status"] == 414
    assert client.get("/api/articles", params={"q": "a" * (MAX_URL_BYTES // 2)}).status_code == 200


def test_served_app_answers_414_to_a_1_mb_request_line(web_db: Path) -> None:
    """uvicorn's default head limit reset such connections before the app saw them."""
    import uvicorn

    from newsfuse.web.app import server_config

    server = uvicorn.Server(server_config(create_app(str(web_db)), "127.0.0.1", 0))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        port = server.servers[0].sockets[0].getsockname()[1]
        with socket.create_connection(("127.0.0.1", port), timeout=20) as conn:
            conn.sendall(
                b"GET /api/articles?q=" + b"a" * 1_000_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n"
            )
            head = conn.recv(200)
    finally:
        server.should_exit = True
        thread.join(10)
    assert head.startswith(b"HTTP/1.1 414 "), head


HOSTILE_RECORDS = [
    b'{"id": ' + b"9" * 5000 + b', "text": "x"}',
    json.dumps({"text": BODY, "published": "0001-01-01T00:00:00+14:00"}).encode(),
    json.dumps({"text": BODY, "published": "9999-12-31T23:59:59-12:00"}).encode(),
    json.dumps({"text": BODY, "url": "http://[::1"}).encode(),
    json.dumps({"text": BODY + " \ud800", "id": "\ud800"}).encode(),
    json.dumps({"text": BODY, "published": "[/]"}).encode(),
    json.dumps([]).encode(),
]


@pytest.mark.parametrize("body", HOSTILE_RECORDS, ids=range(len(HOSTILE_RECORDS)))
def test_ingest_api_answers_hostile_records_without_500(
    web_db: Path, body: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = TestClient(create_app(str(web_db), token=TOKEN), raise_server_exceptions=False)
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    response = client.post("/api/ingest", content=body, headers=headers)
    assert response.status_code in (200, 201, 400), response.text
    upload = client.post(
        "/api/ingest",
        files={"file": ("bad\x00name\n.json", body, "application/json")},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert upload.status_code in (200, 201, 400), upload.text
