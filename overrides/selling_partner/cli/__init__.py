"""The ``selling-partner`` command line (typer + rich), the ``cli`` extra.

::

    pip install 'selling-partner[cli]'

    selling-partner apis
    selling-partner ops orders_v0
    selling-partner call orders_v0 get_orders -p marketplace_ids=ATVPDKIKX0DER \\
        -p created_after=2024-01-01T00:00:00Z --pages
    selling-partner documents download amzn1.spdoc.1.4.na.xxx -o report.tsv
    selling-partner reports fetch GET_MERCHANT_LISTINGS_ALL_DATA --marketplace-id ATVPDKIKX0DER
    selling-partner feeds submit JSON_LISTINGS_FEED feed.json --content-type application/json
    selling-partner auth check
    selling-partner sandbox serve --port 8123

``selling-partner --help`` (and ``--help`` of each command) says the rest;
credentials and profiles: :mod:`selling_partner.cli._profiles`; exit codes:
:data:`EXIT_CODES` (:mod:`selling_partner.cli._output`).

The console script is installed with the package, the command line's libraries
only with the extra: without them :func:`main` says which extra to install
instead of failing on an import.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._app import app
    from ._output import EXIT_CODES

__all__ = ["EXIT_CODES", "app", "main"]

MISSING_EXTRA = (
    "selling-partner: the command line needs its extra ({missing} is not installed): "
    "pip install 'selling-partner[cli]'"
)


def main() -> None:
    """The console script ``selling-partner``."""
    try:
        from ._app import main as run
    except ModuleNotFoundError as exc:
        if exc.name not in ("typer", "rich", "click"):
            raise
        print(MISSING_EXTRA.format(missing=exc.name), file=sys.stderr)
        raise SystemExit(2) from None
    run()


def __getattr__(name: str) -> Any:
    # `app` and EXIT_CODES need typer and rich: loaded when asked for, so that
    # importing this package (for `main`) works without the extra.
    if name == "app":
        from . import _app

        return _app.app
    if name == "EXIT_CODES":
        from . import _output

        return _output.EXIT_CODES
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
