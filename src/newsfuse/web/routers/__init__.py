"""The app's routes, one module per area: ``pages`` (HTML), ``api`` (read-only JSON), ``ingest``,
``live`` (watched sources and change feeds)."""

from . import api, ingest, live, pages

ROUTERS = [pages.router, api.router, ingest.router, live.router]

__all__ = ["ROUTERS", "api", "ingest", "live", "pages"]
