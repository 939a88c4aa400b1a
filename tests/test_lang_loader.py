"""The word-class loader: format checks and the helpers rules build patterns with."""
from pathlib import Path

import pytest

from eventwire.errors import ResourceError
from eventwire.lang import loader


def _write(tmp_path: Path, name: str, body: str) -> Path:
    folder = tmp_path / "xx"
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.tsv").write_text(body, encoding="utf-8")
    return tmp_path


def test_reads_entries_examples_and_extra_columns(tmp_path):
    root = _write(tmp_path, "harm", "# version: harm.v2\n# source: ours\nentry\tclass\texample\n"
                                    "killed\tkill\tTwo men were killed.\nshot dead\tkill\tHe was shot dead.\n"
                                    "wounded\tinjure\tFive were wounded.\n")
    wc = loader.load("harm", "xx", root)
    assert wc.version == "harm.v2"
    assert wc.words() == ("killed", "shot dead", "wounded")
    assert wc.where("class", "kill") == ("killed", "shot dead")
    assert wc.mapping("class")["wounded"] == "injure"
    pat = wc.pattern()
    assert pat.search("Both were SHOT   DEAD at dawn").group(0) == "SHOT   DEAD"
    assert pat.search("an unkilled phrase") is None
    assert loader.available("xx", root) == ["harm"]


def test_missing_example_is_an_error_naming_the_file(tmp_path):
    root = _write(tmp_path, "bad", "entry\texample\nkilled\t\n")
    with pytest.raises(ResourceError, match="bad.tsv"):
        loader.load("bad", "xx", root)


def test_missing_class_and_header_errors(tmp_path):
    root = _write(tmp_path, "nohead", "word\tnote\nx\ty\n")
    with pytest.raises(ResourceError, match="entry"):
        loader.load("nohead", "xx", root)
    with pytest.raises(ResourceError, match="missing"):
        loader.load("nothere", "xx", root)
