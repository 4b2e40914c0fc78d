"""Report types the report jobs treat specially; generated from spec/report_types.toml.

Do not edit: scripts/regenerate.py writes it. REPORT_TYPES: report type ->
format (tsv, csv, json, xml or None: sniffed), restricted (the document needs a
Restricted Data Token), max_days (the longest range one request may cover, or None).
"""

REPORT_TYPES: dict[str, dict[str, object]] = {
    "GET_AMAZON_FULFILLED_SHIPMENTS_DATA_INVOICING": {
        "format": "tsv",
        "restricted": True,
        "max_days": None,
    },
    "GET_AMAZON_FULFILLED_SHIPMENTS_DATA_TAX": {
        "format": "tsv",
        "restricted": True,
        "max_days": None,
    },
    "GET_BRAND_ANALYTICS_SEARCH_TERMS_REPORT": {
        "format": "json",
        "restricted": False,
        "max_days": None,
    },
    "GET_CSV_MFN_PRIME_RETURNS_REPORT": {
        "format": "csv",
        "restricted": False,
        "max_days": 60,
    },
    "GET_EASYSHIP_DOCUMENTS": {
        "format": None,
        "restricted": True,
        "max_days": None,
    },
    "GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING": {
        "format": "tsv",
        "restricted": True,
        "max_days": None,
    },
    "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL": {
        "format": "tsv",
        "restricted": False,
        "max_days": 30,
    },
    "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL": {
        "format": "tsv",
        "restricted": False,
        "max_days": 30,
    },
    "GET_FLAT_FILE_ORDERS_RECONCILIATION_DATA_INVOICING": {
        "format": "tsv",
        "restricted": True,
        "max_days": None,
    },
    "GET_FLAT_FILE_ORDERS_RECONCILIATION_DATA_SHIPPING": {
        "format": "tsv",
        "restricted": True,
        "max_days": None,
    },
    "GET_FLAT_FILE_ORDERS_RECONCILIATION_DATA_TAX": {
        "format": "tsv",
        "restricted": True,
        "max_days": None,
    },
    "GET_FLAT_FILE_ORDER_REPORT_DATA_INVOICING": {
        "format": "tsv",
        "restricted": True,
        "max_days": None,
    },
    "GET_FLAT_FILE_ORDER_REPORT_DATA_SHIPPING": {
        "format": "tsv",
        "restricted": True,
        "max_days": None,
    },
    "GET_FLAT_FILE_ORDER_REPORT_DATA_TAX": {
        "format": "tsv",
        "restricted": True,
        "max_days": None,
    },
    "GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE": {
        "format": "tsv",
        "restricted": False,
        "max_days": 60,
    },
    "GET_GST_MTR_B2B_CUSTOM": {
        "format": "csv",
        "restricted": True,
        "max_days": None,
    },
    "GET_MERCHANT_LISTINGS_ALL_DATA": {
        "format": "tsv",
        "restricted": False,
        "max_days": None,
    },
    "GET_ORDER_REPORT_DATA_INVOICING": {
        "format": "xml",
        "restricted": True,
        "max_days": None,
    },
    "GET_ORDER_REPORT_DATA_SHIPPING": {
        "format": "xml",
        "restricted": True,
        "max_days": None,
    },
    "GET_ORDER_REPORT_DATA_TAX": {
        "format": "xml",
        "restricted": True,
        "max_days": None,
    },
    "GET_SALES_AND_TRAFFIC_REPORT": {
        "format": "json",
        "restricted": False,
        "max_days": None,
    },
    "GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE": {
        "format": "tsv",
        "restricted": False,
        "max_days": None,
    },
    "GET_VAT_TRANSACTION_DATA": {
        "format": "csv",
        "restricted": True,
        "max_days": None,
    },
    "GET_VENDOR_SALES_REPORT": {
        "format": "json",
        "restricted": False,
        "max_days": None,
    },
    "GET_XML_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL": {
        "format": "xml",
        "restricted": False,
        "max_days": 30,
    },
    "GET_XML_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL": {
        "format": "xml",
        "restricted": False,
        "max_days": 30,
    },
    "GET_XML_RETURNS_DATA_BY_RETURN_DATE": {
        "format": "xml",
        "restricted": False,
        "max_days": 60,
    },
    "SC_VAT_TAX_REPORT": {
        "format": "csv",
        "restricted": True,
        "max_days": None,
    },
}
