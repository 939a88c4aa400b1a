"""The shared reader of the shipped tab-separated tables."""
from pathlib import Path

import pytest

from eventwire.datafiles import data_lines, declared_version, read_table
from eventwire.errors import DataFileError, ResourceError
from eventwire.settings import DATA_DIR


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "birds.tsv"
    path.write_text(body, encoding="utf-8")
    return path


def test_comments_blank_lines_header_and_version(tmp_path):
    path = _write(tmp_path, "# version: birds.v3\n# source: a notebook\nname\tcount\tnote\n\n"
                            "heron\t4\ttall\n# a comment between rows\nkite\t2\t\n")
    table = read_table(path)
    assert table.version == "birds.v3"
    assert table.columns == ("name", "count", "note")
    assert [(r.line, r["name"], r["count"], r["note"]) for r in table.rows] == [(5, "heron", "4", "tall"),
                                                                                (7, "kite", "2", "")]
    assert data_lines(path) == ("birds.v3", [(3, "name\tcount\tnote"), (5, "heron\t4\ttall"), (7, "kite\t2\t")])


def test_optional_trailing_columns_read_as_empty(tmp_path):
    path = _write(tmp_path, "name\tcount\tnote\nheron\t4\n")
    assert read_table(path, required=2).rows[0].fields == {"name": "heron", "count": "4", "note": ""}
    with pytest.raises(DataFileError, match=r"birds\.tsv line 2: 2 tab-separated fields, expected 3"):
        read_table(path)


def test_a_row_with_too_many_fields_names_file_and_line(tmp_path):
    path = _write(tmp_path, "# version: birds.v1\nname\tcount\nheron\t4\nkite\t2\textra\n")
    with pytest.raises(DataFileError, match=r"birds\.tsv line 4: 3 tab-separated fields, expected 2"):
        read_table(path)


def test_row_errors_name_the_line(tmp_path):
    table = read_table(_write(tmp_path, "name\tcount\nheron\tfour\n"))
    err = table.error(table.rows[0], "count 'four' is not a number")
    assert isinstance(err, ResourceError) and isinstance(err, ValueError)
    assert str(err) == f"{table.path} line 2: count 'four' is not a number"


def test_missing_file_and_empty_file(tmp_path):
    with pytest.raises(ResourceError, match="missing"):
        read_table(tmp_path / "absent.tsv")
    with pytest.raises(DataFileError, match="no header"):
        read_table(_write(tmp_path, "# version: birds.v1\n\n"))


@pytest.mark.parametrize("path", sorted(DATA_DIR.glob("*.tsv")) + sorted(DATA_DIR.glob("*/*.tsv")),
                         ids=lambda p: p.name)
def test_every_shipped_table_reads(path):
    table = read_table(path, required=4 if path.name == "actors.tsv" else None)
    assert table.rows and all(r.fields for r in table.rows)


def test_declared_version_reads_only_the_opening_comments(tmp_path):
    assert declared_version(_write(tmp_path, "# source: a notebook\n# version: birds.v4\nname\nheron\n")) == "birds.v4"
    assert declared_version(_write(tmp_path, "name\n# version: birds.v5\nheron\n")) == ""
