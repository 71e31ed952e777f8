"""The app's routes, one module per area: ``pages`` (HTML), ``api`` (read-only JSON), ``ingest``."""

from . import api, ingest, pages

ROUTERS = [pages.router, api.router, ingest.router]

__all__ = ["ROUTERS", "api", "ingest", "pages"]
