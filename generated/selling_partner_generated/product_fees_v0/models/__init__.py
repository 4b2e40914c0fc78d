"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error import Error
    from .fee_detail import FeeDetail
    from .fees_estimate import FeesEstimate
    from .fees_estimate_by_id_request import FeesEstimateByIdRequest
    from .fees_estimate_error import FeesEstimateError
    from .fees_estimate_error_detail_item import FeesEstimateErrorDetailItem
    from .fees_estimate_identifier import FeesEstimateIdentifier
    from .fees_estimate_request import FeesEstimateRequest
    from .fees_estimate_result import FeesEstimateResult
    from .get_my_fees_estimate_request import GetMyFeesEstimateRequest
    from .get_my_fees_estimate_response import GetMyFeesEstimateResponse
    from .get_my_fees_estimate_result import GetMyFeesEstimateResult
    from .get_my_fees_estimates_error_list import GetMyFeesEstimatesErrorList
    from .id_type import IdType
    from .included_fee_detail import IncludedFeeDetail
    from .money_type import MoneyType
    from .optional_fulfillment_program import OptionalFulfillmentProgram
    from .points import Points
    from .price_to_estimate_fees import PriceToEstimateFees

_MODULES: dict[str, str] = {
    "Error": ".error",
    "FeeDetail": ".fee_detail",
    "FeesEstimate": ".fees_estimate",
    "FeesEstimateByIdRequest": ".fees_estimate_by_id_request",
    "FeesEstimateError": ".fees_estimate_error",
    "FeesEstimateErrorDetailItem": ".fees_estimate_error_detail_item",
    "FeesEstimateIdentifier": ".fees_estimate_identifier",
    "FeesEstimateRequest": ".fees_estimate_request",
    "FeesEstimateResult": ".fees_estimate_result",
    "GetMyFeesEstimateRequest": ".get_my_fees_estimate_request",
    "GetMyFeesEstimateResponse": ".get_my_fees_estimate_response",
    "GetMyFeesEstimateResult": ".get_my_fees_estimate_result",
    "GetMyFeesEstimatesErrorList": ".get_my_fees_estimates_error_list",
    "IdType": ".id_type",
    "IncludedFeeDetail": ".included_fee_detail",
    "MoneyType": ".money_type",
    "OptionalFulfillmentProgram": ".optional_fulfillment_program",
    "Points": ".points",
    "PriceToEstimateFees": ".price_to_estimate_fees",
}

__all__ = (
    "Error",
    "FeeDetail",
    "FeesEstimate",
    "FeesEstimateByIdRequest",
    "FeesEstimateError",
    "FeesEstimateErrorDetailItem",
    "FeesEstimateIdentifier",
    "FeesEstimateRequest",
    "FeesEstimateResult",
    "GetMyFeesEstimateRequest",
    "GetMyFeesEstimateResponse",
    "GetMyFeesEstimateResult",
    "GetMyFeesEstimatesErrorList",
    "IdType",
    "IncludedFeeDetail",
    "MoneyType",
    "OptionalFulfillmentProgram",
    "Points",
    "PriceToEstimateFees",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
