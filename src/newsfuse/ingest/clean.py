"""Clean scraped text: drop page debris, keep provenance lines as metadata.

Scrapers leave UI strings in article bodies ("Loading Now", "Post Comment", share and cookie
banners, empty bylines). They are recognised only as *whole short lines*, so a sentence that merely
contains "comment" is never touched. A line such as "Original Source: www.bbc.com" says which outlet
the text was rewritten from: it becomes ``original_source`` and leaves the text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_DEBRIS = re.compile(
    r"""^(?:
        loading(?:\s+now)?(?:\.\.\.|…)?
      | (?:post|leave|add|view|show|hide|read)\s+(?:a\s+)?comments?(?:\s*\(\d+\))?
      | \d*\s*comments?(?:\s*\(\d+\))?
      | (?:share|tweet|email|print|pin)(?:\s+(?:this|on\s+\w+|article|story|via\s+\w+))*
      | (?:share|follow)\s+(?:us\s+)?on\s+(?:facebook|twitter|x|whatsapp|linkedin|instagram)
      | (?:facebook|twitter|whatsapp|linkedin|reddit|telegram|email|copy\s+link)
      | (?:subscribe|sign\s+up|register|log\s*in|sign\s+in)(?:\s+(?:now|here|today|to\s+.{0,60}))?
      | (?:subscribe\s+to|sign\s+up\s+for)\s+(?:our\s+)?(?:\w+\s+){0,2}newsletters?.{0,60}
      | (?:we\s+use\s+cookies|this\s+(?:web)?site\s+uses\s+cookies|accept(?:\s+all)?\s+cookies).{0,200}
      | (?:advertisement|advertising|sponsored(?:\s+content)?|publicité|publicidad|anzeige|pubblicità)
      | (?:read|see)\s+(?:more|also|next)(?:\s*[:»>].{0,100})?
      | (?:lire\s+aussi|à\s+lire\s+aussi|leer\s+más|lea\s+también|mehr\s+zum\s+thema|leia\s+também).{0,100}
      | (?:related(?:\s+(?:articles?|stories|news|content))?|more\s+stories|most\s+read|trending(?:\s+now)?)
      | (?:skip\s+to\s+(?:main\s+)?content|back\s+to\s+top|click\s+here.{0,60}|continue\s+reading)
      | (?:by|par|por|von|di|de)\s*[:\-–]?\s*
      | (?:photo|image|video|credit|crédit|foto)s?\s*[:\-–]?\s*(?:getty\s+images|afp|reuters|ap|efe)?
      | (?:all\s+rights\s+reserved|©.{0,80}|copyright.{0,80})
      | (?:updated|published|posted)\s*[:\-–]?\s*
      | (?:advertisement\s*-\s*scroll\s+to\s+continue)
    )\s*[.!:]?$""",
    re.IGNORECASE | re.VERBOSE,
)

_ORIGINAL_SOURCE = re.compile(
    r"^\s*(?:original(?:ly)?\s+(?:source|published\s+(?:by|on|at|in))|source\s+originale|"
    r"fuente\s+original|fonte\s+original|originalquelle|fonte\s+originale|source|quelle|fuente|"
    r"fonte)\s*[:\-–]\s*(?P<source>\S.{0,120}?)\s*$",
    re.IGNORECASE,
)

_TITLE_MAX = 200


@dataclass(slots=True)
class Cleaned:
    text: str
    original_source: str | None
    removed: list[str]


def normalise_text(text: str) -> str:
    """NFC, unified line breaks, no control characters, no trailing spaces, <= 1 blank line."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    lines = [line.strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def clean_text(text: str) -> Cleaned:
    """Remove debris lines and pull out the original-source line."""
    kept: list[str] = []
    removed: list[str] = []
    original: str | None = None
    for line in normalise_text(text).split("\n"):
        stripped = line.strip()
        if stripped and len(stripped) <= 160:
            match = _ORIGINAL_SOURCE.match(stripped)
            if match:
                original = match.group("source").rstrip(".")
                removed.append(stripped)
                continue
            if _DEBRIS.match(stripped):
                removed.append(stripped)
                continue
        kept.append(line)
    return Cleaned(normalise_text("\n".join(kept)), original, removed)


def looks_like_title(line: str) -> bool:
    """A first line is a title when it is short and does not read like a running sentence."""
    line = line.strip()
    if not line or len(line) > _TITLE_MAX or len(line.split()) < 2:
        return False
    bare = line.rstrip("\"'”’»)")
    if bare.endswith((".", ",", ";", ":")) and not bare.endswith(("...", "…")):
        return False
    return line.count(". ") <= 1


def split_title(text: str) -> tuple[str, str]:
    """``(title, body)``: the first non-empty line is the title when it looks like one."""
    first, _, rest = text.strip().partition("\n")
    if rest.strip() and looks_like_title(first):
        return first.strip(), rest.strip()
    return "", text.strip()
