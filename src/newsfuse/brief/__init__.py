"""Brief stage: one typed :class:`Brief` per event, built once from the store
(:func:`build_brief`) and rendered as Markdown, self-contained HTML and JSON (``docs/brief.md``).
"""

from __future__ import annotations

from .build import build_brief
from .records import SCHEMA, Brief
from .render import brief_data, brief_json, render_html, render_markdown
from .write import write_briefs

__all__ = [
    "SCHEMA",
    "Brief",
    "brief_data",
    "brief_json",
    "build_brief",
    "render_html",
    "render_markdown",
    "write_briefs",
]
