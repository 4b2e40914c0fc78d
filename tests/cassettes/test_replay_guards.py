"""The replay setting itself: network blocked, a missing recording fails loudly."""

from __future__ import annotations

import contextlib
import socket

import pytest
from _fo_calls import V2020, call_kwargs
from selling_partner import SellingPartner
from vcr.errors import CannotOverwriteExistingCassetteException


@pytest.mark.vcr
def test_network_is_blocked_exactly_when_replaying(recording: bool) -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        blocked = pytest.raises(RuntimeError, match="Network is disabled")
        with socket.socket() as client, blocked if not recording else contextlib.nullcontext():
            client.connect(server.getsockname())


# record_mode "none" even in a recording run: this cassette must never exist.
@pytest.mark.vcr(record_mode="none")
@pytest.mark.default_cassette("never_recorded.yaml")
def test_a_request_without_a_recording_fails_loudly(sp: SellingPartner) -> None:
    with pytest.raises(CannotOverwriteExistingCassetteException):
        sp.fulfillment_outbound_v2020_07_01.get_features(**call_kwargs(V2020, "get_features"))
