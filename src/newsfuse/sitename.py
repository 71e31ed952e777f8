"""A page title without its site's name: "Five people shot in apartment complex - WMC Action
News 5 - Memphis, Tennessee" from wmcactionnews5.com, "Deux morts à Lyon - Le Progrès" from
leprogres.fr, "Zwei Tote in Aleppo - DER SPIEGEL" from spiegel.de.

Every page of a site carries its name in the title, and often its town ("Memphis, Tennessee"):
two reports of one site on two shootings then share a title's worth of words (headline words
count twice), and clustering read them as one event. The site's segment is found by the site's
own name: a title segment (after " - ", " | ", " :: ", " « "...) whose letters hold the name the
address was registered under (``wmcactionnews5``, ``leprogres``, ``spiegel``); it goes with
what follows it. A title whose first segment is the site's stays whole (nothing would be left).
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlparse

# " - ", " – ", " — ", " | ", "|", " :: ", " « ", " » ", " • ": what sites put between the
# headline and their name (not a hyphen inside a word: "Smith-Jones", "drive-by")
_SEPARATOR = re.compile(r"\s+(?:[-–—«»•]|::)\s+|\s*\|\s*")
# second-level labels under a country's code: bbc.co.uk, abc.net.au, elcomercio.com.pe
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "gov", "gob", "gouv", "ac", "edu"})
MIN_NAME = 3  # "cnn", "bbc", "abc": shorter names are found in too many words


def _compact(text: str) -> str:
    """Letters and digits, lower-cased, accents stripped: "EL PAÍS" -> "elpais"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


def site_name(url: str | None) -> str | None:
    """The name a page's address was registered under: "www.wmcactionnews5.com" ->
    "wmcactionnews5", "chicago.suntimes.com" -> "suntimes", "www.bbc.co.uk" -> "bbc"."""
    if not url:
        return None
    try:
        host = urlparse(url).hostname or ""
    except ValueError:  # not an address ("http://[x", an unclosed IPv6 bracket)
        return None
    labels = host.split(".")
    if len(labels) < 2:
        return None
    labels = labels[:-1]  # the top-level domain
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels = labels[:-1]
    name = _compact(labels[-1])
    return name if len(name) >= MIN_NAME and not name.isdigit() else None


def without_site(title: str, url: str | None) -> str:
    """``title`` cut before the first segment after the first that holds the site's name."""
    name = site_name(url)
    if not name or not title:
        return title
    for separator in _SEPARATOR.finditer(title):
        after = title[separator.end() :]
        segment = _SEPARATOR.split(after, maxsplit=1)[0]
        if name in _compact(segment):
            head = title[: separator.start()].rstrip(" -–—|:«»•")  # 'Headline - | Site'
            return head if _compact(head) else title
    return title
