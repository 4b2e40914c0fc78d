"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .adhoc_disbursement_event import AdhocDisbursementEvent
    from .adjustment_event import AdjustmentEvent
    from .adjustment_item import AdjustmentItem
    from .affordability_expense_event import AffordabilityExpenseEvent
    from .capacity_reservation_billing_event import CapacityReservationBillingEvent
    from .charge_component import ChargeComponent
    from .charge_instrument import ChargeInstrument
    from .charge_refund_event import ChargeRefundEvent
    from .charge_refund_transaction import ChargeRefundTransaction
    from .coupon_payment_event import CouponPaymentEvent
    from .currency import Currency
    from .debt_recovery_event import DebtRecoveryEvent
    from .debt_recovery_item import DebtRecoveryItem
    from .direct_payment import DirectPayment
    from .ebt_refund_reimbursement_only_event import EBTRefundReimbursementOnlyEvent
    from .error import Error
    from .failed_adhoc_disbursement_event import FailedAdhocDisbursementEvent
    from .fba_liquidation_event import FBALiquidationEvent
    from .fee_component import FeeComponent
    from .financial_event_group import FinancialEventGroup
    from .financial_events import FinancialEvents
    from .imaging_services_fee_event import ImagingServicesFeeEvent
    from .list_financial_event_groups_payload import ListFinancialEventGroupsPayload
    from .list_financial_event_groups_response import ListFinancialEventGroupsResponse
    from .list_financial_events_payload import ListFinancialEventsPayload
    from .list_financial_events_response import ListFinancialEventsResponse
    from .loan_servicing_event import LoanServicingEvent
    from .network_commingling_transaction_event import (
        NetworkComminglingTransactionEvent,
    )
    from .pay_with_amazon_event import PayWithAmazonEvent
    from .product_ads_payment_event import ProductAdsPaymentEvent
    from .promotion import Promotion
    from .removal_shipment_adjustment_event import RemovalShipmentAdjustmentEvent
    from .removal_shipment_event import RemovalShipmentEvent
    from .removal_shipment_item import RemovalShipmentItem
    from .removal_shipment_item_adjustment import RemovalShipmentItemAdjustment
    from .rental_transaction_event import RentalTransactionEvent
    from .retrocharge_event import RetrochargeEvent
    from .safet_reimbursement_event import SAFETReimbursementEvent
    from .safet_reimbursement_item import SAFETReimbursementItem
    from .seller_deal_payment_event import SellerDealPaymentEvent
    from .seller_review_enrollment_payment_event import (
        SellerReviewEnrollmentPaymentEvent,
    )
    from .service_fee_event import ServiceFeeEvent
    from .shipment_event import ShipmentEvent
    from .shipment_item import ShipmentItem
    from .solution_provider_credit_event import SolutionProviderCreditEvent
    from .tax_withheld_component import TaxWithheldComponent
    from .tax_withholding_event import TaxWithholdingEvent
    from .tax_withholding_period import TaxWithholdingPeriod
    from .tds_reimbursement_event import TDSReimbursementEvent
    from .trial_shipment_event import TrialShipmentEvent
    from .value_added_service_charge_event import ValueAddedServiceChargeEvent

_MODULES: dict[str, str] = {
    "AdhocDisbursementEvent": ".adhoc_disbursement_event",
    "AdjustmentEvent": ".adjustment_event",
    "AdjustmentItem": ".adjustment_item",
    "AffordabilityExpenseEvent": ".affordability_expense_event",
    "CapacityReservationBillingEvent": ".capacity_reservation_billing_event",
    "ChargeComponent": ".charge_component",
    "ChargeInstrument": ".charge_instrument",
    "ChargeRefundEvent": ".charge_refund_event",
    "ChargeRefundTransaction": ".charge_refund_transaction",
    "CouponPaymentEvent": ".coupon_payment_event",
    "Currency": ".currency",
    "DebtRecoveryEvent": ".debt_recovery_event",
    "DebtRecoveryItem": ".debt_recovery_item",
    "DirectPayment": ".direct_payment",
    "EBTRefundReimbursementOnlyEvent": ".ebt_refund_reimbursement_only_event",
    "Error": ".error",
    "FailedAdhocDisbursementEvent": ".failed_adhoc_disbursement_event",
    "FBALiquidationEvent": ".fba_liquidation_event",
    "FeeComponent": ".fee_component",
    "FinancialEventGroup": ".financial_event_group",
    "FinancialEvents": ".financial_events",
    "ImagingServicesFeeEvent": ".imaging_services_fee_event",
    "ListFinancialEventGroupsPayload": ".list_financial_event_groups_payload",
    "ListFinancialEventGroupsResponse": ".list_financial_event_groups_response",
    "ListFinancialEventsPayload": ".list_financial_events_payload",
    "ListFinancialEventsResponse": ".list_financial_events_response",
    "LoanServicingEvent": ".loan_servicing_event",
    "NetworkComminglingTransactionEvent": ".network_commingling_transaction_event",
    "PayWithAmazonEvent": ".pay_with_amazon_event",
    "ProductAdsPaymentEvent": ".product_ads_payment_event",
    "Promotion": ".promotion",
    "RemovalShipmentAdjustmentEvent": ".removal_shipment_adjustment_event",
    "RemovalShipmentEvent": ".removal_shipment_event",
    "RemovalShipmentItem": ".removal_shipment_item",
    "RemovalShipmentItemAdjustment": ".removal_shipment_item_adjustment",
    "RentalTransactionEvent": ".rental_transaction_event",
    "RetrochargeEvent": ".retrocharge_event",
    "SAFETReimbursementEvent": ".safet_reimbursement_event",
    "SAFETReimbursementItem": ".safet_reimbursement_item",
    "SellerDealPaymentEvent": ".seller_deal_payment_event",
    "SellerReviewEnrollmentPaymentEvent": ".seller_review_enrollment_payment_event",
    "ServiceFeeEvent": ".service_fee_event",
    "ShipmentEvent": ".shipment_event",
    "ShipmentItem": ".shipment_item",
    "SolutionProviderCreditEvent": ".solution_provider_credit_event",
    "TaxWithheldComponent": ".tax_withheld_component",
    "TaxWithholdingEvent": ".tax_withholding_event",
    "TaxWithholdingPeriod": ".tax_withholding_period",
    "TDSReimbursementEvent": ".tds_reimbursement_event",
    "TrialShipmentEvent": ".trial_shipment_event",
    "ValueAddedServiceChargeEvent": ".value_added_service_charge_event",
}

__all__ = (
    "AdhocDisbursementEvent",
    "AdjustmentEvent",
    "AdjustmentItem",
    "AffordabilityExpenseEvent",
    "CapacityReservationBillingEvent",
    "ChargeComponent",
    "ChargeInstrument",
    "ChargeRefundEvent",
    "ChargeRefundTransaction",
    "CouponPaymentEvent",
    "Currency",
    "DebtRecoveryEvent",
    "DebtRecoveryItem",
    "DirectPayment",
    "EBTRefundReimbursementOnlyEvent",
    "Error",
    "FBALiquidationEvent",
    "FailedAdhocDisbursementEvent",
    "FeeComponent",
    "FinancialEventGroup",
    "FinancialEvents",
    "ImagingServicesFeeEvent",
    "ListFinancialEventGroupsPayload",
    "ListFinancialEventGroupsResponse",
    "ListFinancialEventsPayload",
    "ListFinancialEventsResponse",
    "LoanServicingEvent",
    "NetworkComminglingTransactionEvent",
    "PayWithAmazonEvent",
    "ProductAdsPaymentEvent",
    "Promotion",
    "RemovalShipmentAdjustmentEvent",
    "RemovalShipmentEvent",
    "RemovalShipmentItem",
    "RemovalShipmentItemAdjustment",
    "RentalTransactionEvent",
    "RetrochargeEvent",
    "SAFETReimbursementEvent",
    "SAFETReimbursementItem",
    "SellerDealPaymentEvent",
    "SellerReviewEnrollmentPaymentEvent",
    "ServiceFeeEvent",
    "ShipmentEvent",
    "ShipmentItem",
    "SolutionProviderCreditEvent",
    "TDSReimbursementEvent",
    "TaxWithheldComponent",
    "TaxWithholdingEvent",
    "TaxWithholdingPeriod",
    "TrialShipmentEvent",
    "ValueAddedServiceChargeEvent",
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
