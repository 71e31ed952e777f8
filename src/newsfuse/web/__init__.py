"""Web app and HTTP API (``newsfuse serve``)."""

from .app import create_app, serve

__all__ = ["create_app", "serve"]
