#!/usr/bin/env python3
"""Refresh the browser assets shipped in ``eventwire/web/vendor/`` from the npm packages that
``package-lock.json`` pins.

For each package it runs ``npm pack NAME@VERSION`` (the npm client, no install scripts), checks the
tarball against the lock's ``integrity`` (sha512), copies the few files the dashboard and ``/docs``
use together with the package's licence files, and writes ``eventwire/web/vendor/manifest.json``
(version, integrity, and the sha256 of every shipped file).  ``tests/test_vendor.py`` checks the
shipped files against that manifest and the manifest against the lock, without the network.

To move to a new version: change ``package.json``, run ``npm install --package-lock-only
--ignore-scripts``, then this script, then the tests.

    python scripts/refresh_vendor.py            # refresh from the lock
    python scripts/refresh_vendor.py --check    # exit 1 if the shipped copies differ from the lock's
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "package-lock.json"
VENDOR = ROOT / "eventwire" / "web" / "vendor"
MANIFEST = VENDOR / "manifest.json"

# URL prefix under /vendor/ -> (npm package, {file in the tarball: file shipped under the prefix})
PACKAGES: dict[str, tuple[str, dict[str, str]]] = {
    "leaflet": ("leaflet", {
        "package/dist/leaflet.js": "leaflet.js",
        "package/dist/leaflet.css": "leaflet.css",
        "package/dist/images/layers.png": "images/layers.png",
        "package/dist/images/layers-2x.png": "images/layers-2x.png",
        "package/dist/images/marker-icon.png": "images/marker-icon.png",
        "package/dist/images/marker-icon-2x.png": "images/marker-icon-2x.png",
        "package/dist/images/marker-shadow.png": "images/marker-shadow.png",
        "package/LICENSE": "LICENSE",
    }),
    "topojson-client": ("topojson-client", {
        "package/dist/topojson-client.min.js": "topojson-client.min.js",
        "package/LICENSE": "LICENSE",
    }),
    # Country outlines: Natural Earth 1:110m (public domain) as TopoJSON, ISC-licensed packaging
    "world-atlas": ("world-atlas", {
        "package/countries-110m.json": "countries-110m.json",
        "package/LICENSE": "LICENSE",
    }),
    "swagger-ui": ("swagger-ui-dist", {
        "package/swagger-ui-bundle.js": "swagger-ui-bundle.js",
        "package/swagger-ui-bundle.js.LICENSE.txt": "swagger-ui-bundle.js.LICENSE.txt",
        "package/swagger-ui.css": "swagger-ui.css",
        "package/favicon-32x32.png": "favicon-32x32.png",
        "package/LICENSE": "LICENSE",
        "package/NOTICE": "NOTICE",
    }),
}


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sri_sha512(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode("ascii")


def locked(name: str) -> dict:
    entry = json.loads(LOCK.read_text(encoding="utf-8"))["packages"].get(f"node_modules/{name}")
    if not entry:
        sys.exit(f"refresh_vendor: {name} is not in package-lock.json")
    return entry


def fetch(name: str, version: str, workdir: Path) -> bytes:
    if shutil.which("npm") is None:
        sys.exit("refresh_vendor: npm is missing; it is needed only to refresh the shipped browser assets")
    out = subprocess.run(["npm", "pack", f"{name}@{version}", "--json", "--ignore-scripts",
                          "--pack-destination", str(workdir)], capture_output=True, text=True,
                         env={**os.environ, "SCARF_ANALYTICS": "false"})
    if out.returncode != 0:
        sys.exit(f"refresh_vendor: npm pack {name}@{version} failed:\n{out.stderr}")
    filename = json.loads(out.stdout)[0]["filename"]
    return (workdir / filename).read_bytes()


def refresh() -> dict:
    manifest = {"about": "Browser assets copied from the npm packages pinned in package-lock.json by "
                         "scripts/refresh_vendor.py; sha256 of every shipped file.",
                "packages": {}}
    with tempfile.TemporaryDirectory() as tmp:
        for prefix, (name, files) in PACKAGES.items():
            entry = locked(name)
            tarball = fetch(name, entry["version"], Path(tmp))
            if sri_sha512(tarball) != entry["integrity"]:
                sys.exit(f"refresh_vendor: {name}@{entry['version']} does not match the lock's integrity")
            target = VENDOR / prefix
            shutil.rmtree(target, ignore_errors=True)
            shipped = {}
            with tarfile.open(fileobj=io.BytesIO(tarball)) as tar:
                for member, dest in files.items():
                    data = tar.extractfile(member).read()
                    (target / dest).parent.mkdir(parents=True, exist_ok=True)
                    (target / dest).write_bytes(data)
                    shipped[dest] = {"from": member.removeprefix("package/"), "sha256": sha256(data)}
            manifest["packages"][prefix] = {"npm": name, "version": entry["version"],
                                            "integrity": entry["integrity"], "license": entry.get("license"),
                                            "files": shipped}
            print(f"refresh_vendor: {name}@{entry['version']} -> eventwire/web/vendor/{prefix}/ "
                  f"({len(shipped)} files)", file=sys.stderr)
    MANIFEST.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return manifest


def check() -> list[str]:
    """What differs between the lock, the manifest and the shipped files (empty when all agree)."""
    problems = []
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))["packages"]
    for prefix, (name, files) in PACKAGES.items():
        entry, got = locked(name), manifest.get(prefix)
        if got is None:
            problems.append(f"{prefix}: not in the manifest")
            continue
        for key in ("version", "integrity"):
            if got[key] != entry[key]:
                problems.append(f"{prefix}: manifest {key} {got[key]} but the lock has {entry[key]}")
        if set(got["files"]) != set(files.values()):
            problems.append(f"{prefix}: manifest lists {sorted(got['files'])}, expected {sorted(files.values())}")
        for dest, info in got["files"].items():
            path = VENDOR / prefix / dest
            if not path.is_file() or sha256(path.read_bytes()) != info["sha256"]:
                problems.append(f"{prefix}/{dest}: missing or changed")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only compare the shipped copies with the lock")
    args = ap.parse_args()
    if not args.check:
        refresh()
    problems = check()
    for p in problems:
        print(f"refresh_vendor: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
