"""The app's routes, one module per area: ``pages`` (HTML), ``api`` (read-only JSON), ``ingest``,
``live`` (watched sources and change feeds), ``exports`` (CSV / JSON lines downloads),
``corrections`` (why reports are grouped; merge, split, move, undo)."""

from . import api, corrections, exports, ingest, live, pages

ROUTERS = [
    pages.router,
    api.router,
    ingest.router,
    live.router,
    exports.router,
    corrections.router,
]

__all__ = ["ROUTERS", "api", "corrections", "exports", "ingest", "live", "pages"]
