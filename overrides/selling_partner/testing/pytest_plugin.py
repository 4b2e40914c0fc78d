"""The pytest plugin of :mod:`selling_partner.testing` (registered on install).

Fixtures:

``offline_spapi``
    A fresh :class:`~selling_partner.testing.OfflineSpApi` for the test, with its
    controls (``offline_spapi.fail_next(1, status=503)``, ``.expire_tokens()``,
    ``.set_rate_limit(...)``, ``.stats``...). Stopped after the test; a crash
    inside the server fails the test.
``offline_sp``
    A ``SellingPartner`` connected to ``offline_spapi``, closed after the test.

Async tests open their own client, whatever async plugin they use:
``async with offline_spapi.async_client() as sp: ...``.

Nothing is started unless a test asks for one of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .._client import SellingPartner
    from . import OfflineSpApi

__all__ = ["offline_sp", "offline_spapi"]


@pytest.fixture
def offline_spapi() -> Iterator[OfflineSpApi]:
    """A running offline SP-API, fresh for each test."""
    from . import OfflineSpApi

    with OfflineSpApi() as server:
        yield server


@pytest.fixture
def offline_sp(offline_spapi: OfflineSpApi) -> Iterator[SellingPartner]:
    """A ``SellingPartner`` pointed at ``offline_spapi``."""
    with offline_spapi.client() as sp:
        yield sp
