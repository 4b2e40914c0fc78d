"""The SP-API header names the runtime reads or writes, named once."""

__all__ = ["ACCESS_TOKEN", "RATE_LIMIT", "REQUEST_ID"]

ACCESS_TOKEN = "x-amz-access-token"  # the LWA access token or an RDT
REQUEST_ID = "x-amzn-RequestId"  # Amazon's id of the request, for support cases
RATE_LIMIT = "x-amzn-RateLimit-Limit"  # the rate Amazon applied, when it says
