"""The browser assets shipped in eventwire/web/vendor/: the versions package-lock.json pins, the files
the manifest lists, their licences, and how the server answers when they are missing (no network)."""
from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

from fastapi.testclient import TestClient

from eventwire.api import assets
from eventwire.api.app import VENDOR
from eventwire.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
LOCK = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
PINNED = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))["dependencies"]
MANIFEST = json.loads((assets.PACKAGED / "manifest.json").read_text(encoding="utf-8"))["packages"]


def test_every_served_prefix_is_shipped_at_the_locked_version_and_integrity():
    assert set(MANIFEST) == set(VENDOR)
    for prefix, info in MANIFEST.items():
        locked = LOCK["packages"][f"node_modules/{info['npm']}"]
        assert info["version"] == locked["version"] == PINNED[info["npm"]], prefix
        assert info["integrity"] == locked["integrity"] and info["integrity"].startswith("sha512-"), prefix


def test_shipped_files_are_the_ones_listed_with_their_hashes_and_licences():
    on_disk = {p.relative_to(assets.PACKAGED).as_posix() for p in assets.PACKAGED.rglob("*") if p.is_file()}
    listed = {f"{prefix}/{name}" for prefix, info in MANIFEST.items() for name in info["files"]}
    assert on_disk - {"manifest.json"} == listed
    for prefix, info in MANIFEST.items():
        assert "LICENSE" in info["files"], prefix
        for name, meta in info["files"].items():
            data = (assets.PACKAGED / prefix / name).read_bytes()
            assert hashlib.sha256(data).hexdigest() == meta["sha256"], f"{prefix}/{name}"


def test_refresh_script_check_agrees_without_the_network():
    res = subprocess.run([sys.executable, str(ROOT / "scripts" / "refresh_vendor.py"), "--check"],
                         capture_output=True, text=True, timeout=60, env={"PATH": "/nonexistent"})
    assert res.returncode == 0, res.stderr


def test_inventory_and_start_up_lines_name_what_is_missing(tmp_path):
    shutil.copytree(assets.PACKAGED, tmp_path / "vendor")
    shutil.rmtree(tmp_path / "vendor" / "world-atlas")
    (tmp_path / "vendor" / "leaflet" / "leaflet.css").unlink()
    got = assets.inventory(tmp_path / "vendor")
    assert got["leaflet"].missing == ("leaflet.css",) and got["swagger-ui"].complete
    assert got["leaflet"].version == MANIFEST["leaflet"]["version"]
    lines = assets.describe(tmp_path / "vendor", VENDOR)
    assert lines[0].startswith("browser assets from $EVENTWIRE_ASSETS: ")
    assert "swagger-ui-dist 5.35.0" in lines[0] and "leaflet" not in lines[0]
    assert "browser assets incomplete: leaflet lacks leaflet.css" in lines
    assert "browser assets missing: world-atlas (/vendor/world-atlas/ answers 503)" in lines
    full = assets.describe(assets.PACKAGED, VENDOR)
    assert full == [f"browser assets from the eventwire package: leaflet {MANIFEST['leaflet']['version']}, "
                    f"topojson-client {MANIFEST['topojson-client']['version']}, "
                    f"world-atlas {MANIFEST['world-atlas']['version']}, "
                    f"swagger-ui-dist {MANIFEST['swagger-ui']['version']}"]
    assert assets.inventory(tmp_path / "nothing-here") == {}


def test_missing_assets_answer_503_without_an_install_path(tmp_path):
    from eventwire.api import create_app
    shutil.copytree(assets.PACKAGED, tmp_path / "vendor")
    shutil.rmtree(tmp_path / "vendor" / "world-atlas")
    (tmp_path / "vendor" / "leaflet" / "leaflet.css").unlink()
    app = create_app(Settings.from_env(db_path=tmp_path / "new.duckdb"), api_key="k", assets_dir=tmp_path / "vendor")
    with TestClient(app, raise_server_exceptions=False) as client:
        assert client.get("/vendor/leaflet/leaflet.js").status_code == 200
        assert client.get("/vendor/leaflet/images/marker-icon.png").headers["content-type"] == "image/png"
        for url in ("/vendor/world-atlas/countries-110m.json", "/vendor/leaflet/leaflet.css"):
            res = client.get(url)
            assert res.status_code == 503
            body = res.json()
            assert body["ok"] is False and "not installed with this eventwire" in body["error"]
            assert str(tmp_path) not in res.text and str(assets.PACKAGED.parents[2]) not in res.text
        assert client.get("/vendor/leaflet/nothing.js").status_code == 404
        assert client.get("/vendor/leaflet/../manifest.json").status_code == 404
