"""selling_partner: a Python client for Amazon's Selling Partner API."""

__all__: list[str] = []
