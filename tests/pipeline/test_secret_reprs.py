"""Generated models never show a secret in ``repr()``/``str()``.

The secret-bearing fields are the table in ``spec/secret_fields.toml``
(``SECRET_FIELDS`` in ``spec/templates/model.py.jinja``); ``SECRETS`` below is the
same list with the evidence for each entry (survey of the 66 models: every property whose name or
description speaks of a URL, URI, token, key, header, credential, signature,
secret or expiry). A presigned URL's repr keeps scheme, host and path; a token,
key or header value shows as ``<redacted>``. ``to_dict()`` still returns the
full value.

Guards: the spec table equals ``SECRETS``; every entry names a field that
exists in the generated model (a rename upstream fails here); and every field of
any generated model whose name looks like a secret (``*_url``, ``uri``,
``*token*``, ``key``, ``headers``, ...) is either redacted or reviewed in
``REVIEWED`` / ``REVIEWED_NAMES``, so a new model's secret-looking field needs a
decision.

Token-shaped values are assembled at run time: no tracked file may hold one.
"""

from __future__ import annotations

import ast
import importlib
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import quote

import attrs
import pytest

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "spec" / "templates" / "model.py.jinja"
SECRET_FIELDS_TOML = ROOT / "spec" / "secret_fields.toml"
GENERATED = ROOT / "generated" / "selling_partner_generated"
TOP = "selling_partner_generated"


class Secret(NamedTuple):
    """One secret-bearing field of a generated model, with the evidence."""

    package: str
    module: str
    cls: str
    field: str  # Python name; "additional_properties" for a headers object
    kind: str  # "url" (scheme+host+path shown) or "secret" (<redacted>)
    why: str  # the schema property and what the model says about it


SECRETS: tuple[Secret, ...] = (
    Secret(
        "reports_v2021_06_30",
        "report_document",
        "ReportDocument",
        "url",
        "url",
        "ReportDocument.url: 'A presigned URL ... expires after 5 minutes'",
    ),
    Secret(
        "feeds_v2021_06_30",
        "feed_document",
        "FeedDocument",
        "url",
        "url",
        "FeedDocument.url: 'A presigned URL ... expires after 5 minutes'",
    ),
    Secret(
        "feeds_v2021_06_30",
        "create_feed_document_response",
        "CreateFeedDocumentResponse",
        "url",
        "url",
        "CreateFeedDocumentResponse.url: 'The presigned URL for uploading'",
    ),
    Secret(
        "data_kiosk_v2023_11_15",
        "get_document_response",
        "GetDocumentResponse",
        "document_url",
        "url",
        "GetDocumentResponse.documentUrl: 'A presigned URL ... expires after 5 minutes'",
    ),
    Secret(
        "uploads_v2020_11_01",
        "upload_destination",
        "UploadDestination",
        "url",
        "url",
        "UploadDestination.url: the presigned S3 URL to upload to",
    ),
    Secret(
        "uploads_v2020_11_01",
        "upload_destination_headers",
        "UploadDestinationHeaders",
        "additional_properties",
        "secret",
        "UploadDestination.headers: 'The headers to include in the upload request'",
    ),
    Secret(
        "tokens_v2021_03_01",
        "create_restricted_data_token_response",
        "CreateRestrictedDataTokenResponse",
        "restricted_data_token",
        "secret",
        "restrictedDataToken: 'A Restricted Data Token (RDT). This is a short-lived access token'",
    ),
    Secret(
        "services_v1",
        "service_document_upload_destination",
        "ServiceDocumentUploadDestination",
        "url",
        "url",
        "ServiceDocumentUploadDestination.url: the presigned S3 URL to upload to",
    ),
    Secret(
        "services_v1",
        "service_document_upload_destination_headers",
        "ServiceDocumentUploadDestinationHeaders",
        "additional_properties",
        "secret",
        "ServiceDocumentUploadDestination.headers: 'The headers to include in the upload request'",
    ),
    Secret(
        "services_v1",
        "encryption_details",
        "EncryptionDetails",
        "key",
        "secret",
        "EncryptionDetails.key: 'The encryption key used to encrypt or decrypt the document'",
    ),
    Secret(
        "invoices_v2024_06_19",
        "invoice_document",
        "InvoiceDocument",
        "invoice_document_url",
        "url",
        "InvoiceDocument.invoiceDocumentUrl: 'A pre-signed URL ... expires after 30 seconds'",
    ),
    Secret(
        "invoices_v2024_06_19",
        "invoices_document",
        "InvoicesDocument",
        "invoices_document_url",
        "url",
        "InvoicesDocument.invoicesDocumentUrl: 'A pre-signed URL ... expires after 30 seconds'",
    ),
    Secret(
        "external_fulfillment_shipments_v2024_09_11",
        "document_v2",
        "DocumentV2",
        "url",
        "url",
        "DocumentV2.url: 'A presigned URL to fetch the ship label file'",
    ),
    Secret(
        "fulfillment_inbound_v0",
        "label_download_url",
        "LabelDownloadURL",
        "download_url",
        "url",
        "LabelDownloadURL.DownloadURL: 'will only be valid for 15 seconds' (signed)",
    ),
    Secret(
        "fulfillment_inbound_v0",
        "bill_of_lading_download_url",
        "BillOfLadingDownloadURL",
        "download_url",
        "url",
        "BillOfLadingDownloadURL.DownloadURL: 'will only be valid for 15 seconds' (signed)",
    ),
    Secret(
        "fulfillment_inbound_v2024_03_20",
        "document_download",
        "DocumentDownload",
        "uri",
        "url",
        "DocumentDownload.uri: the document's location; 'The URI's expiration time'",
    ),
    Secret(
        "fulfillment_outbound_v2020_07_01",
        "delivery_document",
        "DeliveryDocument",
        "url",
        "url",
        "DeliveryDocument.url: 'A URL that is valid for one hour' (signed)",
    ),
    Secret(
        "awd_v2024_05_09",
        "shipment_labels",
        "ShipmentLabels",
        "label_download_url",
        "url",
        "ShipmentLabels.labelDownloadURL: 'The URL is active for 600 seconds' (signed)",
    ),
    Secret(
        "easy_ship_v2022_03_23",
        "create_scheduled_packages_response",
        "CreateScheduledPackagesResponse",
        "printable_documents_url",
        "url",
        "CreateScheduledPackagesResponse.printableDocumentsUrl: 'A pre-signed URL for the zip'",
    ),
)

# Fields whose name looks like a secret but which are not credentials, by name
# everywhere (pagination cursors only) ...
REVIEWED_NAMES: dict[str, str] = {
    "next_token": "pagination cursor",
    "next_page_token": "pagination cursor",
    "next_token_for_line_items": "pagination cursor",
    "pagination_token": "pagination cursor",
    "previous_token": "pagination cursor",
    "previous_page_token": "pagination cursor",
}
# ... and by (class, field).
REVIEWED: dict[tuple[str, str], str] = {
    ("CreateTransactionResponse", "call_back_url"): "consent page the user clicks; no expiry",
    ("PackageTrackingDetails", "carrier_url"): "the carrier's website",
    ("AmazonTracking", "tracking_url"): "public tracking page",
    ("CarrierTracking", "tracking_url"): "public tracking page",
    ("TrackingDetail", "tracking_url"): "public tracking page",
    ("HandoverLocation", "map_url"): "map of the drop-off location",
    ("ReturnAuthorization", "rma_page_url"): "return-label web page",
    ("AsinMetadata", "image_url"): "catalog image",
    ("ProofOfDelivery", "delivery_photo_url"): "no expiry or signature documented",
    ("BuyerCustomizedInfoDetail", "customized_url"): "Amazon Custom data location; no expiry "
    "documented; restricted buyer data, not a credential",
    ("ItemCustomization", "customized_url"): "as BuyerCustomizedInfoDetail.customized_url",
    ("ContentMetadataRecord", "content_reference_key"): "A+ content identifier",
    ("ContentRecord", "content_reference_key"): "A+ content identifier",
    ("PostContentDocumentResponse", "content_reference_key"): "A+ content identifier",
    ("PublishRecord", "content_reference_key"): "A+ content identifier",
    ("AsinMetadata", "content_reference_key_set"): "A+ content identifiers",
    ("CarrierAccountInput", "description_localization_key"): "a localisation key",
    ("CustomAttribute", "key"): "attribute name",
    ("TaxRegistrationAttribute", "key"): "attribute name (TAX_OFFICE)",
    ("ListOfferMetricsRequestSort", "key"): "sort key",
    ("ListOffersRequestSort", "key"): "sort key",
    ("EncryptionDetails", "initialization_vector"): "a CBC IV is not secret (the key is)",
    ("GetRatesResult", "request_token"): "identifies a getRates answer; not an auth token",
    ("PurchaseShipmentRequest", "request_token"): "as GetRatesResult.request_token",
    ("ShippingConstraints", "signature_confirmation"): "delivery signature requirement",
    ("ItemShippingConstraints", "signature_confirmation"): "delivery signature requirement",
    ("InventoryRequest", "uri"): "resource path of a batch item",
    ("BatchRequest", "uri"): "resource path of a batch item (no query)",
    ("ItemOffersRequest", "uri"): "resource path of a batch item",
    ("ListingOffersRequest", "uri"): "resource path of a batch item",
    ("CompetitiveSummaryRequest", "uri"): "resource path of a batch item",
    ("FeaturedOfferExpectedPriceRequest", "uri"): "resource path of a batch item",
    ("BatchRequest", "headers"): "extra headers of a batch item (no credential documented)",
    ("ItemOffersRequest", "headers"): "extra headers of a batch item",
    ("ListingOffersRequest", "headers"): "extra headers of a batch item",
    ("BatchOffersResponse", "headers"): "response headers of a batch item",
    ("ItemOffersResponse", "headers"): "response headers of a batch item",
    ("ListingOffersResponse", "headers"): "response headers of a batch item",
    ("BatchResponse", "headers"): "response headers of a batch item",
    ("FeaturedOfferExpectedPriceRequest", "headers"): "extra headers of a batch item",
    ("FeaturedOfferExpectedPriceResponse", "headers"): "response headers of a batch item",
    ("ReturnAuthorization", "return_authorization_id"): "an identifier",
    ("ReturnItem", "return_authorization_id"): "an identifier",
    ("PaymentExecutionDetailItem", "authorization_code"): "code confirming a payment "
    "authorization (BR); grants no access",
    ("PaymentExecution", "authorization_code"): "as PaymentExecutionDetailItem's",
    ("PaymentInformation", "authorization_code"): "as PaymentExecutionDetailItem's",
    ("UploadDestination", "headers"): "an UploadDestinationHeaders (redacted there)",
    ("ServiceDocumentUploadDestination", "headers"): "a ServiceDocumentUploadDestinationHeaders "
    "(redacted there)",
}
SECRET_LOOKING = frozenset(
    {"url", "uri", "token", "secret", "signature", "credential", "credentials", "password",
     "key", "headers", "auth", "authorization", "sig"}
)  # fmt: skip

# --------------------------------------------------------------- values

HOST = "tortuga-prod-na.s3-external-1.amazonaws.com"
SIGNATURE = "5f" * 32
KEY_ID = "ASIA" + "QX7PLANTED" + "ZZZZZZ"
CREDENTIAL = KEY_ID + "/20261128/us-east-1/s3/aws4_request"
SESSION = "IQoJb3JpZ2lu" + "X2VjEPlanted" + "z" * 40
RDT = "Atz.sprdt" + "|" + "AYABePlanted" + "x" * 60
AES_KEY = "rGp2" + "Planted" + "k" * 33 + "="
HEADER_VALUE = "Planted" + "h" * 25
URL_SECRETS = (SIGNATURE, KEY_ID, CREDENTIAL, SESSION)
AMZ = "X-Amz-"


def presigned(path: str, host: str = HOST) -> str:
    """A SigV4 presigned S3 URL, as Amazon returns them (values are fake)."""
    query = [
        (AMZ + "Algorithm", "AWS4-HMAC-SHA256"),
        (AMZ + "Date", "20261128T093000Z"),
        (AMZ + "SignedHeaders", "host"),
        (AMZ + "Expires", "300"),
        (AMZ + "Credential", CREDENTIAL),
        (AMZ + "Security-Token", SESSION),
        (AMZ + "Signature", SIGNATURE),
    ]
    return f"https://{host}{path}?" + "&".join(f"{k}={quote(v, safe='')}" for k, v in query)


def _model(secret: Secret) -> Any:
    module = importlib.import_module(f"{TOP}.{secret.package}.models.{secret.module}")
    return getattr(module, secret.cls)


def _by_class(cls: str) -> Secret:
    return next(s for s in SECRETS if s.cls == cls)


class Case(NamedTuple):
    cls: str
    payload: dict[str, Any]  # wire form; to_dict() must give it back unchanged
    secrets: tuple[str, ...]  # none may appear in repr/str
    shown: tuple[str, ...] = ()  # what repr should still show (scheme+host+path)


def _url_case(cls: str, wire: str, path: str, **other: Any) -> Case:
    return Case(
        cls,
        {**other, wire: presigned(path)},
        URL_SECRETS,
        (repr(f"https://{HOST}{path}?<redacted>"),),
    )


HEADERS = {"Content-Type": "image/jpeg", "x-amz-security-token": HEADER_VALUE}
ENCRYPTION = {"standard": "AES", "initializationVector": "vector0", "key": AES_KEY}
CASES: tuple[Case, ...] = (
    _url_case("ReportDocument", "url", "/NinetyDays/amzn1.tortuga.4.na.DOC1",
              reportDocumentId="amzn1.spdoc.1.4.na.DOC1", compressionAlgorithm="GZIP"),
    _url_case("FeedDocument", "url", "/NinetyDays/amzn1.tortuga.4.na.FEED1",
              feedDocumentId="amzn1.tortuga.4.na.FEED1"),
    _url_case("CreateFeedDocumentResponse", "url", "/TwoDays/amzn1.tortuga.4.na.FEED2",
              feedDocumentId="amzn1.tortuga.4.na.FEED2"),
    _url_case("GetDocumentResponse", "documentUrl", "/kiosk/DOC3", documentId="DOC3"),
    _url_case("InvoiceDocument", "invoiceDocumentUrl", "/invoices/INV1.pdf"),
    _url_case("InvoicesDocument", "invoicesDocumentUrl", "/invoices/ALL1.zip",
              invoicesDocumentId="ALL1"),
    _url_case("DocumentV2", "url", "/labels/SHIP1.zpl"),
    _url_case("LabelDownloadURL", "DownloadURL", "/labels/FBA1.pdf"),
    _url_case("BillOfLadingDownloadURL", "DownloadURL", "/bol/FBA1.pdf"),
    _url_case("DocumentDownload", "uri", "/labels/FBA2.pdf", downloadType="URL",
              expiration="2026-11-28T09:35:00+00:00"),
    _url_case("DeliveryDocument", "url", "/pod/ORDER1.jpg", documentType="DELIVERY_IMAGE"),
    _url_case("ShipmentLabels", "labelDownloadURL", "/awd/LABEL1.pdf", labelStatus="GENERATED"),
    _url_case("CreateScheduledPackagesResponse", "printableDocumentsUrl", "/easyship/DOCS1.zip"),
    Case(
        "UploadDestination",
        {"uploadDestinationId": "sc/upload1", "url": presigned("/sc/upload1"), "headers": HEADERS},
        (*URL_SECRETS, HEADER_VALUE),
        (repr(f"https://{HOST}/sc/upload1?<redacted>"), "'x-amz-security-token': <redacted>"),
    ),
    Case("UploadDestinationHeaders", dict(HEADERS), (HEADER_VALUE,),
         ("'Content-Type': <redacted>",)),
    Case(
        "ServiceDocumentUploadDestination",
        {"uploadDestinationId": "svc1", "url": presigned("/svc1"),
         "encryptionDetails": ENCRYPTION, "headers": HEADERS},
        (*URL_SECRETS, AES_KEY, HEADER_VALUE),
        (repr(f"https://{HOST}/svc1?<redacted>"), "key=<redacted>", "'vector0'"),
    ),
    Case("ServiceDocumentUploadDestinationHeaders", dict(HEADERS), (HEADER_VALUE,)),
    Case("EncryptionDetails", dict(ENCRYPTION), (AES_KEY,), ("key=<redacted>",)),
    Case("CreateRestrictedDataTokenResponse", {"restrictedDataToken": RDT, "expiresIn": 3600},
         (RDT, RDT.split("|")[1]), ("restricted_data_token=<redacted>", "expires_in=3600")),
)  # fmt: skip


def _forms(value: str) -> Iterator[str]:
    yield value
    yield quote(value, safe="")
    yield quote(value)


def _assert_clean(text: str, secrets: tuple[str, ...]) -> None:
    for secret in secrets:
        for form in _forms(secret):
            assert form not in text, f"{form[:12]}... appears in {text[:80]}..."
    lowered = text.lower()
    for param in ("signature", "credential", "security-token"):
        assert (AMZ + param).lower() + "=" not in lowered


# --------------------------------------------------------------- tests


def test_every_listed_model_has_a_case() -> None:
    assert {case.cls for case in CASES} == {s.cls for s in SECRETS}


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.cls)
def test_repr_and_str_hide_the_secret(case: Case) -> None:
    model = _model(_by_class(case.cls)).from_dict(case.payload)
    for text in (repr(model), str(model), f"{model!r}", f"{[model]}"):
        _assert_clean(text, case.secrets)
        for shown in case.shown:
            assert shown in text


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.cls)
def test_to_dict_still_round_trips_the_full_value(case: Case) -> None:
    cls = _model(_by_class(case.cls))
    model = cls.from_dict(case.payload)
    assert model.to_dict() == case.payload
    assert cls.from_dict(model.to_dict()) == model


def test_equality_still_sees_the_redacted_field() -> None:
    cls = _model(_by_class("ReportDocument"))
    one = cls(report_document_id="DOC", url=presigned("/a"))
    assert one == cls(report_document_id="DOC", url=presigned("/a"))
    other = cls(report_document_id="DOC", url=presigned("/a").replace(SIGNATURE, "0" * 64))
    assert one != other
    assert repr(one) == repr(other)  # the signature is the only difference, and it is hidden


def test_an_unknown_field_in_a_listed_model_shows_its_name_only() -> None:
    # Amazon renames `url` before we regenerate: the value lands in additional_properties.
    cls = _model(_by_class("ReportDocument"))
    model = cls.from_dict(
        {"reportDocumentId": "DOC", "url": presigned("/a"), "presignedUrl": presigned("/b")}
    )
    text = repr(model)
    _assert_clean(text, URL_SECRETS)
    assert "'presignedUrl': <redacted>" in text
    assert model.to_dict()["presignedUrl"] == presigned("/b")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://example.com/doc.csv", "'https://example.com/doc.csv'"),
        ("https://example.com/doc.csv#frag", "'https://example.com/doc.csv?<redacted>'"),
        ("https://user:pw@example.com/d?a=b", "'https://example.com/d?<redacted>'"),
        ("https://example.com:8443/d?a=b", "'https://example.com:8443/d?<redacted>'"),
        ("not a url?" + AMZ + "Signature=" + SIGNATURE, "<redacted>"),
        ("https://[::1/broken?" + AMZ + "Signature=" + SIGNATURE, "<redacted>"),
        (None, "None"),
    ],
)
def test_url_repr_on_unusual_values(value: str | None, expected: str) -> None:
    cls = _model(_by_class("ReportDocument"))
    text = repr(cls(report_document_id="DOC", url=value))
    assert f"url={expected}" in text
    assert "pw@" not in text


def test_reprs_show_set_fields_only() -> None:
    # issue 9: an UNSET field is left out of the repr (no "<...Unset object at 0x...>")
    cls = _model(_by_class("CreateRestrictedDataTokenResponse"))
    assert repr(cls()) == "CreateRestrictedDataTokenResponse()"
    assert repr(cls(expires_in=3600)) == "CreateRestrictedDataTokenResponse(expires_in=3600)"
    text = repr(cls(restricted_data_token="Atz.sprdt|SECRET", expires_in=1))
    assert "SECRET" not in text and "restricted_data_token=<redacted>" in text


# --------------------------------------------------------------- guards


def _template_table() -> dict[str, dict[str, str]]:
    table = tomllib.loads(SECRET_FIELDS_TOML.read_text("utf-8"))
    assert "SECRET_FIELDS" in TEMPLATE.read_text("utf-8")
    return table


def test_the_templates_table_is_the_evidence_table() -> None:
    expected: dict[str, dict[str, str]] = {}
    for secret in SECRETS:
        fields = expected.setdefault(secret.cls, {})
        if secret.field != "additional_properties":
            fields[secret.field] = secret.kind
    assert _template_table() == expected


REPR_FUNCTIONS = {"url": "_url_repr", "secret": "_secret_repr"}


@pytest.mark.parametrize("secret", SECRETS, ids=lambda s: f"{s.cls}.{s.field}")
def test_each_listed_field_exists_and_is_redacted(secret: Secret) -> None:
    fields = attrs.fields_dict(_model(secret))
    assert secret.field in fields, (
        f"{secret.package}.{secret.cls} has no field {secret.field!r}: renamed upstream? "
        "update spec/secret_fields.toml and this table"
    )
    shown = fields[secret.field].repr
    assert callable(shown)
    assert getattr(shown, "__name__", None) == REPR_FUNCTIONS[secret.kind]
    # In a listed model, unknown fields show their names only.
    extra = fields.get("additional_properties")
    assert extra is not None
    assert getattr(extra.repr, "__name__", None) == "_secret_repr"


def _generated_fields() -> Iterator[tuple[str, str, str, ast.AnnAssign]]:
    for path in sorted(GENERATED.glob("*/models/*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in tree.body:
            if not isinstance(node, ast.ClassDef):
                continue
            for statement in node.body:
                if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
                    yield path.parts[-3], node.name, statement.target.id, statement


def _repr_function(statement: ast.AnnAssign) -> str | None:
    value = statement.value
    if isinstance(value, ast.Call):
        for keyword in value.keywords:
            if keyword.arg == "repr" and isinstance(keyword.value, ast.Name):
                return keyword.value.id
    return None


@pytest.fixture(scope="module")
def generated_fields() -> list[tuple[str, str, str, str | None]]:
    return [(p, c, f, _repr_function(s)) for p, c, f, s in _generated_fields()]


def test_only_the_listed_fields_are_redacted(
    generated_fields: list[tuple[str, str, str, str | None]],
) -> None:
    redacted = {(p, c, f, r) for p, c, f, r in generated_fields if r is not None}
    expected = {(s.package, s.cls, s.field, REPR_FUNCTIONS[s.kind]) for s in SECRETS}
    listed = {s.cls for s in SECRETS}
    # every listed class's additional_properties too
    expected |= {
        (p, c, "additional_properties", "_secret_repr")
        for p, c, f, _ in generated_fields
        if c in listed and f == "additional_properties"
    }
    assert redacted == expected


def test_every_secret_looking_field_is_redacted_or_reviewed(
    generated_fields: list[tuple[str, str, str, str | None]],
) -> None:
    listed = {(s.cls, s.field) for s in SECRETS}
    unreviewed = sorted(
        f"{p}.{c}.{f}"
        for p, c, f, _ in generated_fields
        if set(f.split("_")) & SECRET_LOOKING
        and (c, f) not in listed
        and (c, f) not in REVIEWED
        and f not in REVIEWED_NAMES
    )
    assert not unreviewed, (
        "fields named like a secret: add them to spec/secret_fields.toml "
        f"and SECRETS here, or to REVIEWED with a reason: {unreviewed}"
    )


def test_every_reviewed_entry_still_exists(
    generated_fields: list[tuple[str, str, str, str | None]],
) -> None:
    present = {(c, f) for _, c, f, _ in generated_fields}
    names = {f for _, _, f, _ in generated_fields}
    assert sorted(set(REVIEWED) - present) == []
    assert sorted(set(REVIEWED_NAMES) - names) == []


def test_generated_code_defines_its_own_helpers() -> None:
    # The helpers are emitted into each module: generated code never imports selling_partner.
    for secret in SECRETS:
        path = GENERATED / secret.package / "models" / f"{secret.module}.py"
        text = path.read_text("utf-8")
        assert "selling_partner." not in text.replace(TOP + ".", "")
        assert f"def {REPR_FUNCTIONS[secret.kind]}(" in text


GENERATED_ROOT = Path(__file__).resolve().parents[2] / "generated" / "selling_partner_generated"
PACKAGES = sorted(p.name for p in GENERATED_ROOT.iterdir() if (p / "types.py").is_file())


def test_every_package_has_a_types_module() -> None:
    assert len(PACKAGES) == 66


@pytest.mark.parametrize("package", PACKAGES)
def test_generated_response_repr_leaves_out_the_raw_body(package: str) -> None:
    # The generated functions are usable directly; their Response must not print
    # a body that can hold a presigned URL, an RDT or buyers' data.
    types = importlib.import_module(f"selling_partner_generated.{package}.types")
    signature = "X-Amz-Signature=" + "ab12" * 16
    body = ('{"url": "https://bucket.s3.amazonaws.com/doc?' + signature + '"}').encode()
    response = types.Response(status_code=200, content=body, headers={}, parsed=None)
    assert signature not in repr(response)
    assert "content=" not in repr(response)
    assert response.content == body
