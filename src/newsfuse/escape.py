"""Make untrusted strings safe to show: one printable line, and links only to http(s) pages.

Inputs name themselves in messages (file names, record ids, URLs): a file name may hold a newline
that would forge a second message line, bytes that are not UTF-8, or terminal control codes; a
stored URL may be ``javascript:``. Every output that shows such a string goes through here.
"""

from __future__ import annotations

import os
import re
import unicodedata
from urllib.parse import urlsplit

_SURROGATE = re.compile("[\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def one_line(text: str) -> str:
    """``text`` as one printable line: control characters, line and paragraph separators and
    unpaired surrogates (undecodable bytes of a file name) become backslash escapes."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch in _NAMED:
            out.append(_NAMED[ch])
        elif 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's stand-in for an undecodable byte
            out.append(f"\\x{code - 0xDC00:02x}")
        elif unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") or ch in "\u202e\u2066\u2067":
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        else:
            out.append(ch)
    return "".join(out)


def path_text(path: str | os.PathLike[str]) -> str:
    """A file name for messages and the store: undecodable bytes and controls escaped."""
    return one_line(os.fspath(path))


def valid_unicode(text: str) -> str:
    """``text`` without unpaired surrogates (each becomes U+FFFD, as a decoder would do):
    JSON may escape one (``"\\ud800"``), and UTF-8 cannot encode it, so no store could keep it."""
    return _SURROGATE.sub("\ufffd", text)


def safe_url(url: str | None) -> str | None:
    """The URL when it may become a link (an absolute http(s) URL), else None: a stored
    ``javascript:`` or ``data:`` URL, or one that does not parse, stays text."""
    if not url or any(unicodedata.category(ch) in ("Cc", "Cs") for ch in url):
        return None
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url.strip()
