"""Downloaded documents as rows: format sniffing, charset choice, TSV/CSV/JSON/JSON Lines.

Pure functions over binary files (the jobs' temporary files), read in chunks so
memory stays flat however large the document:

- :func:`sniff_format`: JSON, XML, tab- or comma-separated, from the first bytes;
- :func:`choose_codec`: the Content-Type's charset (Java names such as
  ``Cp1252`` and ``Windows-31J`` included), else a byte order mark, else UTF-8
  when the whole file is valid UTF-8, else the marketplace's legacy code page
  (Shift_JIS family ``cp932`` for Japan, ``cp1252`` elsewhere), which is what
  Amazon's flat files use when S3 names no charset;
- :func:`iter_rows`: one ``dict`` per line of a TSV/CSV document, keyed by its
  header (TSV is read without quote handling: Amazon's flat files do not quote,
  and a lone ``"`` inside a title must not swallow the next lines);
- :func:`iter_json_lines`: one parsed object per line (Data Kiosk).
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from ._documents import DocumentError, codec_for
from ._errors import ConfigurationError

__all__ = [
    "FORMATS",
    "choose_codec",
    "iter_json_lines",
    "iter_rows",
    "read_json",
    "sniff_format",
]

FORMATS = ("tsv", "csv", "json", "xml", "text")
_CHUNK = 1 << 20
_SNIFF = 64 * 1024
# Marketplaces whose flat files come in Shift_JIS (Windows-31J) when S3 names no charset.
_CP932_MARKETPLACES = frozenset({"A1VC38T7YXB528"})
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _head(file: IO[bytes], size: int = _SNIFF) -> bytes:
    file.seek(0)
    head = file.read(size)
    file.seek(0)
    return head


def sniff_format(file: IO[bytes]) -> str:
    """``json``, ``xml``, ``tsv``, ``csv`` or ``text`` from the document's first bytes."""
    head = _head(file)
    if head.startswith(codecs.BOM_UTF8):
        head = head[len(codecs.BOM_UTF8) :]
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = head.decode("utf-16", "ignore").encode("utf-8")
    start = head.lstrip()[:1]
    if start in (b"{", b"["):
        return "json"
    if start == b"<":
        return "xml"
    first_line = head.split(b"\n", 1)[0]
    if b"\t" in first_line:
        return "tsv"
    if b"," in first_line:
        return "csv"
    return "text"


def choose_codec(
    file: IO[bytes], charset: str | None, *, marketplace_ids: Iterable[str] = ()
) -> str:
    """The codec to read ``file`` with (see the module docstring for the order).

    Raises:
        DocumentError: ``charset`` is not a codec Python knows (pass ``encoding=``).
    """
    if charset:
        return codec_for(charset)
    head = _head(file, 4)
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec
    if _is_utf8(file):
        return "utf-8"
    return "cp932" if _CP932_MARKETPLACES & set(marketplace_ids) else "cp1252"


def _is_utf8(file: IO[bytes]) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    file.seek(0)
    try:
        while chunk := file.read(_CHUNK):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    finally:
        file.seek(0)
    return True


def _text(file: IO[bytes], codec: str, errors: str) -> io.TextIOWrapper:
    file.seek(0)
    try:
        return io.TextIOWrapper(file, encoding=codec, errors=errors, newline="")
    except LookupError:
        raise ConfigurationError(f"encoding {codec!r} is not a codec Python knows") from None


def iter_rows(
    file: IO[bytes], fmt: str, codec: str, errors: str = "strict"
) -> Iterator[dict[str, str]]:
    """The rows of a TSV or CSV document as dicts keyed by its header line.

    A row shorter than the header gets ``""`` for the missing columns; the
    values of a longer row beyond the header are kept under ``"column_<n>"``.
    Blank lines are skipped.

    Raises:
        ConfigurationError: ``fmt`` is not ``tsv`` or ``csv``.
        DocumentError: the bytes are not valid in ``codec`` (the message says to
            pass ``encoding=``, or ``errors="replace"``).
    """
    if fmt not in ("tsv", "csv"):
        raise ConfigurationError(
            f"rows() reads tab- or comma-separated documents; this one is {fmt}: "
            "use json(), text(), read_bytes() or save(path)"
        )
    text = _text(file, codec, errors)
    try:
        if fmt == "tsv":
            reader = csv.reader(text, delimiter="\t", quoting=csv.QUOTE_NONE)
        else:
            reader = csv.reader(text)
        try:
            header = next(reader, None)
            if header is None:
                return
            if header and header[0].startswith("\ufeff"):
                header[0] = header[0][1:]
            width = len(header)
            for values in reader:
                if not values or values == [""]:
                    continue
                row = dict(zip(header, values, strict=False))
                if len(values) < width:
                    row.update(dict.fromkeys(header[len(values) :], ""))
                elif len(values) > width:
                    for n in range(width, len(values)):
                        row[f"column_{n + 1}"] = values[n]
                yield row
        except UnicodeDecodeError as exc:
            raise DocumentError(
                f"the document is not valid {codec} ({exc.reason} at byte {exc.start} of a "
                "chunk): pass encoding= (e.g. 'cp1252' or 'cp932'), or errors='replace'"
            ) from None
    finally:
        text.detach()


def iter_json_lines(file: IO[bytes], errors: str = "strict") -> Iterator[Any]:
    """One parsed value per non-blank line of a JSON Lines document (UTF-8).

    Raises:
        DocumentError: a line that is not JSON (names its number, not its content).
    """
    text = _text(file, "utf-8-sig", errors)
    try:
        for number, line in enumerate(text, start=1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except ValueError:
                raise DocumentError(
                    f"line {number} of the JSON Lines document is not JSON"
                ) from None
    finally:
        text.detach()


def read_json(file: IO[bytes], codec: str, errors: str = "strict") -> Any:
    """The whole document parsed as JSON.

    Raises:
        DocumentError: the document is not JSON.
    """
    text = _text(file, codec, errors)
    try:
        return json.load(text)
    except ValueError as exc:
        raise DocumentError(f"the document is not JSON ({type(exc).__name__})") from None
    finally:
        text.detach()
