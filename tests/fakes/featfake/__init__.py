"""A tiny fake generated package for the runtime-feature tests (pagination, grantless, RDT).

Shaped like openapi-python-client output where the runtime looks: ``<root>.client.Client``
and ``<root>.api.<tag>.<operation>`` modules with keyword-only ``sync_detailed`` and
``asyncio_detailed``. Bodies are parsed as plain JSON (``parsed`` is a dict).
"""
