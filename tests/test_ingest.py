"""Readers and cleaning: every supported format, every kind of bad input, debris and provenance.

Bad inputs must each give exactly one :class:`InputError` naming the path (and line) and the
problem, and never stop the rest of the batch. Pipeline-level checks (nothing stored is lost) live
in ``test_pipeline.py``.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

import pytest

from newsfuse.errors import InputError
from newsfuse.ingest.clean import clean_text, split_title
from newsfuse.ingest.readers import MAX_BYTES, parse_datetime, read_inputs, read_path
from newsfuse.records import Article

BODY = (
    "Heavy rain caused the river to burst its banks in Riverton on Monday. "
    "At least 12 people were killed and 40 injured, officials said."
)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def good_file(folder: Path, name: str = "good.txt") -> Path:
    return write(folder / name, f"Flood kills 12 in Riverton\n{BODY}\n")


def split(items) -> tuple[list[Article], list[InputError]]:
    items = list(items)
    articles = [i for i in items if isinstance(i, Article)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(articles) + len(errors) == len(items)
    return articles, errors


def only_error(path: Path, tmp_path: Path) -> InputError:
    """Read ``path`` together with a good file: the good one is read, ``path`` gives one error."""
    good = good_file(tmp_path / "ok")
    articles, errors = split(read_inputs([path, good]))
    assert [a.source_path for a in articles] == [str(good)], "the rest of the batch is read"
    assert len(errors) == 1, errors
    error = errors[0]
    message = str(error)
    assert "\n" not in message, "one line"
    assert message.startswith(str(path)), message
    assert message == f"{error.where}: {error.problem}"
    return error


# -- bad input ----------------------------------------------------------------------------------
def test_binary_file_is_refused(tmp_path: Path) -> None:
    error = only_error(write(tmp_path / "image.txt", PNG * 10), tmp_path)
    assert "binary" in error.problem


def test_empty_file_is_refused(tmp_path: Path) -> None:
    error = only_error(write(tmp_path / "empty.txt", b""), tmp_path)
    assert "empty" in error.problem


def test_whitespace_only_file_is_empty(tmp_path: Path) -> None:
    error = only_error(write(tmp_path / "blank.txt", "  \n\n\t \n"), tmp_path)
    assert "empty" in error.problem


# Every byte from 0x80 up, once: no single-byte or multi-byte code makes a plausible text of it.
UNDECODABLE = b"Titre du rapport\n" + bytes(range(0x80, 0x100)) + b"\n"


def test_undecodable_text_is_refused_saying_what_was_tried(tmp_path: Path) -> None:
    error = only_error(write(tmp_path / "mojibake.txt", UNDECODABLE), tmp_path)
    assert "not valid UTF-8 (byte 0x80 at offset 17)" in error.problem
    assert "charset detection found no plausible encoding" in error.problem


def test_oversized_file_is_refused_with_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # 50 MB of text, written quickly (no NUL bytes)
        handle.write((b"word " * 200 + b"\n") * (50 * 1024 * 1024 // 1001 + 1))
    assert path.stat().st_size > 50 * 1000 * 1000
    error = only_error(path, tmp_path)
    assert "MB" in error.problem and "limit" in error.problem
    assert f"{MAX_BYTES / 1e6:.0f} MB" in error.problem


def test_missing_path_is_reported(tmp_path: Path) -> None:
    error = only_error(tmp_path / "no-such-report.txt", tmp_path)
    assert "no such file" in error.problem


def test_folder_where_a_file_is_expected(tmp_path: Path) -> None:
    folder = tmp_path / "report.txt"
    folder.mkdir()
    items = list(read_path(folder))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert str(items[0]).startswith(str(folder))
    assert "folder" in items[0].problem


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="running as root: chmod 000 does not block reads (covered by the missing-path and "
    "folder cases)",
)
def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    path = good_file(tmp_path, "secret.txt")
    path.chmod(0)
    try:
        error = only_error(path, tmp_path)
    finally:
        path.chmod(0o644)
    assert "permission denied" in error.problem


def test_malformed_jsonl_line_names_file_and_line(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "title": "First", "text": BODY}),
        '{"id": "b", "title": "Broken", "text": "unterminated',
        "",
        json.dumps({"id": "c", "title": "Third", "text": BODY + " Later."}),
    ]
    path = write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    articles, errors = split(read_path(path))
    assert [a.title for a in articles] == ["First", "Third"]
    assert len(errors) == 1
    assert errors[0].where == f"{path}:2"
    assert str(errors[0]).startswith(f"{path}:2: ")
    assert "invalid JSON" in errors[0].problem


def test_jsonl_line_that_cannot_be_decoded_names_the_line(tmp_path: Path) -> None:
    good = json.dumps({"text": BODY}).encode()
    bad = b'{"text": "' + bytes(range(0x80, 0x100)) + b'"}'
    path = write(tmp_path / "batch.jsonl", good + b"\n" + bad + b"\n")
    articles, errors = split(read_path(path))
    assert len(articles) == 1
    assert [e.where for e in errors] == [f"{path}:2"]
    assert "UTF-8" in errors[0].problem


def test_json_record_without_text_or_title(tmp_path: Path) -> None:
    path = write(tmp_path / "record.json", json.dumps({"url": "https://example.com/a"}))
    error = only_error(path, tmp_path)
    assert error.where == f"{path}[1]"
    assert "'text'" in error.problem and "'title'" in error.problem


def test_json_record_with_only_a_title_uses_it(tmp_path: Path) -> None:
    path = write(tmp_path / "record.json", json.dumps({"title": "Flood kills 12 in Riverton"}))
    (article,) = read_path(path)
    assert isinstance(article, Article)
    assert article.text == "Flood kills 12 in Riverton"


def test_json_record_whose_body_is_only_page_debris_uses_its_title(tmp_path: Path) -> None:
    # a crawler that kept the login page instead of the report: the headline still says what
    login = "Just One More Thing...\nWe have sent you a verification email.\nClose"
    record = {"title": "Flood kills 12 in Riverton", "text": login}
    (article,) = read_path(write(tmp_path / "record.json", json.dumps(record)))
    assert isinstance(article, Article)
    assert article.text == "Flood kills 12 in Riverton"


def test_json_array_with_bad_records_keeps_good_ones(tmp_path: Path) -> None:
    records = [{"text": BODY}, 3, {"title": ""}, {"text": BODY, "published": "yesterday"}]
    path = write(tmp_path / "many.json", json.dumps(records))
    articles, errors = split(read_path(path))
    assert len(articles) == 1
    assert [e.where for e in errors] == [f"{path}[2]", f"{path}[3]", f"{path}[4]"]
    assert "JSON object" in errors[0].problem
    assert "published" in errors[2].problem


def test_invalid_json_file_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.json", '{\n  "text": "ok",\n  oops\n}')
    error = only_error(path, tmp_path)
    assert error.where == f"{path}:3"
    assert "invalid JSON" in error.problem


def test_json_record_with_numeric_url_is_an_input_error(tmp_path: Path) -> None:
    path = write(tmp_path / "numeric-url.json", json.dumps({"text": BODY, "url": 12345}))
    items = list(read_inputs([path, good_file(tmp_path / "ok")]))
    assert len(items) == 2


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_deeply_nested_json_is_an_input_error(tmp_path: Path, suffix: str) -> None:
    path = write(tmp_path / f"deep{suffix}", "[" * 100_000 + "]" * 100_000 + "\n")
    error = only_error(path, tmp_path)
    assert error.problem


def test_broken_feed_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path / "news.rss", b"this is <<< not xml &&& at all")
    error = only_error(path, tmp_path)
    assert "broken feed" in error.problem


def test_feed_without_entries_is_reported(tmp_path: Path) -> None:
    path = write(
        tmp_path / "news.rss",
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>',
    )
    error = only_error(path, tmp_path)
    assert "no entries" in error.problem


def test_unsupported_suffix_given_directly(tmp_path: Path) -> None:
    error = only_error(write(tmp_path / "report.pdf", b"%PDF-1.4 not a report"), tmp_path)
    assert ".pdf" in error.problem and "unsupported" in error.problem


def test_unsupported_and_hidden_files_in_a_folder_are_skipped_silently(tmp_path: Path) -> None:
    good_file(tmp_path)
    write(tmp_path / "photo.png", PNG)
    write(tmp_path / ".hidden.txt", "Hidden title\nHidden body text.\n")
    articles, errors = split(read_inputs([tmp_path]))
    assert errors == []
    assert [Path(a.source_path).name for a in articles] == ["good.txt"]


def test_several_bad_inputs_each_give_one_error(tmp_path: Path) -> None:
    bad = [
        write(tmp_path / "a.txt", PNG),
        write(tmp_path / "b.txt", b""),
        write(tmp_path / "c.txt", UNDECODABLE),
        write(tmp_path / "d.rss", b"<<<garbage"),
        write(tmp_path / "e.doc", b"word"),
        tmp_path / "f-missing.txt",
    ]
    good = good_file(tmp_path / "ok")
    articles, errors = split(read_inputs([*bad[:3], good, *bad[3:]]))
    assert len(articles) == 1
    assert [e.where for e in errors] == [str(p) for p in bad]


# -- cleaning -----------------------------------------------------------------------------------
DEBRIS = [
    "Loading Now",
    "Loading...",
    "Post Comment",
    "Leave a comment",
    "Share on Facebook",
    "Share this article",
    "Follow us on Twitter",
    "We use cookies to improve your experience. By continuing you accept our cookie policy.",
    "This site uses cookies. Learn more.",
    "Subscribe to our newsletter",
    "Sign up for our newsletter",
    "Advertisement",
    "Read more: Floods hit Europe",
    "By",
    "By:",
    "Please enable Javascript to watch this video",
    "We have sent you a verification email. Please check your email and click on the link.",
    "Your notification has been saved.",
    "Close Get email notifications on Jane Doe daily!",
    "Whenever Jane Doe posts new content, you'll get an email delivered to your inbox.",
    "You are the owner of this article.",
    "Already have an account?",
    "Copyright 2016 The Associated Press. All rights reserved. This material may not be published,"
    " broadcast, rewritten or redistributed.",
    "Download our free apps for iPhone, iPad and Android devices",
    "Sorry, this zipcode is not in our deliverable area for this subscription service.",
]


@pytest.mark.parametrize("line", DEBRIS)
def test_debris_lines_are_removed(line: str) -> None:
    text = f"Flood kills 12\n{line}\n{BODY}\n{line.upper()}\nThe end of the report."
    cleaned = clean_text(text)
    assert line not in cleaned.text and line.upper() not in cleaned.text
    assert cleaned.text == f"Flood kills 12\n{BODY}\nThe end of the report."
    assert cleaned.removed == [line, line.upper()]


@pytest.mark.parametrize("line", ["Sign up for our daily newsletter", "Comments (12)"])
def test_common_debris_variants_are_removed(line: str) -> None:
    assert line not in clean_text(f"Flood kills 12\n{line}\n{BODY}").text


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor declined to comment on the number of victims.",
        "Loading now resumed at the port after the storm, officials said.",
        "Share prices fell 5% after the flood.",
        "By Monday evening the water had receded.",
        "Police posted a comment on Facebook asking witnesses to come forward.",
        "By John Smith",
        "More than 20 people were wounded in the attack.",
        "Close to 300 families fled the village overnight.",
        "Already the toll exceeds last year's, the ministry said.",
    ],
)
def test_sentences_containing_debris_words_stay(sentence: str) -> None:
    cleaned = clean_text(f"Flood kills 12\n{sentence}\n{BODY}")
    assert sentence in cleaned.text.split("\n")
    assert cleaned.removed == []


def test_original_source_line_becomes_metadata() -> None:
    cleaned = clean_text(f"Flood kills 12\n{BODY}\nOriginal Source: www.example.com\n")
    assert cleaned.original_source == "www.example.com"
    assert "Original Source" not in cleaned.text
    assert "www.example.com" not in cleaned.text
    assert cleaned.text == f"Flood kills 12\n{BODY}"


def test_text_is_normalised() -> None:
    cleaned = clean_text("  Title  \r\n\r\n\r\n\r\nBody\u200b line.\x07  \r\nCafe\u0301 ")
    assert cleaned.text == "Title\n\nBody line.\nCafé"


def test_txt_reader_cleans_and_keeps_provenance(tmp_path: Path) -> None:
    path = write(
        tmp_path / "002.txt",
        "Loading Now\n\nFlood kills 12 in Riverton\n\n"
        f"{BODY}\nPost Comment\nOriginal Source: www.bbc.com\n",
    )
    (article,) = read_path(path)
    assert article.title == "Flood kills 12 in Riverton"
    assert article.text == BODY
    assert article.original_source == "www.bbc.com"
    assert "Loading Now" in article.raw, "the raw input is kept as read"
    assert article.source_path == str(path)


@pytest.mark.parametrize(
    ("first", "is_title"),
    [
        ("Flood kills 12 in Riverton", True),
        ("Syria. 'Jihadists' Launch Vast Offensive and Reach the Gates of Aleppo", True),
        ("Heavy rain flooded the town on Monday, officials said.", False),
        ("Flood", False),
        (" ".join(["word"] * 60), False),
    ],
)
def test_title_detection(first: str, is_title: bool) -> None:
    title, body = split_title(f"{first}\n{BODY}")
    assert (title == first.strip()) is is_title
    assert body == (BODY if is_title else f"{first.strip()}\n{BODY}")


def test_single_line_file_has_no_title(tmp_path: Path) -> None:
    (article,) = read_path(write(tmp_path / "one.txt", "Flood kills 12 in Riverton"))
    assert article.title == ""
    assert article.text == "Flood kills 12 in Riverton"


def test_first_sentence_ending_in_a_quote_is_not_a_title() -> None:
    first = "The mayor said: “We are devastated.”"
    assert split_title(f"{first}\n{BODY}") == ("", f"{first}\n{BODY}")


def test_file_with_only_debris_is_an_error(tmp_path: Path) -> None:
    error = only_error(write(tmp_path / "debris.txt", "Loading Now\nPost Comment\n"), tmp_path)
    assert "no article text" in error.problem


def test_article_id_is_stable_and_content_based(tmp_path: Path) -> None:
    path = good_file(tmp_path)
    (first,) = read_path(path)
    (again,) = read_path(path)
    assert first.id == again.id and first.content_hash == again.content_hash
    write(path, f"Flood kills 13 in Riverton\n{BODY}\n")
    (changed,) = read_path(path)
    assert changed.id != first.id


# -- readers ------------------------------------------------------------------------------------
HTML = """<!DOCTYPE html>
<html lang="en"><head>
<title>Flood kills 12 in Riverton | Riverton Gazette</title>
<meta property="og:title" content="Flood kills 12 in Riverton">
<meta property="og:site_name" content="Riverton Gazette">
<meta name="date" content="2024-11-29">
<meta property="article:published_time" content="2024-11-29T08:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Flood kills 12 in Riverton</h1>
<p>Heavy rain caused the river to burst its banks in Riverton on Monday, flooding the old town
and the industrial estate along the water.</p>
<p>At least 12 people were killed and 40 injured, officials said on Tuesday, adding that rescue
teams were still searching the houses closest to the river for missing residents.</p>
<p>The mayor declined to comment on the cost of the damage, which insurers put in the millions.</p>
</article>
<footer>Copyright 2024 Riverton Gazette. All rights reserved.</footer>
</body></html>
"""


def test_html_reader_extracts_text_title_date_and_site(tmp_path: Path) -> None:
    (article,) = read_path(write(tmp_path / "page.html", HTML))
    assert isinstance(article, Article), article
    assert article.title == "Flood kills 12 in Riverton"
    assert article.published is not None and article.published.date().isoformat() == "2024-11-29"
    assert article.outlet == "Riverton Gazette"
    assert "At least 12 people were killed" in article.text
    assert "declined to comment" in article.text
    assert "Home" not in article.text.split("\n")


def test_html_without_text_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "empty.html", "<html><head><title>x</title></head><body></body></html>")
    error = only_error(path, tmp_path)
    assert "no article text" in error.problem


def test_json_object_reader(tmp_path: Path) -> None:
    record = {
        "id": "r-1",
        "title": "Flood kills 12",
        "text": f"{BODY}\nShare on Facebook",
        "url": "https://www.example.com/news/flood",
        "published": "2024-11-29T08:30:00Z",
        "language": "en",
    }
    (article,) = read_path(write(tmp_path / "one.json", json.dumps(record)))
    assert article.title == "Flood kills 12"
    assert article.text == BODY
    assert article.url == record["url"]
    assert article.outlet == "example.com"
    assert article.published == datetime(2024, 11, 29, 8, 30)
    assert article.language == "en"


def test_json_array_reader_keeps_order_and_source(tmp_path: Path) -> None:
    records = [
        {"title": f"Report {n}", "text": f"{BODY} Report {n}.", "source": f"Outlet {n}"}
        for n in range(3)
    ]
    articles, errors = split(read_path(write(tmp_path / "many.json", json.dumps(records))))
    assert errors == []
    assert [a.title for a in articles] == ["Report 0", "Report 1", "Report 2"]
    assert [a.outlet for a in articles] == ["Outlet 0", "Outlet 1", "Outlet 2"]
    assert len({a.id for a in articles}) == 3


def test_jsonl_reader(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"x{n}", "text": f"{BODY} Line {n}."}) for n in range(4)]
    articles, errors = split(read_path(write(tmp_path / "many.jsonl", "\n".join(lines))))
    assert errors == []
    assert [a.text.rsplit(" ", 1)[1] for a in articles] == ["0.", "1.", "2.", "3."]


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Riverton Gazette</title><link>https://gazette.example/</link><description>News</description>
<item><title>Flood kills 12 in Riverton</title><link>https://gazette.example/flood</link>
<guid>flood-1</guid><pubDate>Mon, 02 Dec 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Heavy rain flooded Riverton on Monday.&lt;/p&gt;&lt;p&gt;At least 12 people were killed, officials said.&lt;/p&gt;
</description></item>
<item><title>Bridge reopens</title><link>https://gazette.example/bridge</link>
<guid>bridge-2</guid><pubDate>Tue, 03 Dec 2024 08:15:00 GMT</pubDate>
<description>The old bridge reopened to traffic on Tuesday after repairs.</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley News</title>
<id>urn:valley</id><updated>2024-12-03T12:00:00Z</updated>
<entry><title>Storm warning issued</title><id>urn:valley:1</id>
<link href="https://valley.example/storm"/><published>2024-12-01T06:00:00Z</published>
<updated>2024-12-01T07:00:00Z</updated>
<content type="html">&lt;p&gt;Forecasters issued a storm warning for the valley.&lt;/p&gt;</content>
</entry>
<entry><title>Roads closed</title><id>urn:valley:2</id>
<link href="https://valley.example/roads"/><updated>2024-12-02T18:30:00Z</updated>
<summary>Several roads were closed after the storm.</summary></entry>
</feed>
"""


def test_rss_feed_gives_one_article_per_entry(tmp_path: Path) -> None:
    articles, errors = split(read_path(write(tmp_path / "gazette.rss", RSS)))
    assert errors == []
    assert [a.title for a in articles] == ["Flood kills 12 in Riverton", "Bridge reopens"]
    assert [a.published for a in articles] == [
        datetime(2024, 12, 2, 10, 0),
        datetime(2024, 12, 3, 8, 15),
    ]
    assert articles[0].text.split("\n") == [
        "Heavy rain flooded Riverton on Monday.",
        "At least 12 people were killed, officials said.",
    ]
    assert "<p>" not in articles[0].text
    assert {a.outlet for a in articles} == {"Riverton Gazette"}
    assert articles[1].url == "https://gazette.example/bridge"


@pytest.mark.parametrize("value", ["Tue, 03 Dec 2024 09:15:00 +0100", "2024-12-03T09:15:00+01:00"])
def test_dates_with_offsets_are_normalised_to_utc(value: str) -> None:
    assert parse_datetime(value) == datetime(2024, 12, 3, 8, 15)


def test_feed_html_line_wrapping_is_whitespace(tmp_path: Path) -> None:
    wrapped = RSS.replace(
        "At least 12 people were killed, officials said.",
        "At least 12 people\nwere killed, officials said.",
    )
    articles, _ = split(read_path(write(tmp_path / "wrapped.rss", wrapped)))
    assert "At least 12 people were killed, officials said." in articles[0].text.split("\n")


def test_atom_feed_gives_one_article_per_entry(tmp_path: Path) -> None:
    articles, errors = split(read_path(write(tmp_path / "valley.atom", ATOM)))
    assert errors == []
    assert [a.title for a in articles] == ["Storm warning issued", "Roads closed"]
    assert [a.published for a in articles] == [
        datetime(2024, 12, 1, 6, 0),
        datetime(2024, 12, 2, 18, 30),
    ]
    assert articles[0].text == "Forecasters issued a storm warning for the valley."
    assert articles[1].text == "Several roads were closed after the storm."
    assert articles[0].url == "https://valley.example/storm"


def test_feed_recognised_by_content_with_xml_suffix(tmp_path: Path) -> None:
    articles, errors = split(read_path(write(tmp_path / "feed.xml", RSS)))
    assert errors == [] and len(articles) == 2


def test_folder_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    names = ["b.txt", "a/z.txt", "a/b/c.json", "c.jsonl", "A.md"]
    for n, name in enumerate(names):
        if name.endswith(".json"):
            write(tmp_path / name, json.dumps({"text": f"{BODY} Number {n}."}))
        elif name.endswith(".jsonl"):
            write(tmp_path / name, json.dumps({"text": f"{BODY} Number {n}."}) + "\n")
        else:
            write(tmp_path / name, f"Report number {n}\n{BODY}\n")
    articles, errors = split(read_inputs([tmp_path]))
    assert errors == []
    got = [Path(a.source_path).relative_to(tmp_path).as_posix() for a in articles]
    assert got == sorted(names, key=lambda n: Path(tmp_path / n).parts)
    assert got == ["A.md", "a/b/c.json", "a/z.txt", "b.txt", "c.jsonl"]
