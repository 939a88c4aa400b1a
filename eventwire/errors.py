"""The one place where eventwire's errors live.  Each says what went wrong and how to fix it."""
from __future__ import annotations


class EventwireError(Exception):
    """Base class: an error eventwire reports to the user without a traceback."""

    exit_code = 1


class UsageError(EventwireError):
    """The command was called wrongly (bad flag value, missing argument)."""

    exit_code = 2


class InputError(EventwireError):
    """An input record cannot be read.  Names the file and line."""

    def __init__(self, path: str, line: int | None, reason: str):
        self.path, self.line, self.reason = path, line, reason
        where = path if line is None else f"{path}:{line}"
        super().__init__(f"{where}: {reason}")


class PipelineError(EventwireError):
    """The stages do not fit together (a stage reads what no earlier stage writes)."""

    exit_code = 2


class ResourceError(EventwireError):
    """A packaged resource (spaCy model, gazetteer, data file) is missing or broken."""

    exit_code = 2


class DataFileError(ResourceError, ValueError):
    """A shipped data table (``eventwire/data``, ``eventwire/lang``) has a malformed line; the message
    names the file and the line.  (Also a ``ValueError``: a gazetteer build that fails on one leaves
    the index in use as it was.)"""


class StoreError(EventwireError):
    """The DuckDB store cannot be opened or written."""

    exit_code = 2


class ModelError(EventwireError):
    """A trained model directory is missing, incomplete or made by other library versions."""

    exit_code = 2


class StoreLockedError(StoreError):
    """Another process holds the DuckDB file (DuckDB allows one writer, or readers only)."""

    exit_code = 3
