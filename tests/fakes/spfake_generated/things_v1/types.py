from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any


@dataclass
class Response:
    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: Any
