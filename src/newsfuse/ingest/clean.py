"""Clean scraped text: drop page debris, keep provenance lines as metadata.

Scrapers leave UI strings in article bodies ("Loading Now", "Post Comment", share and cookie
banners, empty bylines). They are recognised only as *whole short lines*, so a sentence that merely
contains "comment" is never touched. A line such as "Original Source: www.bbc.com" says which outlet
the text was rewritten from: it becomes ``original_source`` and leaves the text.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

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
      | (?:©.{0,80}|copyright.{0,80})
      | (?:updated|published|posted)\s*[:\-–]?\s*
      | (?:advertisement\s*-\s*scroll\s+to\s+continue)
      | (?:close|more|google|pinterest|a\s+a|like\s+this:\s+like\s+loading\.*|share\s+this:.{0,40})
      | .{0,120}\ball\s+rights\s+reserved\b.{0,200}
      | (?:please\s+enable\s+javascript|javascript\s+is\s+(?:disabled|required)).{0,80}
      | (?:having\s+trouble\s+viewing\s+the\s+video|hide\s+transcript|scroll\s+down\s+for\s+video
        |watch\s+this\s+(?:story|video)).{0,120}
      | (?:just\s+one\s+more\s+thing|thank\s+you\s+for\s+registering|already\s+(?:have\s+an
        \s+account|a\s+subscriber)|you\s+are\s+the\s+owner\s+of\s+this\s+article).{0,10}
      | (?:we\s+have\s+sent\s+(?:you\s+)?a\s+(?:verification|confirmation)\s+email
        |if\s+you\s+do\s+not\s+receive\s+the\s+verification|by\s+submitting\s+your\s+registration
        |we\s+look\s+forward\s+to\s+seeing\s+you|click\s+on\s+the\s+button\s+below\s+to\s+set\s+up
        |you\s+must\s+enter\s+the\s+characters|sign\s+in\s+(?:using|with)\s+your).{0,200}
      | (?:(?:close\s+)?get\s+email\s+notifications\s+on|your\s+notification\s+has\s+been\s+saved
        |there\s+was\s+a\s+problem\s+saving\s+your\s+notification|email\s+notifications\s+are\s+only
        \s+sent|whenever\s+.{1,60}\s+posts\s+new\s+content).{0,200}
      | (?:get\s+digital\s+access|re-enter\s+zip\s+code|sorry,\s+this\s+zip\s*code\s+is\s+not
        |enjoy\s+the\s+convenience\s+of\s+home\s+delivery|oops,\s+you\s+haven't\s+selected
        |(?:email\s+newsletters\s+)?sign\s+up\s+for\s+one\s+of\s+our).{0,200}
      | (?:>+\s*)?download\s+(?:our|the)\s+.{0,40}\bapps?\b.{0,60}
      | (?:add\s+a\s+location\s+to\s+your\s+tweets|when\s+you\s+tweet\s+with\s+a\s+location).{0,200}
      | (?:join\s+the\s+conversation|stay\s+up\s+to\s+date,\s+follow|report\s+an\s+error).{0,80}
      | follow\s+[\w.]+:.{0,60}
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
# Debris is a whole line; the longest kind (a wire service's rights notice) runs to ~250 chars.
_DEBRIS_MAX = 320


# Unicode's stream-safe format allows 30 combining marks in a row; no script needs more, and
# normalising a longer run costs quadratic time in CPython (160,000 marks: 90 s).
_MAX_COMBINING = 30


@dataclass(slots=True)
class Cleaned:
    text: str
    original_source: str | None
    removed: list[str]


@lru_cache(maxsize=1)
def _combining_run() -> re.Pattern[str]:
    """Runs of more than ``_MAX_COMBINING`` combining marks (built once: 0.1 s)."""
    ranges: list[list[int]] = []
    for code in range(sys.maxunicode + 1):
        if unicodedata.combining(chr(code)):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    marks = "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    return re.compile(f"([{marks}]{{{_MAX_COMBINING}}})[{marks}]+")


def normalise_text(text: str) -> str:
    """NFC, unified line breaks, no control characters, no trailing spaces, <= 1 blank line.

    Runs of combining marks are cut to the stream-safe 30 first (a "zalgo" string would
    otherwise make normalisation quadratic)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", _combining_run().sub(r"\1", text))
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
        if stripped and len(stripped) <= _DEBRIS_MAX:
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
