"""generated/ kept equal to a fresh run: compare two trees, sync one into the other."""

from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

__all__ = ["compare_trees", "sync_tree"]


def _files(root: Path) -> set[str]:
    if not root.is_dir():
        return set()
    return {
        str(p.relative_to(root))
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }


def compare_trees(expected: Path, actual: Path) -> list[str]:
    """Files that differ: ``+ x`` only in expected, ``- x`` only in actual, ``~ x`` changed."""
    want, have = _files(expected), _files(actual)
    diff = [f"+ {p}" for p in sorted(want - have)] + [f"- {p}" for p in sorted(have - want)]
    diff += [
        f"~ {p}"
        for p in sorted(want & have)
        if not filecmp.cmp(expected / p, actual / p, shallow=False)
    ]
    return sorted(diff, key=lambda line: line[2:])


def sync_tree(source: Path, target: Path) -> int:
    """Make ``target`` equal to ``source``, touching only files that change."""
    changed = 0
    for line in compare_trees(source, target):
        kind, rel = line[0], line[2:]
        if kind == "-":
            (target / rel).unlink()
        else:
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source / rel, target / rel)
        changed += 1
    for folder in sorted((p for p in target.rglob("*") if p.is_dir()), reverse=True):
        if folder.name == "__pycache__":
            continue
        if not any(folder.iterdir()):
            folder.rmdir()
    return changed
