"""Hostile inputs for newsfuse, generated deterministically, each with what must happen to it.

Used by ``tests/test_fuzz.py`` (a slice, every test run) and ``scripts/fuzz.py`` (the full set,
through the real ``newsfuse run``). Every case is one input in a folder: a file of a supported
format (text, HTML, JSON, JSON lines, feeds), a symbolic link, a FIFO or a socket. Its expectation:

* ``GOOD``: well-formed reports (some in odd encodings or with odd names): each must be stored;
* ``BAD``: must be skipped with exactly one line naming it (``errors`` of them for collections);
* ``ANY``: readable or not (random text, tag soup): stored or skipped with a line, never a crash;
* ``MIXED``: collections of both: exactly ``articles`` stored and ``errors`` lines naming it.

Nothing here is tuned to pass: expectations follow from the documented rules (limits, required
fields, formats), written before the run.
"""

from __future__ import annotations

import json
import os
import random
import socket
import string
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

GOOD, BAD, ANY, MIXED = "good", "bad", "any", "mixed"
MB = 1024 * 1024

# Real-style reports (en, fr, es, de) that every batch must still process around the hostile ones.
REPORTS = [
    (
        "Flood kills 12 in Riverton",
        "Heavy rain caused the river to burst its banks in Riverton on Monday. At least 12 people "
        "were killed and 40 injured, officials said. Rescue teams evacuated 300 residents.",
    ),
    (
        "Inondations meurtrières à Lyon",
        "De fortes pluies ont fait déborder le Rhône à Lyon lundi. Au moins douze personnes sont "
        "mortes et quarante ont été blessées, selon la préfecture. Trois cents habitants évacués.",
    ),
    (
        "Incendio forestal en Toledo",
        "Un incendio forestal obligó a evacuar a 200 vecinos cerca de Toledo el martes, según el "
        "ayuntamiento. Los bomberos trabajaron toda la noche para controlar las llamas.",
    ),
    (
        "Erdbeben erschüttert Aleppo",
        "Ein Erdbeben der Stärke 5,8 hat am Mittwoch die Region Aleppo erschüttert. Mindestens "
        "neun Menschen kamen ums Leben, teilten die Behörden mit. Dutzende wurden verletzt.",
    ),
]
BODY = REPORTS[0][1]


@dataclass
class Case:
    """One input: ``name`` (relative path, bytes allowed), what it is, what must happen."""

    name: bytes
    family: str
    expect: str  # GOOD, BAD, ANY or MIXED
    data: bytes = b""
    kind: str = "file"  # file | symlink | fifo | socket
    target: str = ""  # a symbolic link's target
    articles: int = 0  # articles that must be stored (GOOD and collections)
    errors: int = 0  # lines that must name it (BAD and collections)
    forbidden: list[str] = field(default_factory=list)  # text no stored article may contain
    quiet: bool = False  # may give neither article nor line (a link back into the folder)

    def __post_init__(self) -> None:
        if self.expect == GOOD and not self.articles:
            self.articles = 1
        if self.expect == BAD and not self.errors:
            self.errors = 1


def report_text(n: int) -> str:
    title, body = REPORTS[n % len(REPORTS)]
    return f"{title}\n{body}\n"


def record(n: int, **fields: object) -> dict[str, object]:
    title, body = REPORTS[n % len(REPORTS)]
    return {"title": title, "text": body, **fields}


def html_page(body: str, head: str = "", title: str = "Report") -> str:
    return (
        f"<!doctype html><html><head>{head}<title>{title}</title></head><body><article>"
        f"<h1>{title}</h1>{body}</article></body></html>"
    )


def feed(items: str, encoding: str = "utf-8", doctype: str = "") -> bytes:
    head = f'<?xml version="1.0" encoding="{encoding}"?>'
    return (
        f'{head}{doctype}<rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'
    ).encode(encoding)


def item(n: int, feed_name: str) -> str:
    title, body = REPORTS[n % len(REPORTS)]
    return (
        f"<item><title>{title}</title><link>https://example.com/{feed_name}/{n}</link>"
        f"<description>{body}</description></item>"
    )


def _text_cases() -> Iterator[Case]:
    t = "text"
    yield Case(b"empty.txt", t, BAD, b"")
    yield Case(b"blank.txt", t, BAD, b"  \n\n\t \r\n")
    yield Case(b"nul.txt", t, BAD, b"Title\x00\x00binary")
    yield Case(b"png.txt", t, BAD, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64)
    yield Case(b"oversized.txt", t, BAD, (b"word " * 200 + b"\n") * (11 * MB // 1001))
    yield Case(b"nospace-5mb.txt", t, BAD, b"x" * (5 * MB))  # over the text limit
    yield Case(b"oneline-3mb.txt", t, BAD, b"lorem ipsum dolor sit amet " * (3 * MB // 27))
    yield Case(b"nospace-250k.txt", t, GOOD, b"Long token\n" + b"y" * 250_000)
    yield Case(b"doctors.txt", t, GOOD, ("Dr. " * 8000).encode())
    yield Case(b"dots.txt", t, ANY, b"." * 100_000 + b" x")
    yield Case(b"bangs.txt", t, GOOD, b"Alarm\n" + b"Run! " * 20_000)
    yield Case(b"zalgo.txt", t, GOOD, ("Zalgo title\nH" + "\u0301\u0316" * 80_000).encode())
    yield Case(b"rtl.txt", t, GOOD, "Title \u202eevil\u202c\nText \u202e with override.".encode())
    yield Case(b"controls.txt", t, GOOD, b"Bell\x07 title\nText with \x1b[31m ANSI \x1b[0m codes.")
    yield Case(b"emoji.txt", t, GOOD, ("Emoji 🙂 storm\n" + "🌊🔥 " * 2000).encode())
    yield Case(b"paragraphs.txt", t, GOOD, b"Many paragraphs\n" + b"Short line.\n\n" * 20_000)
    yield Case(b"debris-only.txt", t, BAD, b"Loading...\nShare on Facebook\nPost Comment\n")
    yield Case(b"crlf.txt", t, GOOD, report_text(1).replace("\n", "\r\n").encode())
    yield Case(b"cr-only.txt", t, GOOD, report_text(2).replace("\n", "\r").encode())
    yield Case(b"markup.txt", t, GOOD, b"[bold red]Flood[/] [/]\nText [link=x]click[/link].")


def _encoding_cases() -> Iterator[Case]:
    e = "encoding"
    text = report_text(1)
    yield Case(b"utf16le.txt", e, GOOD, text.encode("utf-16"))  # BOM + little-endian
    yield Case(b"utf16be.txt", e, GOOD, b"\xfe\xff" + text.encode("utf-16-be"))
    yield Case(b"utf32.txt", e, GOOD, text.encode("utf-32"))
    yield Case(b"utf8bom.txt", e, GOOD, b"\xef\xbb\xbf" + text.encode())
    yield Case(b"latin1.txt", e, GOOD, text.encode("latin-1"))
    yield Case(b"cp1252.txt", e, GOOD, "“Quoted” — report\nIt cost 5 €.\n".encode("cp1252"))
    yield Case(b"undecodable.txt", e, BAD, b"Title\n" + bytes(range(0x80, 0x100)))
    yield Case(b"utf16-nobom.txt", e, BAD, text.encode("utf-16-le"))  # NUL bytes, no BOM
    yield Case(b"utf16-odd.txt", e, BAD, text.encode("utf-16") + b"\x00")  # truncated unit
    yield Case(b"utf8bom-invalid.txt", e, BAD, b"\xef\xbb\xbfTitle\n\xff\xfe\xfa" * 3)
    yield Case(b"surrogate-bytes.txt", e, ANY, b"Title\n\xed\xa0\x80 lone surrogate in UTF-8")
    yield Case(
        b"latin1-declared.html",
        e,
        GOOD,
        html_page(
            "<p>Le caf\xe9 est ferm\xe9 depuis lundi, a indiqu\xe9 la mairie.</p>" * 5,
            '<meta charset="iso-8859-1">',
            "Caf\xe9",
        ).encode("latin-1"),
        forbidden=["Ã©"],
    )
    yield Case(b"utf16.html", e, GOOD, html_page(f"<p>{BODY}</p>").encode("utf-16"))
    yield Case(
        b"declared-wrong.html",
        e,
        GOOD,
        html_page(f"<p>{BODY} Café.</p>", '<meta charset="shift_jis">').encode(),
    )


def _name_cases() -> Iterator[Case]:
    n = "names"
    good = report_text(0).encode()
    for name in (
        b"caf\xe9-latin1-name.txt",
        b"\xff\xfe-not-utf8.txt",
        b"line\nbreak.txt",
        b"line\nskipped forged: line.txt",
        b"[bold red]x.txt",
        b"[link=mailto:x]x[-link].txt",
        b"\x1b[31mansi.txt",
        b"tab\there.txt",
        b"rtl-\xe2\x80\xae-override.txt",
        b"x" * 200 + b".txt",
        b"spaces in name .txt",
        b"-starts-with-dash.txt",
    ):
        yield Case(name, n, GOOD, good)
        yield Case(b"bad-" + name, n, BAD, b"")  # an error line must name it, escaped


def _html_cases() -> Iterator[Case]:
    h = "html"
    yield Case(b"good.html", h, GOOD, html_page(f"<p>{BODY}</p>" * 3).encode())
    yield Case(b"no-text.html", h, BAD, b"<html><body><script>var x=1;</script></body></html>")
    yield Case(b"empty-body.html", h, BAD, b"<html><head></head><body></body></html>")
    yield Case(
        b"js-links.html",
        h,
        GOOD,
        html_page(
            f'<p>{BODY} <a href="javascript:alert(1)">x</a></p>' * 3,
            '<link rel="canonical" href="javascript:alert(document.cookie)">',
        ).encode(),
    )
    yield Case(b"nested.html", h, ANY, (b"<div>" * 20_000 + BODY.encode() + b"</div>" * 20_000))
    yield Case(b"soup.html", h, ANY, b"<p><b><i>" * 5000 + BODY.encode() + b"</p></b>" * 3000)
    yield Case(
        b"huge-attr.html", h, ANY, html_page(f'<p title="{"a" * 2_000_000}">{BODY}</p>').encode()
    )
    yield Case(
        b"entities.html",
        h,
        ANY,
        b'<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa">]><p>' + b"&a;" * 100_000 + b"</p>",
    )
    yield Case(
        b"tables.html",
        h,
        ANY,
        html_page(
            "".join(f"<table><tr><td>cell {i}</td></tr></table>" for i in range(20_000))
        ).encode(),
    )
    # 100,000 paragraphs (about 4.4 MB): far over the time budget for one page
    paragraphs = "".join(
        f"<div><p>Paragraph {i} about the flood.</p></div>" for i in range(100_000)
    )
    yield Case(b"100k-paragraphs.html", h, BAD, html_page(paragraphs).encode())


def _json_cases() -> Iterator[Case]:
    j = "json"

    def one(name: str, value: object, expect: str, **kw: object) -> Case:
        data = value if isinstance(value, bytes) else json.dumps(value).encode()
        return Case(f"{name}.json".encode(), j, expect, data, **kw)  # type: ignore[arg-type]

    yield one("good", record(0), GOOD)
    yield one("array", [record(i, id=f"a{i}") for i in range(3)], GOOD, articles=3)
    yield one(
        "mixed-array",
        [record(0, id="m1"), 3, {"title": ""}, record(1, id="m2")],
        MIXED,
        articles=2,
        errors=2,
    )
    yield one("empty-array", [], BAD)
    yield one("scalar", 42, BAD)
    yield one("null", None, BAD)
    yield one("string", "just a string", BAD)
    yield one("deep", b"[" * 200_000 + b"]" * 200_000, BAD)
    yield one("truncated", b'{"text": "unterminated', BAD)
    yield one("trailing-garbage", json.dumps(record(0)).encode() + b" garbage", BAD)
    yield one("nan", b'{"text": NaN}', BAD)
    yield one(
        "int-5000-digits", b'{"id": ' + b"9" * 5000 + b', "text": "' + BODY.encode() + b'"}', BAD
    )
    yield one("float-huge", b'{"id": 1e999, "text": "' + BODY.encode() + b'"}', BAD)
    yield one(
        "id-4000-digits", b'{"id": ' + b"7" * 4000 + b', "text": "' + BODY.encode() + b'"}', BAD
    )  # a valid integer, but no id is 4,000 characters long
    yield one("id-int", record(0, id=123456789012345678901234567890), GOOD)
    for field_name, bad_values in {
        "text": [5, 1.5, True, [], {}, ["a"]],
        "title": [5, [], {}, False],
        "url": [5, [], {"x": 1}],
        "source": [5, []],
        "published": [
            5,
            [],
            "yesterday",
            "2024-13-45",
            "0001-01-01T00:00:00+14:00",
            "9999-12-31T23:59:59-12:00",
            "x" * 5000,
            "[/]",
        ],
        "language": [5, "english language", "x" * 3000, "e"],
        "id": [1.5, True, [], {}, "x" * 3000],
    }.items():
        for k, value in enumerate(bad_values):
            yield one(f"bad-{field_name}-{k}", record(k, **{field_name: value}), BAD)
    for k, (field_name, value) in enumerate(
        [
            ("url", "http://[::1"),
            ("url", "http://[::1]:99999/x"),
            ("url", "javascript:alert(1)"),
            ("url", "data:text/html,<script>alert(1)</script>"),
            ("url", ""),
            ("published", "9999-12-31T23:59:59"),
            ("published", "0001-01-01T00:00:00Z"),
            ("published", "9999-12-31T23:59:59+00:00"),
            ("published", "Tue, 10 Jun 2003 04:00:00 GMT"),
            ("published", None),
            ("text", "Lone \ud800 surrogate in the text of a report about the flood."),
            ("title", "Title \udfff\ud800 reversed pair"),
            ("url", "https://example.com/\ud800"),
            ("source", "Outlet \ud800"),
            ("id", "id-\ud800"),
            ("source", "[bold red]Outlet[/]"),
            ("title", "[/]"),
            ("language", "en-US"),
            ("language", "xx"),
            ("id", 0),
            ("id", -1),
            ("text", "\u0000\u0001 control characters and a report about a flood."),
        ]
    ):
        yield one(f"odd-{field_name}-{k}", record(k, **{field_name: value}), GOOD)
    yield one("title-only", {"title": "Flood kills 12 in Riverton"}, GOOD)
    yield one("long-title", record(0, title="Flood " * 50_000), GOOD)
    yield one("no-text", {"url": "https://example.com/x"}, BAD)
    yield one("huge-text", record(0, text="word " * 100_000), BAD)  # 500,000 characters
    yield Case(b"utf16-bom.json", j, GOOD, json.dumps(record(1)).encode("utf-16"))
    yield Case(
        b"many.json",
        j,
        GOOD,
        json.dumps([record(i, id=f"r{i}", text=f"{BODY} Item {i}.") for i in range(500)]).encode(),
        articles=500,
    )


def _jsonl_cases() -> Iterator[Case]:
    j = "jsonl"

    def lines(prefix: str) -> list[bytes]:
        return [json.dumps(record(i, id=f"{prefix}{i}")).encode() for i in range(4)]

    yield Case(b"good.jsonl", j, GOOD, b"\n".join(lines("g")) + b"\n", articles=4)
    good = lines("m")
    yield Case(
        b"mixed.jsonl",
        j,
        MIXED,
        b"\n".join(
            [
                good[0],
                b'{"broken": ',
                b"",
                good[1],
                b"[1, 2]",
                b"\x00\x00",
                good[2],
                b'{"id": ' + b"1" * 5000 + b', "text": "x"}',
                bytes(range(0x80, 0x100)),
                json.dumps(record(3, published="0001-01-01T00:00:00+14:00")).encode(),
                good[3],
            ]
        ),
        articles=4,
        errors=6,
    )
    yield Case(b"crlf.jsonl", j, GOOD, b"\r\n".join(lines("c")) + b"\r\n", articles=4)
    yield Case(b"no-final-newline.jsonl", j, GOOD, b"\n".join(lines("f")), articles=4)
    yield Case(b"blank-only.jsonl", j, BAD, b"\n\n   \n")
    good = lines("o")
    yield Case(
        b"long-line.jsonl",
        j,
        MIXED,
        good[0] + b"\n" + b'{"text": "' + b"z" * (11 * MB) + b'"}\n' + good[1] + b"\n",
        articles=2,
        errors=1,
    )
    yield Case(
        b"utf16.jsonl",
        j,
        GOOD,
        "\n".join(json.dumps(record(i, id=f"u{i}")) for i in range(2)).encode("utf-16"),
        articles=2,
    )
    yield Case(
        b"huge-count.ndjson",
        j,
        GOOD,
        b"\n".join(
            json.dumps(record(i, id=f"n{i}", text=f"{BODY} Line {i}.")).encode()
            for i in range(2000)
        ),
        articles=2000,
    )


def _feed_cases() -> Iterator[Case]:
    f = "feeds"
    yield Case(b"good.rss", f, GOOD, feed(item(0, "good") + item(1, "good")), articles=2)
    yield Case(
        b"good.atom",
        f,
        GOOD,
        (
            '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            "<title>Wire</title><entry><title>Flood</title><id>urn:1</id>"
            f"<summary>{BODY}</summary><updated>2024-11-27T10:00:00Z</updated></entry></feed>"
        ).encode(),
    )
    laughs = (
        '<!DOCTYPE rss [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i > 1 else "&lol;" * 10}">'
            for i in range(1, 10)
        )
        + "]>"
    )
    yield Case(
        b"billion-laughs.rss",
        f,
        ANY,  # refused, or read without expanding anything
        feed("<item><title>x</title><description>&lol9;</description></item>", doctype=laughs),
        forbidden=["lollollollol"],
    )
    yield Case(
        b"external-entity.rss",
        f,
        ANY,
        feed(
            "<item><title>x</title><description>Story &xxe; about a flood in the town.</description>"
            "</item>",
            doctype='<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        ),
        forbidden=["root:x:0:0", "/bin/"],
    )
    yield Case(
        b"parameter-entity.rss",
        f,
        ANY,
        feed(
            item(0, "pe"),
            doctype='<!DOCTYPE rss [<!ENTITY % pe SYSTEM "file:///etc/passwd"> %pe;]>',
        ),
        forbidden=["root:x:0:0"],
    )
    yield Case(b"no-entries.rss", f, BAD, feed(""))
    yield Case(
        b"entry-without-text.rss",
        f,
        MIXED,
        feed(item(0, "e") + "<item><title>Empty</title></item>"),
        articles=1,
        errors=1,
    )
    yield Case(b"garbage.rss", f, BAD, b"<<< this is not xml &&&")
    yield Case(b"not-a-feed.xml", f, BAD, b'<?xml version="1.0"?><root><a>1</a></root>')
    yield Case(b"utf16.rss", f, GOOD, feed(item(2, "u16"), "utf-16"))
    yield Case(b"latin1.rss", f, GOOD, feed(item(1, "l1"), "iso-8859-1"))
    yield Case(
        b"many-entries.rss",
        f,
        GOOD,
        feed(
            "".join(
                f"<item><title>Item {i}</title><link>https://example.com/m{i}</link>"
                f"<description>{BODY} Number {i}.</description></item>"
                for i in range(1000)
            )
        ),
        articles=1000,
    )
    yield Case(
        b"cdata-html.rss",
        f,
        GOOD,
        feed(
            f"<item><title>T</title><description><![CDATA[<p>{BODY}</p><script>x</script>]]>"
            "</description></item>"
        ),
    )
    yield Case(
        b"huge-entry.rss",
        f,
        BAD,
        feed(f"<item><title>Big</title><description>{'word ' * 100_000}</description></item>"),
    )


def _special_cases() -> Iterator[Case]:
    s = "files"
    yield Case(
        b"passwd-link.txt", s, BAD, kind="symlink", target="/etc/passwd", forbidden=["root:x:0:0"]
    )
    yield Case(
        b"proc-link.txt", s, BAD, kind="symlink", target="/proc/self/status", forbidden=["VmRSS"]
    )
    yield Case(b"zero-link.txt", s, BAD, kind="symlink", target="/dev/zero")
    yield Case(b"random-link.txt", s, BAD, kind="symlink", target="/dev/urandom")
    yield Case(b"etc-dir-link", s, BAD, kind="symlink", target="/etc")
    yield Case(b"broken-link.txt", s, BAD, kind="symlink", target="/nonexistent/newsfuse.txt")
    yield Case(b"loop-link", s, ANY, kind="symlink", target=".", quiet=True)  # walked once
    yield Case(b"pipe.txt", s, BAD, kind="fifo")
    yield Case(b"pipe.json", s, BAD, kind="fifo")
    yield Case(b"pipe.jsonl", s, BAD, kind="fifo")
    yield Case(b"socket.txt", s, BAD, kind="socket")


def _random_cases(count: int, seed: int) -> Iterator[Case]:
    """Random text, records and markup: any outcome but a crash."""
    rng = random.Random(seed)
    alphabets = [
        string.printable,
        "aéèêëàâäôöûüçñßœæ ",
        "абвгдежзийклмнопрстуфхцчшщъыьэюя .",
        "مرحبا بالعالم ",
        "中文字符测试。",
        "\u0301\u0316\u200b\u200d\u202e\ufeff\ufffd",
        ".!?…\"'«»()[] ",
        "".join(chr(c) for c in range(0x1F300, 0x1F340)),
    ]

    def text(size: int) -> str:
        chars = "".join(rng.choice(alphabets) for _ in range(3))
        return "".join(rng.choice(chars) for _ in range(size))

    for i in range(count):
        family = i % 5
        size = rng.choice([1, 10, 100, 1000, 20_000, 200_000])
        if family == 0:
            yield Case(f"rand-{i}.txt".encode(), "random", ANY, text(size).encode())
        elif family == 1:
            raw = rng.randbytes(min(size, 50_000))
            yield Case(f"rand-{i}.txt".encode(), "random", ANY, raw)
        elif family == 2:
            value = {
                rng.choice(
                    ["text", "title", "url", "id", "published", "language", "x"]
                ): rng.choice(
                    [
                        text(rng.randint(0, 300)),
                        rng.randint(-(10**30), 10**30),
                        rng.random(),
                        None,
                        [],
                        {"a": [1]},
                        True,
                    ]
                )
                for _ in range(rng.randint(0, 6))
            }
            yield Case(f"rand-{i}.json".encode(), "random", ANY, json.dumps(value).encode())
        elif family == 3:
            tags = ["p", "div", "span", "script", "style", "a", "table", "td", "article", "br"]
            parts = [
                f"<{rng.choice(tags)}>{text(rng.randint(0, 200))}" for _ in range(size // 50 + 1)
            ]
            yield Case(f"rand-{i}.html".encode(), "random", ANY, "".join(parts).encode())
        else:
            items = "".join(
                f"<item><title>{text(20)}</title><description>{text(200)}</description></item>"
                for _ in range(rng.randint(0, 5))
            )
            data = feed(items) if rng.random() < 0.7 else rng.randbytes(500)
            yield Case(f"rand-{i}.rss".encode(), "random", ANY, data)


def corpus(random_count: int = 900, seed: int = 19) -> list[Case]:
    """Every case: the fixed families, then ``random_count`` random ones."""
    cases = [
        *_text_cases(),
        *_encoding_cases(),
        *_name_cases(),
        *_html_cases(),
        *_json_cases(),
        *_jsonl_cases(),
        *_feed_cases(),
        *_special_cases(),
        *_random_cases(random_count, seed),
    ]
    names = [c.name for c in cases]
    assert len(set(names)) == len(names), "case names are unique"
    return cases


def good_reports() -> list[Case]:
    """The real-style reports each batch must process (one file each)."""
    return [
        Case(f"good-report-{i}.txt".encode(), "good", GOOD, report_text(i).encode())
        for i in range(len(REPORTS))
    ]


def materialise(cases: list[Case], folder: Path) -> dict[bytes, str]:
    """Write ``cases`` into ``folder``; return each case's name -> its path as messages show it."""
    from newsfuse.escape import path_text

    folder.mkdir(parents=True, exist_ok=True)
    base = os.fsencode(folder)
    shown = {}
    for case in cases:
        path = os.path.join(base, case.name)
        if case.kind == "file":
            with open(path, "wb") as handle:
                handle.write(case.data)
        elif case.kind == "symlink":
            os.symlink(case.target, path)
        elif case.kind == "fifo":
            os.mkfifo(path)
        elif case.kind == "socket":
            with socket.socket(socket.AF_UNIX) as sock:
                sock.bind(path)
        shown[case.name] = path_text(os.fsdecode(path))
    return shown


@dataclass
class Verdict:
    """How a run treated its inputs (counts of cases, and what went wrong)."""

    good: int = 0
    good_ok: int = 0
    bad: int = 0
    bad_ok: int = 0
    any_cases: int = 0
    problems: list[str] = field(default_factory=list)


def verify(
    cases: list[Case], shown: dict[bytes, str], output: list[str], db: Path, out: Path
) -> Verdict:
    """Compare what a run printed (``skipped where: problem`` lines) and stored (``db``, briefs
    in ``out``) with what each case must give."""
    from collections import Counter

    from newsfuse.store import Store

    verdict = Verdict()
    by_length = sorted(shown.items(), key=lambda kv: -len(kv[1]))
    lines_of: Counter[bytes] = Counter()
    for line in output:
        if not line.startswith("skipped "):
            continue
        where = line[len("skipped ") :]
        owner = next((name for name, path in by_length if where.startswith(path)), None)
        if owner is None:
            verdict.problems.append(f"a skip line names no input: {line[:160]}")
        else:
            lines_of[owner] += 1
    with Store(db) as store:
        articles = store.articles()
        members = store.membership()
    stored = Counter(a.source_path for a in articles)
    texts = [f"{a.title}\n{a.text}" for a in articles]
    briefs = {p.stem for p in out.glob("*.html")}
    for case in cases:
        path = shown[case.name]
        n_stored, n_lines = stored[path], lines_of[case.name]
        label = f"{case.family}/{path.rsplit('/', 1)[-1][:60]}"
        if case.expect in (GOOD, MIXED):
            verdict.good += 1
            mine = [a.id for a in articles if a.source_path == path]
            in_briefs = all(members.get(a) in briefs for a in mine)
            if n_stored == case.articles and in_briefs and (case.expect == MIXED or not n_lines):
                verdict.good_ok += 1
            else:
                verdict.problems.append(
                    f"good input {label}: {n_stored}/{case.articles} stored, {n_lines} lines, "
                    f"briefs {'written' if in_briefs else 'missing'}"
                )
        if case.expect in (BAD, MIXED):
            verdict.bad += 1
            if n_lines == case.errors and (case.expect == MIXED or not n_stored):
                verdict.bad_ok += 1
            else:
                verdict.problems.append(
                    f"bad input {label}: {n_lines}/{case.errors} lines, {n_stored} stored"
                )
        if case.expect == ANY:
            verdict.any_cases += 1
            if not n_stored and not n_lines and not case.quiet:
                verdict.problems.append(f"input {label}: neither stored nor skipped with a line")
        verdict.problems += [
            f"{label}: a stored text holds {text!r}"
            for text in case.forbidden
            if any(text in t for t in texts)
        ]
    return verdict
