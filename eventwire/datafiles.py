"""The one reader of the tab-separated tables shipped with eventwire (``eventwire/data/*.tsv``, its
subfolders, and the word classes of ``eventwire/lang/<lang>/``).

A table is UTF-8 text.  A line that starts with ``#`` is a comment (``# version: NAME`` names the
table's version), a blank line is skipped, the first other line is the header (the column names) and
every line after it is a row of tab-separated fields.  A row with more fields than the header, or fewer
than the columns it must fill, is a :class:`~eventwire.errors.DataFileError` naming the file and line;
the trailing columns a row may leave out read as ``""``.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import DataFileError, ResourceError


@dataclass(frozen=True)
class Row:
    """One row of a table: its line number in the file and its fields by column name."""

    line: int
    fields: dict[str, str]

    def __getitem__(self, column: str) -> str:
        return self.fields[column]

    def get(self, column: str, default: str | None = None) -> str | None:
        return self.fields.get(column, default)


@dataclass(frozen=True)
class Table:
    path: Path
    version: str  # of the ``# version:`` comment; "" without one
    columns: tuple[str, ...]
    rows: tuple[Row, ...]

    def error(self, row: Row, message: str) -> DataFileError:
        """An error about ``row`` that names the file and the line."""
        return DataFileError(f"{self.path} line {row.line}: {message}")


def declared_version(path: Path) -> str:
    """The ``# version:`` a table declares in its opening comments ("" without one), read without
    reading the rest of the file."""
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                break
            if line.startswith("# version:"):
                return line.split(":", 1)[1].strip()
    return ""


def data_lines(path: Path) -> tuple[str, list[tuple[int, str]]]:
    """The ``# version:`` of a table and its (line number, text) lines other than comments and blank
    lines, the header first, line ends removed."""
    if not path.is_file():
        raise ResourceError(f"data file {path} is missing; reinstall eventwire")
    version = ""
    lines: list[tuple[int, str]] = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.startswith("#"):
                if line.startswith("# version:") and not version:
                    version = line.split(":", 1)[1].strip()
                continue
            if line.strip():
                lines.append((n, line.rstrip("\r\n")))
    return version, lines


def read_table(path: Path, required: int | None = None) -> Table:
    """The table at ``path``; each row must fill the first ``required`` columns (all, by default)."""
    version, lines = data_lines(Path(path))
    if not lines:
        raise DataFileError(f"{path}: no header line (the column names, tab-separated)")
    columns = tuple(lines[0][1].split("\t"))
    need = len(columns) if required is None else required
    rows = []
    for n, text in lines[1:]:
        fields = text.split("\t")
        if not need <= len(fields) <= len(columns):
            expected = str(len(columns)) if need == len(columns) else f"{need} to {len(columns)}"
            raise DataFileError(f"{path} line {n}: {len(fields)} tab-separated fields, expected {expected} "
                                f"({', '.join(columns)})")
        rows.append(Row(n, dict(zip(columns, fields + [""] * (len(columns) - len(fields))))))
    return Table(Path(path), version, columns, tuple(rows))
