"""Take Amazon's models at a new commit: registry, regeneration, change report (``./dev update``).

Steps:

1. read every Swagger model under ``models/`` at ``--commit`` from GitHub
   (the repository's tree at that commit, then each file from
   ``raw.githubusercontent.com``) or from ``--mirror DIR`` (a local copy of the
   repository at that commit);
2. update ``spec/registry.toml``: the commit and every sha256 (and each JSON
   Schema's sha256 in ``spec/schemas.toml``); a model that
   appeared gets a table keyed by :func:`spec_registry.package_name` (its API
   name and version from the file name, else the model's ``info.version``);
   a model that disappeared is dropped and reported, with a suggested
   ``spec/retired.toml`` entry;
3. put the new models in the cache (``.cache/models/<commit>/``, sha256-checked);
4. write the change report ``docs/api-changes/<date>-<short commit>.md``
   (``model_changes.py``), print it, and add a line to ``CHANGELOG.md``;
5. regenerate ``generated/`` and the README's table (``regenerate.py``).

Run again with the same commit, it changes nothing: no report, the registry
as it is, and a byte-identical regeneration (which also completes one that
was interrupted). Usage::

    ./dev update --commit 0123abcd...(40 hex) [--mirror DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from fetch_models import CACHE_DIR, FetchError, fetch
from model_changes import ModelDelta, diff_model, operations_of, render_report
from schema_models import SCHEMAS_TOML, load_schemas, repin
from spec_registry import REGISTRY_PATH, ROOT, Model, Registry, RegistryError, load_registry
from spec_registry import package_name as naming

__all__ = [
    "GitHubSource",
    "MirrorSource",
    "ModelSource",
    "UpdateError",
    "UpdatePlan",
    "main",
    "plan_update",
    "render_registry",
    "retired_suggestion",
    "suggest_api",
    "update",
]

REPORTS_DIR = ROOT / "docs" / "api-changes"
CHANGELOG = ROOT / "CHANGELOG.md"
TREE_URL = "https://api.github.com/repos/{repository}/git/trees/{commit}?recursive=1"
RAW_URL = "https://raw.githubusercontent.com/{repository}/{commit}/{path}"
_COMMIT_RE = re.compile(r"[0-9a-f]{40}")
_DATE_SUFFIX = re.compile(r"[_-]?[Vv]?(\d{4}-\d{2}-\d{2})$")
_MAJOR_SUFFIX = re.compile(r"[_-]?[Vv](\d+)$")
_NOISE_SUFFIX = re.compile(r"(?:Api)?Model$|Api$")


class UpdateError(RuntimeError):
    """The update cannot be made: a bad commit, an unreachable source, a name clash."""


# ----------------------------------------------------------------- sources


class ModelSource(Protocol):
    """Where the models at one commit come from."""

    def describe(self) -> str:
        """Where, in words (for messages)."""
        ...

    def files(self) -> dict[str, bytes]:
        """``models/<folder>/<file>.json`` -> content, for every JSON file under ``models/``."""
        ...


@dataclass(frozen=True)
class MirrorSource:
    """A local copy of the upstream repository at the commit being taken."""

    root: Path

    def describe(self) -> str:
        return f"the mirror {self.root}"

    def file(self, path: str) -> bytes | None:
        """One file of the repository (a pinned schema); None when it is not there."""
        target = self.root / path
        return target.read_bytes() if target.is_file() else None

    def files(self) -> dict[str, bytes]:
        folder = self.root / "models"
        if not folder.is_dir():
            raise UpdateError(f"{self.root} has no models/ folder: is it a copy of the repository?")
        return {
            path.relative_to(self.root).as_posix(): path.read_bytes()
            for path in sorted(folder.rglob("*.json"))
        }


def _http_get(url: str) -> bytes:
    import httpx  # only on the GitHub path

    try:
        response = httpx.get(url, timeout=60.0, follow_redirects=True)
    except httpx.HTTPError as exc:
        raise UpdateError(
            f"cannot fetch {url}: {exc}; pass --mirror DIR to use a local copy"
        ) from exc
    if response.status_code != 200:
        raise UpdateError(f"cannot fetch {url}: HTTP {response.status_code}")
    return response.content


@dataclass(frozen=True)
class GitHubSource:
    """The upstream repository on GitHub at ``commit``; ``get`` fetches one URL's bytes."""

    repository: str
    commit: str
    get: Callable[[str], bytes] = _http_get

    def describe(self) -> str:
        return f"github.com/{self.repository} at {self.commit}"

    def file(self, path: str) -> bytes | None:
        """One file of the repository (a pinned schema); None when it is not there."""
        url = RAW_URL.format(repository=self.repository, commit=self.commit, path=path)
        try:
            return self.get(url)
        except UpdateError as exc:
            if "HTTP 404" in str(exc):
                return None
            raise

    def files(self) -> dict[str, bytes]:
        url = TREE_URL.format(repository=self.repository, commit=self.commit)
        try:
            tree = json.loads(self.get(url))
        except ValueError as exc:
            raise UpdateError(f"{url} did not answer JSON: {exc}") from exc
        if tree.get("truncated"):
            raise UpdateError(f"{url}: GitHub truncated the tree; use --mirror DIR")
        paths = sorted(
            str(entry["path"])
            for entry in tree.get("tree", [])
            if entry.get("type") == "blob"
            and str(entry.get("path", "")).startswith("models/")
            and str(entry["path"]).endswith(".json")
        )
        return {
            path: self.get(
                RAW_URL.format(repository=self.repository, commit=self.commit, path=path)
            )
            for path in paths
        }


# ----------------------------------------------------------------- planning


def suggest_api(path: str, spec: Mapping[str, Any]) -> tuple[str, str]:
    """The snake_case API name and the version of a model new to the registry.

    The version comes from the file name (``_2024-09-11``, ``V0``), else from
    ``info.version`` (``v1``, a date, or ``1.0`` -> ``v1``). The name is the file
    name without the version (and a trailing ``ApiModel``), in snake_case:
    ``models/x/externalFulfillmentShipments_2024-09-11.json`` ->
    ``("external_fulfillment_shipments", "2024-09-11")``.
    """
    stem = Path(path).stem
    version = ""
    found = _DATE_SUFFIX.search(stem) or _MAJOR_SUFFIX.search(stem)
    if found:
        stem = stem[: found.start()]
        version = found.group(1) if "-" in found.group(1) else f"v{int(found.group(1))}"
    else:
        raw = str((spec.get("info") or {}).get("version") or "").strip()
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            version = raw
        elif match := re.fullmatch(r"[Vv]?(\d+)(?:\.\d+)*", raw):
            version = f"v{int(match.group(1))}"
        else:
            raise UpdateError(f"{path}: no version in the file name or info.version ({raw!r})")
    stem = _NOISE_SUFFIX.sub("", stem) or stem
    api = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", stem).replace("-", "_").lower()
    return re.sub(r"_+", "_", api).strip("_"), version


@dataclass
class UpdatePlan:
    """What an update changes in the registry."""

    old: Registry
    new: Registry
    changed: list[tuple[Model, Model]] = field(default_factory=list)  # (old, new)
    added: list[Model] = field(default_factory=list)
    removed: list[Model] = field(default_factory=list)

    @property
    def is_noop(self) -> bool:
        """Nothing to do: same commit, same files."""
        return (
            self.old.commit == self.new.commit
            and not self.changed
            and not self.added
            and not self.removed
        )


def _is_swagger(data: bytes) -> dict[str, Any] | None:
    try:
        spec = json.loads(data)
    except ValueError:
        return None
    return spec if isinstance(spec, dict) and "swagger" in spec else None


def plan_update(registry: Registry, commit: str, files: Mapping[str, bytes]) -> UpdatePlan:
    """Compare the registry with the models at ``commit``.

    Raises:
        UpdateError: a new model's package name is already taken, or no model was found.
    """
    models = {path: data for path, data in files.items() if _is_swagger(data) is not None}
    if not models:
        raise UpdateError("no Swagger model under models/: wrong commit or folder?")
    by_path = {m.path: m for m in registry.models}
    taken = {m.package: m for m in registry.models if m.path in models}
    plan = UpdatePlan(old=registry, new=registry)
    kept: list[Model] = []
    for model in registry.models:
        if model.path not in models:
            plan.removed.append(model)
            continue
        digest = hashlib.sha256(models[model.path]).hexdigest()
        updated = replace(model, sha256=digest)
        kept.append(updated)
        if digest != model.sha256:
            plan.changed.append((model, updated))
    for path in sorted(models.keys() - by_path.keys()):
        spec = _is_swagger(models[path]) or {}
        api, version = suggest_api(path, spec)
        package = naming(api, version)
        if package in taken:
            raise UpdateError(
                f"{path} is new, and its package name {package!r} is that of "
                f"{taken[package].path}: add it to spec/registry.toml by hand with another api name"
            )
        digest = hashlib.sha256(models[path]).hexdigest()
        model = Model(package, api, version, path, digest, True)
        taken[package] = model
        plan.added.append(model)
        kept.append(model)
    plan.new = Registry(registry.repository, commit, tuple(sorted(kept, key=lambda m: m.path)))
    return plan


def _block(model: Model) -> str:
    return (
        f"[models.{model.package}]\n"
        f'api = "{model.api}"\n'
        f'version = "{model.version}"\n'
        f'path = "{model.path}"\n'
        f'sha256 = "{model.sha256}"\n'
        f"generate = {'true' if model.generate else 'false'}\n"
    )


def render_registry(text: str, plan: UpdatePlan) -> str:
    """``spec/registry.toml`` rewritten for ``plan``: comments kept, tables in path order."""
    text, count = re.subn(
        r'^(commit = ")[0-9a-f]{40}(")$', rf"\g<1>{plan.new.commit}\g<2>", text, flags=re.M
    )
    if count != 1:
        raise UpdateError('spec/registry.toml: expected one `commit = "<40 hex>"` line')
    head, *tables = re.split(r"(?m)^(?=\[models\.)", text)
    blocks: dict[str, str] = {}
    for table in tables:
        package = table[len("[models.") : table.index("]")]
        blocks[package] = table
    for old, new in plan.changed:
        blocks[old.package] = blocks[old.package].replace(old.sha256, new.sha256)
    for model in plan.removed:
        del blocks[model.package]
    for model in plan.added:
        blocks[model.package] = _block(model) + "\n"
    order = [m.package for m in plan.new.models]
    body = "".join(blocks[p] if blocks[p].endswith("\n\n") else blocks[p] + "\n" for p in order)
    return head + body.rstrip("\n") + "\n"


def retired_suggestion(model: Model, new: Registry, spec: Mapping[str, Any] | None) -> str:
    """A ``spec/retired.toml`` entry for a model gone upstream (to check and complete)."""
    successors = sorted(
        (m for m in new.models if m.api == model.api and m.package != model.package),
        key=lambda m: m.version,
    )
    lines = [
        f"[retired.{model.package}]",
        "whole = true",
        f'title = "{model.api.replace("_", " ").title()} API {model.version}"',
        f'removed = "{dt.date.today().isoformat()}"  # the date calls started to fail, if known',
    ]
    if successors:
        lines.append(f'successor = "{successors[-1].package}"')
    lines += [
        'note = "..."  # what to do instead',
        f'source = "{model.path} is gone from {new.repository} at {new.commit}"',
    ]
    ops = operations_of(spec or {})
    if ops:
        lines += ["", f"[retired.{model.package}.operations]"]
        lines += [
            f'# <python_name> = {{ operation_id = "{op}" }}  # {facts.method} {facts.path}'
            for op, facts in sorted(ops.items())
        ]
    return "\n".join(lines) + "\n"


# ----------------------------------------------------------------- the update


@dataclass
class UpdateResult:
    """What :func:`update` did."""

    plan: UpdatePlan
    report: str = ""
    report_path: Path | None = None


def _load(path: Path) -> dict[str, Any]:
    spec = json.loads(path.read_text("utf-8"))
    if not isinstance(spec, dict):
        raise UpdateError(f"{path} is not a Swagger model (not a JSON object)")
    return spec


def update(
    commit: str,
    source: ModelSource,
    *,
    registry_path: Path = REGISTRY_PATH,
    schemas_path: Path | None = None,
    cache_dir: Path = CACHE_DIR,
    reports_dir: Path = REPORTS_DIR,
    changelog: Path = CHANGELOG,
    today: dt.date | None = None,
    old_models: Callable[[Registry, Sequence[Model]], Mapping[str, Path]] | None = None,
) -> UpdateResult:
    """Take the models at ``commit`` from ``source`` (steps 1-4 of the module doc).

    Args:
        commit: The upstream commit, 40 hex digits.
        source: Where the models at ``commit`` come from.
        registry_path: ``spec/registry.toml``.
        schemas_path: The JSON Schemas' pins, re-pinned too (default: ``schemas.toml``
            beside ``registry_path``; none there: nothing to re-pin).
        cache_dir: The model cache.
        reports_dir: Where the change report goes.
        changelog: The CHANGELOG that gets a line per report.
        today: The report's date (default: today, UTC).
        old_models: Finds the models at the registry's current commit (default:
            ``fetch_models.fetch``: the cache, the default mirror, then GitHub).

    Returns:
        The plan, the report text and where it was written (none when nothing changed).
    """
    if not _COMMIT_RE.fullmatch(commit):
        raise UpdateError(f"--commit must be 40 lower-case hex digits, got {commit!r}")
    registry = load_registry(registry_path)
    files = source.files()
    plan = plan_update(registry, commit, files)
    if plan.is_noop:
        return UpdateResult(plan)
    date = (today or dt.datetime.now(dt.UTC).date()).isoformat()
    # The old side of every changed or removed model, before the registry moves on.
    before = [old for old, _ in plan.changed] + plan.removed
    finder = old_models or (lambda reg, ms: fetch(ms, registry=reg, cache_dir=cache_dir))
    old_specs = {p: _load(path) for p, path in (finder(registry, before) if before else {}).items()}
    # The new models into the cache, sha256-checked, through a temporary mirror.
    with tempfile.TemporaryDirectory(prefix="spapi-update-") as tmp:
        mirror = Path(tmp)
        for model in plan.new.models:
            target = mirror / model.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(files[model.path])
        new_paths = fetch(plan.new.models, registry=plan.new, mirror=mirror, cache_dir=cache_dir)
    deltas: list[ModelDelta] = []
    for old, new in plan.changed:
        changes = diff_model(old_specs[old.package], _load(new_paths[new.package]))
        deltas.append(ModelDelta(new.package, new.path, "changed", tuple(changes)))
    for model in plan.added:
        count = len(operations_of(_load(new_paths[model.package])))
        deltas.append(ModelDelta(model.package, model.path, "added", operations=count))
    suggestions = {}
    for model in plan.removed:
        suggestions[model.package] = retired_suggestion(
            model, plan.new, old_specs.get(model.package)
        )
        deltas.append(ModelDelta(model.package, model.path, "removed"))
    report = render_report(
        repository=registry.repository,
        old_commit=registry.commit,
        new_commit=commit,
        date=date,
        deltas=deltas,
        retired_suggestions=suggestions,
    )
    registry_path.write_text(render_registry(registry_path.read_text("utf-8"), plan), "utf-8")
    schemas = registry_path.with_name(SCHEMAS_TOML.name) if schemas_path is None else schemas_path
    _repin_schemas(source, plan.new, schemas, cache_dir)
    reports_dir.mkdir(parents=True, exist_ok=True)
    report_path = reports_dir / f"{date}-{commit[:7]}.md"
    report_path.write_text(report, "utf-8")
    _add_changelog_line(changelog, report_path, registry.commit, commit, date, deltas)
    return UpdateResult(plan, report, report_path)


def _repin_schemas(source: ModelSource, new: Registry, schemas_path: Path, cache_dir: Path) -> None:
    """Re-pin ``spec/schemas.toml`` (Amazon's JSON Schemas) at the new commit, cache them."""
    read = getattr(source, "file", None)
    if read is None or not schemas_path.is_file():
        return  # a source that only knows models/ (tests' fakes): the schema pins stay
    schemas = load_schemas(schemas_path)
    files = {s.path: read(s.path) for s in schemas}
    schemas_path.write_text(repin(schemas_path.read_text("utf-8"), files), "utf-8")
    with tempfile.TemporaryDirectory(prefix="spapi-update-schemas-") as tmp:
        mirror = Path(tmp)
        for path, data in files.items():
            target = mirror / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data or b"")
        pinned = [s.as_model() for s in load_schemas(schemas_path)]
        fetch(pinned, registry=new, mirror=mirror, cache_dir=cache_dir)


_CHANGELOG_ANCHOR = "One line per model update"
_CHANGELOG_HEAD = """# Changelog

## Amazon's models

One line per model update (`./dev update`); the report lists every change per API.

"""


def _add_changelog_line(
    changelog: Path,
    report: Path,
    old_commit: str,
    new_commit: str,
    date: str,
    deltas: Sequence[ModelDelta],
) -> None:
    """Add the report's line at the top of the CHANGELOG's models section (once)."""
    changed = [d for d in deltas if d.changes or d.status != "changed"]
    breaking = sum(d.breaking for d in changed)
    try:
        link = report.relative_to(changelog.parent).as_posix()
    except ValueError:
        link = str(report)
    line = (
        f"- {date}: models {old_commit[:7]} -> {new_commit[:7]}: {len(changed)} API(s) "
        f"changed, {breaking} breaking ([report]({link}))\n"
    )
    text = changelog.read_text("utf-8") if changelog.is_file() else _CHANGELOG_HEAD
    if line in text:
        return
    if _CHANGELOG_ANCHOR not in text:
        text = text.rstrip("\n") + "\n\n" + _CHANGELOG_HEAD.split("\n\n", 1)[1]
    start = text.index(_CHANGELOG_ANCHOR)
    end = text.index("\n\n", start) + 2
    if text[end:] and not text[end:].startswith("- "):
        line += "\n"  # the first line, before the next section: keep a blank line between
    changelog.write_text(text[:end] + line + text[end:], "utf-8")


def main(argv: list[str] | None = None, *, run_regen: Callable[[], int] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--commit", required=True, help="the upstream commit (40 hex digits)")
    parser.add_argument("--mirror", type=Path, help="local copy of the repository at that commit")
    args = parser.parse_args(argv)
    try:
        registry = load_registry()
        source: ModelSource = (
            MirrorSource(args.mirror)
            if args.mirror
            else GitHubSource(registry.repository, args.commit)
        )
        print(f"update: reading the models from {source.describe()}", file=sys.stderr)
        result = update(args.commit, source)
    except (UpdateError, FetchError, RegistryError) as exc:
        print(f"update: error: {exc}", file=sys.stderr)
        return 1
    plan = result.plan
    if plan.is_noop:
        print(
            f"update: spec/registry.toml is already at {args.commit}, every sha256 matches: "
            "no report; regenerating only to make sure generated/ matches it",
            file=sys.stderr,
        )
    else:
        print(result.report)
        print(
            f"update: {len(plan.changed)} model(s) changed, {len(plan.added)} added, "
            f"{len(plan.removed)} removed; report: {result.report_path}",
            file=sys.stderr,
        )
    for model in plan.removed:
        print(
            f"update: {model.package} is gone upstream: add the suggested entry in the report "
            "to spec/retired.toml",
            file=sys.stderr,
        )
    if run_regen is None:
        import regenerate

        def run_regen() -> int:
            return regenerate.main([])

    print("update: regenerating generated/ and the README table", file=sys.stderr)
    return run_regen()


if __name__ == "__main__":
    sys.exit(main())
