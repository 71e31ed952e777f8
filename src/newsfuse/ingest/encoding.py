"""Decode an input's bytes: byte-order mark, UTF-8, the declared charset, then detection.

In that order, because each is more reliable than the next: a BOM (UTF-8, UTF-16 or UTF-32) is
unambiguous; bytes that are valid UTF-8 are UTF-8 in practice, whatever a page declares; a page's
``<meta charset>`` or an XML declaration names its legacy encoding; only then is the encoding
guessed (charset-normalizer). ISO-8859-1 and ASCII labels are read as windows-1252, which is what
such pages hold in practice (curly quotes at 0x93/0x94) and what browsers do (WHATWG Encoding).
When nothing gives a plausible text the error says what was tried.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from ..errors import InputError

_BOMS = (  # UTF-32 first: its little-endian BOM begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
_DECLARED = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})"""
    rb"""|<\?xml[^>]{0,200}?encoding\s*=\s*["']([\w.:-]{1,40})""",
    re.IGNORECASE,
)
_WESTERN_DEFAULT = {"latin_1", "iso8859-1", "ascii"}
_DETECT_BYTES = 1_000_000  # enough to guess from; detection time grows with the sample
_UNICODE = ("utf_8", "utf_16", "utf_32", "utf_7")  # never guessed: UTF-8 failed, no BOM
_CHAOS_TIE = 0.01


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # codec used, e.g. "utf-8", "cp1252"
    how: str  # "" for plain UTF-8, else "BOM", "declared" or "detected"


def bom(data: bytes) -> tuple[str, str] | None:
    """``(codec, name)`` of the byte-order mark ``data`` starts with, if any."""
    for mark, codec, name in _BOMS:
        if data.startswith(mark):
            return codec, name
    return None


def declared_charset(data: bytes) -> str | None:
    """The codec an HTML ``<meta charset>`` or XML declaration names in the first 4 KB, if
    Python knows it (labels for ISO-8859-1 and ASCII become windows-1252)."""
    match = _DECLARED.search(data[:4096])
    if not match:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii", "replace")
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return "cp1252" if name in _WESTERN_DEFAULT else name


def decode(where: str, data: bytes, declared: bool = False) -> Decoded:
    """The text of ``data``; ``declared``: honour a charset the document declares (HTML, XML)."""
    marked = bom(data)
    if marked:
        codec, name = marked
        try:
            return Decoded(data.decode(codec), codec, "BOM")
        except UnicodeDecodeError as exc:
            raise InputError(
                where,
                f"not valid {name} although it starts with a {name} byte-order mark "
                f"(at byte offset {exc.start})",
            ) from None
    if b"\x00" in data[:8192]:
        raise InputError(where, "binary file (contains NUL bytes and no UTF-16/32 byte-order mark)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", "")
    except UnicodeDecodeError as exc:
        tried = [f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"]
    codec = declared_charset(data) if declared else None
    if codec:
        text = _decode_as(data, codec)
        if text is not None:
            return Decoded(text, codec, "declared")
        tried.append(f"nor valid in its declared charset {codec}")
    guess = detect(data)
    if guess:
        text = _decode_as(data, guess)
        if text is not None:
            return Decoded(text, guess, "detected")
    tried.append("and charset detection found no plausible encoding")
    raise InputError(where, ", ".join(tried))


def _decode_as(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        if codec == "cp1252":  # five bytes are undefined in windows-1252: then it is Latin-1
            return data.decode("latin-1")
        return None
    except LookupError:
        return None


def detect(data: bytes) -> str | None:
    """The most plausible legacy encoding of ``data`` (charset-normalizer), or None.

    The candidates are those with the least mess. Short single-byte texts often leave several
    that read the bytes differently, with coherence scores too noisy to choose (a French text:
    cp775 first); then windows-1252 wins when it is one of them, as browsers default to it for
    unlabelled Western text, else the most coherent. UTF encodings are never guessed (their BOM
    or validity was checked before)."""
    from charset_normalizer import from_bytes

    matches = []
    for match in from_bytes(data[:_DETECT_BYTES]):
        codec = codecs.lookup(match.encoding).name
        if not codec.replace("-", "_").startswith(_UNICODE):
            matches.append((match, codec))
    if not matches:
        return None
    least = min(match.chaos for match, _ in matches) + _CHAOS_TIE
    tied = [(match, codec) for match, codec in matches if match.chaos <= least]
    if any(codec == "cp1252" or "cp1252" in m.could_be_from_charset for m, codec in tied):
        return "cp1252"
    return max(tied, key=lambda pair: pair[0].coherence)[1]
