"""MkDocs hooks (mkdocs.yml `hooks:`): add the SP-APIs pages, written at build time.

The pages come from scripts/api_reference.py (the operation table); they are added
to the build and to the navigation under "SP-APIs", never written into docs/site.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import api_reference

NAV_SECTION = "SP-APIs"
_PAGES: dict[str, str] = {}


def on_config(config: Any) -> Any:
    _PAGES.clear()
    _PAGES.update(api_reference.pages())
    nav = config["nav"]
    for i, entry in enumerate(nav):
        if isinstance(entry, dict) and NAV_SECTION in entry:
            section = [f"{api_reference.FOLDER}/index.md"]
            section += [{p.split("/")[-1][:-3]: p} for p in _PAGES if not p.endswith("index.md")]
            nav[i] = {NAV_SECTION: section}
            break
    else:
        raise ValueError(f"mkdocs.yml: the nav needs a {NAV_SECTION!r} entry")
    return config


def on_files(files: Any, config: Any) -> Any:
    from mkdocs.structure.files import File

    for path, content in _PAGES.items():
        files.append(File.generated(config, path, content=content))
    return files
