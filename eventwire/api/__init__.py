"""The HTTP API and dashboard server (``eventwire serve``)."""
from __future__ import annotations

from typing import Any


def create_app(*args: Any, **kwargs: Any):
    """See :func:`eventwire.api.app.create_app`; imported on call so that ``import eventwire.api`` stays light."""
    from .app import create_app as _create_app
    return _create_app(*args, **kwargs)


__all__ = ["create_app"]
