"""The browser assets the dashboard and ``/docs`` load (Leaflet, topojson-client, the world-atlas
country outlines, swagger-ui), shipped inside the package in ``eventwire/web/vendor/``.

``manifest.json`` there names, for each URL prefix under ``/vendor/``, the npm package and version the
copies come from (as ``package-lock.json`` pins them) and every shipped file; ``scripts/refresh_vendor.py``
writes it.  ``$EVENTWIRE_ASSETS`` may name another folder laid out the same way.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

PACKAGED = Path(__file__).resolve().parent.parent / "web" / "vendor"


@dataclass(frozen=True)
class VendorPackage:
    prefix: str                 # URL prefix under /vendor/
    npm: str                    # the npm package the copies come from
    version: str
    files: tuple[str, ...]      # shipped files, relative to the prefix
    missing: tuple[str, ...]    # listed in the manifest but not on disk

    @property
    def complete(self) -> bool:
        return not self.missing


def default_dir() -> Path:
    """``$EVENTWIRE_ASSETS`` or the copies shipped inside the package."""
    env = os.environ.get("EVENTWIRE_ASSETS")
    return Path(env) if env else PACKAGED


def inventory(root: Path) -> dict[str, VendorPackage]:
    """The packages ``root/manifest.json`` lists, with the files that are missing; {} without a manifest."""
    try:
        manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))["packages"]
    except (OSError, ValueError, KeyError):
        return {}
    out = {}
    for prefix, info in manifest.items():
        files = tuple(sorted(info.get("files", {})))
        missing = tuple(f for f in files if not (root / prefix / f).is_file())
        out[prefix] = VendorPackage(prefix, info.get("npm", prefix), info.get("version", "?"), files, missing)
    return out


def describe(root: Path, expected: tuple[str, ...]) -> list[str]:
    """Lines for the start-up log: what is served from where, and what is missing."""
    packages = inventory(root)
    where = "the eventwire package" if root == PACKAGED else "$EVENTWIRE_ASSETS"
    present = [f"{packages[p].npm} {packages[p].version}" for p in expected
               if p in packages and packages[p].complete]
    lines = [f"browser assets from {where}: {', '.join(present) or 'none'}"]
    for prefix in expected:
        pkg = packages.get(prefix)
        if pkg is None or set(pkg.missing) == set(pkg.files):
            lines.append(f"browser assets missing: {pkg.npm if pkg else prefix} (/vendor/{prefix}/ answers 503)")
        elif pkg.missing:
            lines.append(f"browser assets incomplete: {pkg.npm} lacks {', '.join(pkg.missing)}")
    return lines
