"""Scrub secrets and PII out of VCR cassettes, and scan cassettes for leftovers.

The scrubber runs as vcrpy's ``before_record_request`` / ``before_record_response``
(see ``vcr_config`` in ``tests/cassettes/conftest.py``), so nothing secret ever
reaches a cassette file. vcrpy also passes every live request through
``before_record_request`` before matching it against the cassette, so request
scrubbing must be deterministic and must not depend on the credentials in use:
a cassette recorded with real credentials then matches a replay made with dummy
ones.

What is replaced, and by what:

- request headers ``x-amz-access-token``, ``authorization``,
  ``x-amz-security-token``, ``cookie`` and response ``set-cookie``: a constant;
- Login with Amazon form or JSON bodies: ``refresh_token``, ``client_secret``,
  ``client_id``, ``code``, ``assertion``: a constant per key (the body stays
  matchable across credentials);
- token-bearing JSON keys in responses (``access_token``, ``refresh_token``,
  ``restrictedDataToken``, ...): ``scrubbed-<key>-<hash>``, distinct per real
  value so a refresh still shows a new token on replay;
- presigned URL parameters (``X-Amz-Signature``, ``X-Amz-Credential``,
  ``X-Amz-Security-Token``) anywhere in URIs, headers or bodies: a constant;
- LWA token and client-credential shapes (``Atza|``, ``Atzr|``, also
  URL-encoded as ``Atza%7C``) in any text, under any key: a constant;
- token, credential and PII keys in a URI's query string, as in bodies;
- JSON held in a string inside a JSON body is scrubbed like the body;
- a gzip body (when vcrpy did not decode it) is scrubbed inside and re-packed;
  a form body in another charset is decoded with it (latin-1 when unnamed);
- PII keys in JSON bodies (names, address lines, phone numbers, e-mail
  addresses, buyer identifiers, see :data:`PII_KEYS`): ``pii-<hash>``, the same
  input always giving the same placeholder, so request bodies still match.

Bodies are re-encoded as bytes and ``Content-Length`` is set to the new length,
so a scrubbed cassette replays exactly like the original.

:func:`scan_cassette` is the other half: it lists every secret or PII shape left
in a cassette file (the scan test runs it over every cassette in the repository).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import yaml

__all__ = [
    "PII_KEYS",
    "PLACEHOLDER",
    "Finding",
    "iter_cassettes",
    "scan_cassette",
    "scan_text",
    "scrub_request",
    "scrub_response",
]

PLACEHOLDER = "scrubbed"

# Header names compared lower-case.
SECRET_REQUEST_HEADERS = frozenset(
    {"x-amz-access-token", "authorization", "x-amz-security-token", "cookie", "proxy-authorization"}
)
SECRET_RESPONSE_HEADERS = frozenset({"set-cookie", "x-amz-security-token"})

# Keys of a Login with Amazon token request (form or JSON) that hold credentials.
LWA_REQUEST_KEYS = frozenset(
    {"refresh_token", "client_secret", "client_id", "code", "assertion", "client_assertion"}
)

# JSON keys whose values are bearer secrets wherever they appear in a body.
TOKEN_KEYS = frozenset(
    {
        "access_token",
        "refresh_token",
        "id_token",
        "client_secret",
        "restrictedDataToken",
        "accessToken",
        "refreshToken",
        "sessionToken",
        "secretAccessKey",
        "SecretAccessKey",
        "SessionToken",
    }
)

# JSON keys holding personal data. Matched exactly (SP-API spells them this way
# in Fulfillment Outbound, Orders, Shipping and Merchant Fulfillment models).
# Whole subtrees are replaced: a list of e-mails, or an object under such a key.
PII_KEYS = frozenset(
    {
        "name",
        "Name",
        "addressLine1",
        "addressLine2",
        "addressLine3",
        "AddressLine1",
        "AddressLine2",
        "AddressLine3",
        "phone",
        "Phone",
        "phoneNumber",
        "PhoneNumber",
        "carrierPhoneNumber",  # a business number, but phone-shaped: the scan would flag it
        "email",
        "Email",
        "emailAddress",
        "notificationEmails",
        "BuyerEmail",
        "BuyerName",
        "buyerEmail",
        "buyerName",
        "buyerId",
        "BuyerId",
        "buyerCustomizedInfo",
        "signedForBy",
        "receivedBy",
        "ipAddress",
        "lockerAccessCode",
        # Free text a seller or buyer writes, which often names people.
        "displayableOrderComment",
        "displayableComment",
        "giftMessage",
        "returnComment",
        "deliveryInstructions",
        "deliveryNotes",
        "shippingNotes",
    }
)

PRESIGNED_PARAMS = ("X-Amz-Signature", "X-Amz-Credential", "X-Amz-Security-Token")
_PRESIGNED_RE = re.compile(
    r"(?P<key>" + "|".join(PRESIGNED_PARAMS) + r")=(?P<value>[^&\"'\s<>\\]+)", re.IGNORECASE
)

# LWA tokens and client credentials in free text; the separator may be URL-encoded
# (once or twice) or JSON-escaped. Built from pieces: this file holds no such literal.
_SEP = r"(?:\||%7C|%257C|\\u007c)"
_LWA_TEXT_RE = re.compile(
    r"Atz[ar]"
    + _SEP
    + r"[^\s\"'&<>\\,;]*"
    + r"|amzn1\.oa2-cs\.v1\.[A-Za-z0-9]+"
    + r"|amzn1\.application-oa2-client\.[A-Za-z0-9]+",
    re.IGNORECASE,
)
_GZIP_MAGIC = b"\x1f\x8b"

_PRESIGNED_LOWER = frozenset(p.lower() for p in PRESIGNED_PARAMS)
_JSON_TYPES = ("application/json", "+json")
_FORM_TYPE = "application/x-www-form-urlencoded"


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:12]


def _is_placeholder(value: str) -> bool:
    return value == PLACEHOLDER or value.startswith(("scrubbed-", "pii-"))


def _pii_placeholder(value: str) -> str:
    # Hex digits only after a letter prefix: never an e-mail or phone shape.
    return value if _is_placeholder(value) else f"pii-{_digest(value)}"


def _token_placeholder(key: str, value: str) -> str:
    return value if _is_placeholder(value) else f"scrubbed-{key}-{_digest(value)}"


def _scrub_presigned(text: str) -> str:
    return _PRESIGNED_RE.sub(lambda m: f"{m.group('key')}={PLACEHOLDER}", text)


def _scrub_text(text: str) -> str:
    """Presigned parameters and LWA token/credential shapes in free text."""
    return _LWA_TEXT_RE.sub(PLACEHOLDER, _scrub_presigned(text))


def _scrub_string(text: str, *, request: bool) -> str:
    stripped = text.strip()
    if stripped[:1] in ("{", "[") and stripped[-1:] in ("}", "]"):
        # JSON held in a string (a notification payload, an error detail).
        try:
            parsed = json.loads(stripped)
        except ValueError:
            parsed = None
        if isinstance(parsed, dict | list):
            cleaned = _scrub_json(parsed, request=request)
            if cleaned != parsed:
                return json.dumps(cleaned, separators=(",", ":"), ensure_ascii=False)
    return _scrub_text(text)


def _scrub_json(node: Any, *, request: bool) -> Any:
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in TOKEN_KEYS and isinstance(value, str):
                # In a request the value must not depend on the credentials, so
                # that the scrubbed request matches across recordings and replays.
                out[key] = PLACEHOLDER if request else _token_placeholder(key, value)
            elif request and key in LWA_REQUEST_KEYS and isinstance(value, str):
                out[key] = PLACEHOLDER
            elif key in PII_KEYS:
                out[key] = _scrub_pii(value)
            else:
                out[key] = _scrub_json(value, request=request)
        return out
    if isinstance(node, list):
        return [_scrub_json(item, request=request) for item in node]
    if isinstance(node, str):
        return _scrub_string(node, request=request)
    return node


def _scrub_pii(value: Any) -> Any:
    if isinstance(value, str):
        return _pii_placeholder(value)
    if isinstance(value, list):
        return [_scrub_pii(item) for item in value]
    if isinstance(value, dict):
        return {k: _scrub_pii(v) for k, v in value.items()}
    return value  # numbers, booleans and nulls carry no personal data


def _content_type(headers: Mapping[str, Any]) -> str:
    for name, value in headers.items():
        if name.lower() == "content-type":
            first = value[0] if isinstance(value, list) and value else value
            return str(first).lower() if first else ""
    return ""


def _charset(content_type: str) -> str | None:
    match = re.search(r"charset=[\"']?([\w.:-]+)", content_type)
    return match.group(1) if match else None


def _scrub_pairs(pairs: list[tuple[str, str]], *, request: bool) -> list[tuple[str, str]]:
    """Scrub ``(key, value)`` pairs of a form body or a query string."""
    out: list[tuple[str, str]] = []
    for key, value in pairs:
        if key in LWA_REQUEST_KEYS or key in TOKEN_KEYS or key.lower() in _PRESIGNED_LOWER:
            out.append((key, PLACEHOLDER))
        elif key in PII_KEYS:
            out.append((key, _pii_placeholder(value)))
        else:
            out.append((key, _scrub_string(value, request=request)))
    return out


def _gunzip(raw: bytes) -> bytes | None:
    try:
        return gzip.decompress(raw)
    except (OSError, EOFError, zlib.error):
        return None


def _scrub_body(body: bytes | str | None, content_type: str, *, request: bool) -> bytes | None:
    if body is None:
        return None
    raw = body.encode("utf-8") if isinstance(body, str) else bytes(body)
    if not raw:
        return raw
    if raw.startswith(_GZIP_MAGIC) and (inner := _gunzip(raw)) is not None:
        # Left compressed (vcrpy's decode_compressed_response off): scrub inside.
        cleaned_inner = _scrub_body(inner, content_type, request=request)
        if cleaned_inner == inner or cleaned_inner is None:
            return raw
        return gzip.compress(cleaned_inner, mtime=0)
    form = _FORM_TYPE in content_type
    encoding = "utf-8"
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        if not form:
            return raw  # binary content: nothing textual to scrub
        encoding = _charset(content_type) or "latin-1"
        try:
            text = raw.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            encoding = "latin-1"
            text = raw.decode(encoding)
    if form or (request and _looks_like_form(text)):
        pairs = parse_qsl(text, keep_blank_values=True, encoding=encoding)
        scrubbed = _scrub_pairs(pairs, request=request)
        return raw if scrubbed == pairs else urlencode(scrubbed, encoding=encoding).encode("ascii")
    if any(t in content_type for t in _JSON_TYPES) or text.lstrip()[:1] in ("{", "["):
        try:
            parsed = json.loads(text)
        except ValueError:
            return _scrub_text(text).encode("utf-8")
        cleaned = _scrub_json(parsed, request=request)
        if cleaned == parsed:
            return raw  # keep what the server sent, byte for byte
        # Compact separators keep bodies close to what SP-API sends.
        return json.dumps(cleaned, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return _scrub_text(text).encode("utf-8")


def _looks_like_form(text: str) -> bool:
    return "grant_type=" in text and "=" in text and not text.lstrip().startswith(("{", "["))


def _scrub_uri(uri: str) -> str:
    parts = urlsplit(uri)
    if not parts.query:
        return uri
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    scrubbed = _scrub_pairs(pairs, request=True)
    if scrubbed == pairs:
        return uri  # keep the query byte for byte: it is matched on replay
    return urlunsplit(parts._replace(query=urlencode(scrubbed)))


def scrub_request(request: Any) -> Any:
    """Scrub a vcrpy request in place and return it (vcrpy passes a deep copy).

    Args:
        request: a ``vcr.request.Request``.

    Returns:
        The same request, with secret headers, credential form fields, token
        keys, presigned URL parameters and PII replaced.
    """
    request.uri = _scrub_uri(request.uri)
    for name in list(request.headers.keys()):
        if name.lower() in SECRET_REQUEST_HEADERS:
            request.headers[name] = PLACEHOLDER
    body = _scrub_body(request.body, _content_type(request.headers), request=True)
    if body is not None:
        request.body = body
        for name in list(request.headers.keys()):
            if name.lower() == "content-length":
                request.headers[name] = str(len(body))
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """Scrub a vcrpy response dict in place and return it.

    Args:
        response: vcrpy's ``{"status", "headers", "body": {"string"}}`` dict,
            with headers as ``name -> list of values``.

    Returns:
        The same dict, body re-encoded as bytes with a matching Content-Length.
    """
    headers: dict[str, Any] = response.setdefault("headers", {})
    for name in list(headers):
        values = headers[name]
        if name.lower() in SECRET_RESPONSE_HEADERS:
            headers[name] = (
                [PLACEHOLDER for _ in values] if isinstance(values, list) else [PLACEHOLDER]
            )
        elif isinstance(values, list):
            headers[name] = [_scrub_text(str(v)) for v in values]
    body_holder = response.setdefault("body", {})
    body = _scrub_body(body_holder.get("string"), _content_type(headers), request=False)
    if body is not None:
        body_holder["string"] = body
        for name in list(headers):
            if name.lower() == "content-length":
                headers[name] = [str(len(body))]
    return response


# ---------------------------------------------------------------- the cassette scan

# Shapes that must never appear in a cassette. Built from pieces so this file
# itself holds no token-shaped literal.
_SECRET_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("LWA access token", re.compile("Atza" + _SEP, re.IGNORECASE)),
    ("LWA refresh token", re.compile("Atzr" + _SEP, re.IGNORECASE)),
    ("LWA client secret", re.compile(re.escape("amzn1.oa2-cs" + ".v1."))),
    ("LWA client id", re.compile(re.escape("amzn1.application-oa2-client" + "."))),
    (
        "presigned URL parameter",
        re.compile(
            r"(?:" + "|".join(PRESIGNED_PARAMS) + r")=(?!" + PLACEHOLDER + r"(?:[&\"'\s]|$))",
            re.IGNORECASE,
        ),
    ),
    ("AWS access key id", re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b")),
    (
        "e-mail address",
        re.compile(
            r"[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}",
            re.IGNORECASE,
        ),
    ),
    # International (+CC ...) or separated North American shapes; bare digit runs
    # (ids, timestamps, lengths) are not phone numbers.
    (
        "phone number",
        re.compile(r"(?<![\w.-])\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}(?![\w-])"),
    ),
    ("phone number", re.compile(r"(?<![\w.-])\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?![\w-])")),
)


@dataclass(frozen=True)
class Finding:
    """One secret or PII shape found in a cassette.

    Attributes:
        path: the cassette file.
        where: which part (``interaction 3 response body``, ``raw text``, ...).
        what: the kind of leak (``LWA access token``, ``PII key 'name'``, ...).
        excerpt: a few characters around the hit, with the secret part masked.
    """

    path: str
    where: str
    what: str
    excerpt: str

    def __str__(self) -> str:
        return f"{self.path}: {self.where}: {self.what} near {self.excerpt!r}"


def _mask(text: str, start: int, end: int) -> str:
    lo = max(0, start - 12)
    return text[lo:start] + text[start : min(end, start + 6)] + "***"


def scan_text(
    text: str, *, where: str, path: str, literals: Iterable[str] = ()
) -> Iterator[Finding]:
    """Yield every secret or PII shape in ``text``.

    Args:
        text: the text to scan.
        where: a label for the findings.
        path: the cassette path for the findings.
        literals: exact values that must never appear (the fake credentials).
    """
    for what, pattern in _SECRET_PATTERNS:
        for match in pattern.finditer(text):
            yield Finding(path, where, what, _mask(text, match.start(), match.end()))
    for literal in literals:
        if literal and literal in text:
            i = text.index(literal)
            yield Finding(path, where, "a credential used when recording", _mask(text, i, i + 6))


def _scan_json(node: Any, *, where: str, path: str) -> Iterator[Finding]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in PII_KEYS or key in TOKEN_KEYS:
                for leaf in _strings(value):
                    if not _is_placeholder(leaf):
                        yield Finding(path, where, f"unscrubbed key {key!r}", leaf[:3] + "***")
            else:
                yield from _scan_json(value, where=where, path=path)
    elif isinstance(node, list):
        for item in node:
            yield from _scan_json(item, where=where, path=path)
    elif isinstance(node, str) and node.strip()[:1] in ("{", "["):
        yield from _scan_json(_json_or_none(node), where=where, path=path)


def _json_or_none(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None


def _scan_query(uri: str, *, where: str, path: str) -> Iterator[Finding]:
    for key, value in parse_qsl(urlsplit(uri).query, keep_blank_values=True):
        secret = key in LWA_REQUEST_KEYS or key in TOKEN_KEYS or key.lower() in _PRESIGNED_LOWER
        if (secret and value != PLACEHOLDER) or (key in PII_KEYS and not _is_placeholder(value)):
            yield Finding(path, where, f"query parameter {key!r}", "***")


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, list):
        for item in node:
            yield from _strings(item)
    elif isinstance(node, dict):
        for item in node.values():
            yield from _strings(item)


def _as_text(body: Any) -> str:
    if isinstance(body, bytes):
        if body.startswith(_GZIP_MAGIC):
            body = _gunzip(body) or body
        return body.decode("utf-8", errors="replace")
    return "" if body is None else str(body)


def scan_cassette(path: Path, *, literals: Iterable[str] = ()) -> list[Finding]:
    """Return every secret or PII leftover in one cassette file.

    Checks the raw file text, then each interaction's decoded headers and bodies
    (so base64 ``!!binary`` bodies are covered too): the secret patterns, the
    ``literals``, and that PII and token keys of JSON bodies and the secret
    request headers hold placeholders only.

    Args:
        path: a vcrpy YAML cassette.
        literals: exact values that must never appear (the fake credentials).
    """
    literals = tuple(literals)
    name = str(path)
    raw = path.read_text(encoding="utf-8")
    findings = list(scan_text(raw, where="raw text", path=name, literals=literals))
    data = yaml.load(raw, Loader=yaml.SafeLoader) or {}
    for i, interaction in enumerate(data.get("interactions") or []):
        request = interaction.get("request") or {}
        response = interaction.get("response") or {}
        for part, body, headers in (
            ("request", request.get("body"), request.get("headers") or {}),
            ("response", (response.get("body") or {}).get("string"), response.get("headers") or {}),
        ):
            where = f"interaction {i} {part}"
            text = _as_text(body)
            findings += scan_text(text, where=where + " body", path=name, literals=literals)
            header_text = json.dumps(headers, default=str)
            findings += scan_text(
                header_text, where=where + " headers", path=name, literals=literals
            )
            secret_names = SECRET_REQUEST_HEADERS if part == "request" else SECRET_RESPONSE_HEADERS
            for hname, values in headers.items():
                if hname.lower() in secret_names:
                    for v in values if isinstance(values, list) else [values]:
                        if str(v) != PLACEHOLDER:
                            findings.append(
                                Finding(name, where + " headers", f"header {hname!r}", "***")
                            )
            if text.lstrip()[:1] in ("{", "["):
                findings += _scan_json(_json_or_none(text), where=where + " body", path=name)
            form = _FORM_TYPE in _content_type(headers)
            if form or (part == "request" and _looks_like_form(text)):
                for key, value in parse_qsl(text, keep_blank_values=True):
                    secret = key in LWA_REQUEST_KEYS or key in TOKEN_KEYS
                    if secret and value != PLACEHOLDER:
                        findings.append(
                            Finding(name, where + " body", f"form field {key!r}", "***")
                        )
        uri = str(request.get("uri", ""))
        where = f"interaction {i} uri"
        findings += scan_text(uri, where=where, path=name, literals=literals)
        findings += _scan_query(uri, where=where, path=name)
    return findings


def iter_cassettes(root: Path) -> Iterator[Path]:
    """Yield every vcrpy cassette (YAML with ``interactions``) under ``root``, sorted.

    Tool and cache folders (``.venv``, ``node_modules``, ``.cache``, ``.git``...)
    are not entered.
    """
    skipped = {".venv", "node_modules", ".cache", ".git", ".mypy_cache", ".ruff_cache", ".stamps"}
    found: list[Path] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in skipped]
        found += [Path(folder) / f for f in files if f.endswith((".yaml", ".yml"))]
    for path in sorted(found):
        head = path.read_text(encoding="utf-8", errors="replace")[:4096]
        if "interactions:" in head:
            yield path
