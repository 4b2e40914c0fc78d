"""Compare two folders of cassettes on what matters, leaving out what is random by nature.

``./dev record --check`` records every cassette again against the local fake into
a scratch folder, then calls :func:`compare` (or ``python tests/cassette_compare.py
RECORDED COMMITTED``): a cassette that no longer matches what the client sends, or
what the fake answers, fails the build with a diff.

What is compared, per cassette, interaction by interaction and in order:

- the request: method, path, query (as sent), headers, body (JSON and form
  bodies parsed, so key order and spacing do not count);
- the response: status, headers, body (parsed likewise).

What is random by nature, and kept out of the match (:data:`IGNORED_REQUEST_HEADERS`,
:data:`IGNORED_RESPONSE_HEADERS`, :func:`normalize`):

- the server's port (the fake binds a free one per test): the ``uri``'s scheme,
  host and port, the ``Host`` header, and the same origin inside any body or
  header (the fake's presigned S3 URLs point at itself);
- ``Date`` and ``x-amzn-RequestId`` (a uuid per answer);
- the LWA access token (random per grant): after scrubbing it is
  ``scrubbed-access_token-<hash>``; every ``scrubbed-<key>-<hash>`` placeholder
  becomes ``scrubbed-<key>-#<n>``, numbered by first appearance in its cassette,
  so "the same token was reused" versus "a new one was fetched" still counts;
- pagination tokens (opaque and random): the values of the table's pagination
  fields (``nextToken``, ``pageToken``, ...) in response bodies and request
  queries become ``<page-token-#n>``, numbered the same way, so a client that
  stops sending back the token it got still fails the match;
- ``Content-Length`` (it follows the body, which is compared) and ``User-Agent``
  (httpx's version string, not this client's behaviour).
"""

from __future__ import annotations

import difflib
import json
import re
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import yaml

__all__ = [
    "IGNORED_REQUEST_HEADERS",
    "IGNORED_RESPONSE_HEADERS",
    "compare",
    "main",
    "normalize",
    "pagination_fields",
]

IGNORED_REQUEST_HEADERS = frozenset({"host", "content-length", "user-agent"})
IGNORED_RESPONSE_HEADERS = frozenset({"date", "x-amzn-requestid", "content-length"})
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SCRUBBED = re.compile(r"scrubbed-([A-Za-z0-9_]+)-[0-9a-f]{12}")


def pagination_fields() -> frozenset[str]:
    """Every request and response field name the operation table uses for page tokens."""
    from selling_partner_generated.operations import OPERATIONS

    names: set[str] = set()
    for functions in OPERATIONS.values():
        for facts in functions.values():
            plan = facts.get("pagination")
            if isinstance(plan, Mapping):
                names.add(str(plan["request"]))
                names.add(str(tuple(plan["response"])[-1]))
    return frozenset(names)


class _Numbering:
    """Replaces random values by placeholders numbered by first appearance."""

    def __init__(self, token_fields: frozenset[str], origins: Iterable[str] = ()) -> None:
        self.token_fields = token_fields
        self.origins = tuple(sorted(set(origins), key=len, reverse=True))
        self.tokens: dict[str, str] = {}
        self.scrubbed: dict[str, str] = {}

    def token(self, value: str) -> str:
        return self.tokens.setdefault(value, f"<page-token-#{len(self.tokens) + 1}>")

    def text(self, value: str) -> str:
        def number(match: re.Match[str]) -> str:
            return self.scrubbed.setdefault(
                match.group(0), f"scrubbed-{match.group(1)}-#{len(self.scrubbed) + 1}"
            )

        for origin in self.origins:  # the server's own URLs in bodies (presigned S3 URLs)
            value = value.replace(origin, "<origin>")
        return _SCRUBBED.sub(number, value)

    def value(self, value: Any, key: str | None = None) -> Any:
        if isinstance(value, dict):
            return {k: self.value(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [self.value(v, key) for v in value]
        if isinstance(value, str):
            return self.token(value) if key in self.token_fields else self.text(value)
        return value


def _text(body: Any) -> str:
    if isinstance(body, Mapping):  # a response body: {"string": ...}
        body = body.get("string")
    if body is None:
        return ""
    if isinstance(body, bytes):
        return body.decode("utf-8", errors="replace")
    return str(body)


def _body(body: Any, headers: Mapping[str, list[str]], numbering: _Numbering) -> Any:
    text = _text(body)
    if not text:
        return None
    content_type = " ".join(headers.get("content-type", [])).lower()
    if "x-www-form-urlencoded" in content_type:
        return [[k, numbering.value(v, k)] for k, v in parse_qsl(text, keep_blank_values=True)]
    try:
        return numbering.value(json.loads(text))
    except ValueError:
        return numbering.text(text)


def _headers(raw: Any, ignored: frozenset[str], numbering: _Numbering) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for name, values in (raw or {}).items():
        if name.lower() not in ignored:
            out[name.lower()] = [numbering.text(str(v)) for v in values]
    return dict(sorted(out.items()))


def normalize(path: Path, token_fields: frozenset[str] | None = None) -> list[dict[str, Any]]:
    """One cassette as comparable data: every interaction, random values replaced.

    Args:
        path: a vcrpy YAML cassette.
        token_fields: the pagination field names (default :func:`pagination_fields`).
    """
    fields = pagination_fields() if token_fields is None else token_fields
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or {}
    interactions = data.get("interactions") or []
    origins = []
    for interaction in interactions:
        url = urlsplit(str(interaction["request"]["uri"]))
        origins.append(f"{url.scheme}://{url.netloc}")
    numbering = _Numbering(fields, origins)
    out = []
    for interaction in interactions:
        request, response = interaction["request"], interaction["response"]
        req_headers = {k.lower(): [str(v) for v in vs] for k, vs in request["headers"].items()}
        res_headers = {k.lower(): [str(v) for v in vs] for k, vs in response["headers"].items()}
        url = urlsplit(str(request["uri"]))
        out.append(
            {
                "request": {
                    "method": request["method"],
                    "path": url.path,
                    "query": [
                        [k, numbering.value(v, k)]
                        for k, v in parse_qsl(url.query, keep_blank_values=True)
                    ],
                    "headers": _headers(request["headers"], IGNORED_REQUEST_HEADERS, numbering),
                    "body": _body(request["body"], req_headers, numbering),
                },
                "response": {
                    "status": response["status"]["code"],
                    "headers": _headers(response["headers"], IGNORED_RESPONSE_HEADERS, numbering),
                    "body": _body(response["body"], res_headers, numbering),
                },
            }
        )
    return out


def _cassettes(root: Path) -> dict[str, Path]:
    return {p.relative_to(root).as_posix(): p for p in sorted(root.rglob("*.yaml"))}


def _lines(interactions: Iterable[dict[str, Any]]) -> list[str]:
    return json.dumps(list(interactions), indent=1, sort_keys=True).splitlines()


def compare(recorded: Path, committed: Path) -> list[str]:
    """Every difference that matters between two cassette folders (empty: they match).

    Args:
        recorded: the folder just recorded (``<module>/<test>.yaml``).
        committed: the folder in the repository.

    Returns:
        One message per differing cassette: missing, unexpected, or a unified
        diff of the normalized interactions.
    """
    fields = pagination_fields()
    new, old = _cassettes(recorded), _cassettes(committed)
    problems = [
        f"{name}: committed but not recorded again (a test was removed or renamed: "
        "delete the cassette)"
        for name in sorted(old.keys() - new.keys())
    ]
    problems += [
        f"{name}: recorded but not committed (add it: run ./dev record)"
        for name in sorted(new.keys() - old.keys())
    ]
    for name in sorted(old.keys() & new.keys()):
        before, after = _lines(normalize(old[name], fields)), _lines(normalize(new[name], fields))
        if before != after:
            diff = difflib.unified_diff(
                before, after, f"committed/{name}", f"recorded/{name}", n=4, lineterm=""
            )
            problems.append(f"{name}: differs from what is recorded now\n" + "\n".join(diff))
    return problems


def main(argv: list[str] | None = None) -> int:
    """``python tests/cassette_compare.py RECORDED COMMITTED``: exit 1 on any difference."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: cassette_compare.py RECORDED_DIR COMMITTED_DIR", file=sys.stderr)
        return 2
    recorded, committed = Path(args[0]), Path(args[1])
    problems = compare(recorded, committed)
    for problem in problems:
        print(problem, file=sys.stderr)
    count = len(_cassettes(committed))
    if problems:
        print(
            f"cassette_compare: {len(problems)} of {count} cassette(s) no longer match what "
            "the client sends and the fake answers; re-record with ./dev record, review "
            "the diff, and commit",
            file=sys.stderr,
        )
        return 1
    print(f"cassette_compare: {count} cassette(s) match the committed ones")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
