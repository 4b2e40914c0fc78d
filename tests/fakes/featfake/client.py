"""The generated-style Client (shared with the Things fake)."""

from spfake_generated.things_v1.client import Client

__all__ = ["Client"]
