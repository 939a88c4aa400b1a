"""The server's handle on the DuckDB file: one database instance, one DuckDB connection per thread.

DuckDB connections are not safe to share between threads, so each worker thread gets
its own cursor of the server's connection (a cursor is a connection to the same
database instance, seeing every committed write).  Writes (``POST /articles``) go
through :func:`eventwire.ingest.service.ingest`, which opens the same file in this
process and therefore shares the instance; a lock lets one ingest run at a time.
"""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from ..errors import StoreError
from ..store.duckdb_store import READ_SCHEMA_VERSION, Store


class Database:
    def __init__(self, path: Path, writable: bool):
        self.path = Path(path).resolve()
        self.writable = writable
        if not writable and not self.path.exists():
            raise StoreError(f"no eventwire database at {self.path}; run `eventwire ingest PATH… --db "
                             f"{self.path}` first, or start the server with an API key to create it "
                             "through POST /articles")
        self.write_lock = threading.Lock()
        self._lock = threading.Lock()
        self._local = threading.local()
        self._store: Store | None = None
        self._cursors: list[duckdb.DuckDBPyConnection] = []
        self._generation = 0
        self._writes = 0

    def read_version(self) -> tuple[int, int]:
        """Changes whenever what the server reads may have changed: the file opened anew, or
        written through this server (the only writer while the server holds the file)."""
        return self._generation, self._writes

    def written(self) -> None:
        """Called after every write through this server."""
        self._writes += 1

    def open(self) -> None:
        """Open the file now (the first request would otherwise): reports a locked or broken file early."""
        with self._lock:
            if self._store is None:
                store = Store(self.path, read_only=not self.writable)
                version = store.schema_version()
                if version < READ_SCHEMA_VERSION:
                    store.close()
                    raise StoreError(f"{self.path} has schema version {version}; the server reads version "
                                     f"{READ_SCHEMA_VERSION} or later: run `eventwire dedup --db {self.path}` "
                                     "once to bring it up to date, or start the server with an API key (it "
                                     "opens the file writable and does it)")
                self._store = store
                self._generation += 1

    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        con = getattr(self._local, "con", None)
        if con is None or getattr(self._local, "generation", None) != self._generation or self._store is None:
            self.open()
            with self._lock:
                assert self._store is not None
                con = self._store.con.cursor()
                self._cursors.append(con)
                self._local.con = con
                self._local.generation = self._generation
        yield con

    def store(self) -> Store:
        """A :class:`Store` on the same database instance (same access mode), for the exporters."""
        self.open()
        return Store(self.path, read_only=not self.writable)

    def close(self) -> None:
        with self._lock:
            for con in self._cursors:
                con.close()
            self._cursors.clear()
            if self._store is not None:
                self._store.close()
                self._store = None
