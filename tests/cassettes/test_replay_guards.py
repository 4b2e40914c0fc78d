"""The replay setting itself: network blocked, a missing recording fails loudly."""

from __future__ import annotations

import socket

import pytest
from _fo_calls import V2020, call_kwargs
from selling_partner import SellingPartner
from vcr.errors import CannotOverwriteExistingCassetteException


@pytest.mark.vcr
def test_network_is_blocked_during_replay(recording: bool) -> None:
    if recording:
        pytest.skip("only meaningful in replay (recording needs the network)")
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        with (
            socket.socket() as client,
            pytest.raises(RuntimeError, match="Network is disabled"),
        ):
            client.connect(server.getsockname())


@pytest.mark.vcr("never_recorded.yaml")
@pytest.mark.default_cassette("never_recorded.yaml")
def test_a_request_without_a_recording_fails_loudly(sp: SellingPartner, recording: bool) -> None:
    if recording:
        pytest.skip("only meaningful in replay")
    with pytest.raises(CannotOverwriteExistingCassetteException):
        sp.fulfillment_outbound_v2020_07_01.get_features(**call_kwargs(V2020, "get_features"))
