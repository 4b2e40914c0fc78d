"""The ``selling-partner`` command line (typer + rich), installed with the package.

::

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
"""

from ._app import app, main
from ._output import EXIT_CODES

__all__ = ["EXIT_CODES", "app", "main"]
