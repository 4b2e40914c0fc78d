"""``OfflineSpApi``: the project's fake SP-API with the offline extras (see the package)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Self

from ._fake import FakeSpApi
from ._fake._orders import FulfillmentOrders

if TYPE_CHECKING:
    from .._client import AsyncSellingPartner, SellingPartner

__all__ = ["OfflineSpApi"]


class OfflineSpApi(FakeSpApi):
    """A local SP-API and Login with Amazon (see :mod:`selling_partner.testing`).

    Takes the arguments of the project's fake server: ``port`` (0: a free one),
    ``client_id``/``client_secret``/``refresh_token`` it accepts (the ``FAKE_*``
    constants by default), ``expires_in`` of issued tokens, ``rate_limits``
    (``{"orders_v0.getOrders": (rate, burst)}``), ``advertised_rate``,
    ``retry_after``, ``pages`` (``{"orders_v0.getOrders": 5}``), ``latency``.

    Fulfillment Outbound 2020-07-01 orders are stateful (``orders``: create,
    get, list, update and cancel act on the orders created, per seller; an
    unknown id is a 404; ``orders.set_status(id, "Complete")`` moves one on).
    """

    orders: FulfillmentOrders

    def __init__(self, **kwargs: Any) -> None:
        """Build the server (not started); ``kwargs`` as the class docstring says."""
        super().__init__(**kwargs)
        self.orders = FulfillmentOrders()

    def start(self) -> Self:
        """Bind and serve in a daemon thread; returns ``self``."""
        super().start()
        return self

    def __enter__(self) -> Self:
        return self.start()

    def settings(self) -> dict[str, str]:
        """The ``SellingPartner`` keyword arguments that reach this server."""
        return {
            "client_id": self.client_id,
            "client_secret": self._client_secret,
            "refresh_token": next(iter(sorted(self._refresh_tokens))),
            "endpoint": self.endpoint,
            "token_url": self.token_url,
        }

    def calls(self, operation: str) -> int:
        """SP-API requests ``operation`` (``<package>.<operationId>``) received so far.

        Raises:
            ValueError: no such operation.
        """
        return self.stats.requests.get(self._operation(operation).key, 0)

    def client(self, **kwargs: Any) -> SellingPartner:
        """A ``SellingPartner`` connected to this server (``kwargs`` are added or win)."""
        from .._client import SellingPartner

        return SellingPartner(**{**self.settings(), **kwargs})

    def async_client(self, **kwargs: Any) -> AsyncSellingPartner:
        """An ``AsyncSellingPartner`` connected to this server."""
        from .._client import AsyncSellingPartner

        return AsyncSellingPartner(**{**self.settings(), **kwargs})

    def __repr__(self) -> str:
        return "Offline" + super().__repr__().removeprefix("Fake")
