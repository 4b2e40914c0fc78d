"""The bytes of a document: gzip and charsets on the way down, feed bodies on the way up.

Pure: nothing here does network I/O (a feed file is read from local disk).
"""

from __future__ import annotations

import codecs
import re
import zlib
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any

from .._errors import ConfigurationError
from ._s3 import DocumentError

__all__ = [
    "FileBody",
    "Gunzip",
    "charset_of",
    "codec_for",
    "decode_text",
    "gunzip_needed",
    "is_gzip",
    "put_content",
    "put_headers",
    "upload_body",
]

# Most decompressed bytes produced per step: bounds memory whatever the ratio.
_OUT_CHUNK = 1 << 20
# Bytes read from a feed file per chunk of the PUT.
_UPLOAD_CHUNK = 1 << 20
# A media type as RFC 9110 writes it: type/subtype and ;-separated parameters, in
# printable ASCII (the PUT sends it as a header, exactly as S3 signed it).
_TOKEN = r"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
_MEDIA_TYPE = re.compile(
    rf"{_TOKEN}/{_TOKEN}(?:[ \t]*;[ \t]*{_TOKEN}=(?:{_TOKEN}|\"[ !#-\[\]-~]*\"))*[ \t]*"
)
# Java charset names Amazon sends that Python's codecs do not know.
_CHARSET_ALIASES = {"windows-31j": "cp932", "x-sjis": "shift_jis", "x-windows-949": "cp949"}


# -- gzip ----------------------------------------------------------------------------


def gunzip_needed(compression: str | None, content_encoding: str | None) -> bool:
    """Whether the stored bytes are gzip: the document says ``GZIP``, or S3 says so.

    Raises:
        DocumentError: a compression algorithm this library cannot decode.
    """
    if compression is not None and compression.upper() != "GZIP":
        raise DocumentError(
            f"the document's compressionAlgorithm is {compression!r}; only GZIP is supported: "
            "stream the raw bytes with stream_url(url, sink, compression=None) and decode them"
        )
    return compression is not None or is_gzip(content_encoding)


def is_gzip(content_encoding: str | None) -> bool:
    return (content_encoding or "").strip().lower() in ("gzip", "x-gzip")


class Gunzip:
    """Incremental gunzip with bounded output per step; concatenated members allowed."""

    def __init__(self) -> None:
        self._d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._inside = False  # within a member (a truncated stream ends here)

    def feed(self, data: bytes) -> Iterator[bytes]:
        try:
            while True:
                if data:
                    self._inside = True
                out = self._d.decompress(data, _OUT_CHUNK)
                if out:
                    yield out
                if self._d.eof:
                    data = self._d.unused_data  # the next member, if any
                    self._d = zlib.decompressobj(16 + zlib.MAX_WBITS)
                    self._inside = False
                    if not data:
                        return
                    continue
                data = self._d.unconsumed_tail
                # A full output chunk may leave output pending although all input was taken.
                if not data and len(out) < _OUT_CHUNK:
                    return
        except zlib.error as exc:
            raise DocumentError(f"the document is not valid gzip ({exc})") from None

    def finish(self) -> None:
        if self._inside:
            raise DocumentError("the document's gzip stream is truncated: download it again")


# -- charsets ------------------------------------------------------------------------


def charset_of(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type header, or None."""
    if not content_type:
        return None
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"').strip("'")
    return None


def codec_for(charset: str) -> str:
    """Python's codec name for ``charset`` (Java names like ``Windows-31J`` included).

    Raises:
        DocumentError: an unknown charset; the message says to pass ``encoding=``.
    """
    name = _CHARSET_ALIASES.get(charset.lower(), charset)
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        raise DocumentError(
            f"the document's charset {charset!r} is not a codec Python knows: "
            "pass encoding= (e.g. encoding='cp1252')"
        ) from None
    # A UTF-8 byte order mark is not part of the text.
    return "utf-8-sig" if codec == "utf-8" else codec


def decode_text(data: bytes, content_type: str | None, encoding: str | None, errors: str) -> str:
    """``data`` as text: ``encoding`` if given, else the Content-Type's charset, else UTF-8."""
    if encoding is not None:
        return data.decode(encoding, errors)
    charset = charset_of(content_type)
    return data.decode(codec_for(charset) if charset else "utf-8-sig", errors)


# -- feed bodies ---------------------------------------------------------------------


def upload_body(content: object, content_type: object) -> bytes | FileBody:
    """What to PUT for ``content``; ``str`` is encoded with ``content_type``'s charset.

    A binary file is sent from its current position to its end, in chunks.

    Raises:
        ConfigurationError: a bad content type, content, or a str without a charset.
    """
    if not isinstance(content_type, str) or not _MEDIA_TYPE.fullmatch(content_type):
        raise ConfigurationError(
            f"content_type must be a media type such as 'text/xml; charset=UTF-8' or "
            f"'application/json; charset=UTF-8' (printable ASCII, type/subtype, then "
            f"name=value parameters), got {content_type!r}"
        )
    if isinstance(content, bytes | bytearray | memoryview):
        return bytes(content)
    if isinstance(content, str):
        charset = charset_of(content_type)
        if charset is None:
            raise ConfigurationError(
                f"content is a str but content_type {content_type!r} names no charset: say it "
                "(e.g. 'text/xml; charset=UTF-8') or pass bytes"
            )
        try:
            return content.encode(_CHARSET_ALIASES.get(charset.lower(), charset))
        except LookupError:
            raise ConfigurationError(
                f"content_type's charset {charset!r} is not a codec Python knows: pass bytes"
            ) from None
    if callable(getattr(content, "read", None)):
        return _file_body(content)
    raise ConfigurationError(
        f"content must be bytes, str or a binary file, got {type(content).__name__}"
    )


@dataclass
class FileBody:
    """A feed file to PUT from its current position to its end, read in chunks.

    Retries read it again from ``start``, so the file must be seekable.
    """

    file: Any = field(repr=False)
    start: int
    length: int

    def chunks(self) -> Iterator[bytes]:
        """The file's bytes from ``start``, at most ``length`` of them."""
        self.file.seek(self.start)
        left = self.length
        while left > 0:
            data = self.file.read(min(_UPLOAD_CHUNK, left))
            if not data:
                raise ConfigurationError(
                    "the feed file got shorter while it was being uploaded: do not change it "
                    "until upload_feed returns"
                )
            left -= len(data)
            yield data

    async def achunks(self) -> AsyncIterator[bytes]:
        """:meth:`chunks` for an async request (local file reads block briefly)."""
        for chunk in self.chunks():
            yield chunk


def _file_body(file: Any) -> FileBody:
    seekable = getattr(file, "seekable", None)
    if not callable(seekable) or not seekable():
        raise ConfigurationError(
            "a feed file must be seekable (a retry sends it again from the start): "
            "open a regular file with open(path, 'rb'), or pass its bytes"
        )
    if not isinstance(file.read(0), bytes):
        raise ConfigurationError("the feed file is open in text mode: open it with 'rb'")
    start = file.tell()
    length = file.seek(0, 2) - start
    file.seek(start)
    return FileBody(file, start, length)


def put_headers(body: bytes | FileBody, content_type: str) -> dict[str, str]:
    """The PUT's headers: the exact Content-Type S3 signed, and a file's Content-Length."""
    if isinstance(body, bytes):
        return {"Content-Type": content_type}
    # A Content-Length keeps httpx from sending the file chunked, which S3 refuses.
    return {"Content-Type": content_type, "Content-Length": str(body.length)}


def put_content(body: bytes | FileBody, *, is_async: bool) -> Any:
    """The PUT's content for httpx: the bytes, or the file's chunks (async ones if ``is_async``).

    Called for each attempt: a retry reads the file again from its start.
    """
    if isinstance(body, bytes):
        return body
    return body.achunks() if is_async else body.chunks()
