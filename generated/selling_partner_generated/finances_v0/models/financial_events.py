from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    UNSET,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.adhoc_disbursement_event import AdhocDisbursementEvent
    from ..models.adjustment_event import AdjustmentEvent
    from ..models.affordability_expense_event import AffordabilityExpenseEvent
    from ..models.capacity_reservation_billing_event import (
        CapacityReservationBillingEvent,
    )
    from ..models.charge_refund_event import ChargeRefundEvent
    from ..models.coupon_payment_event import CouponPaymentEvent
    from ..models.debt_recovery_event import DebtRecoveryEvent
    from ..models.ebt_refund_reimbursement_only_event import (
        EBTRefundReimbursementOnlyEvent,
    )
    from ..models.failed_adhoc_disbursement_event import FailedAdhocDisbursementEvent
    from ..models.fba_liquidation_event import FBALiquidationEvent
    from ..models.imaging_services_fee_event import ImagingServicesFeeEvent
    from ..models.loan_servicing_event import LoanServicingEvent
    from ..models.network_commingling_transaction_event import (
        NetworkComminglingTransactionEvent,
    )
    from ..models.pay_with_amazon_event import PayWithAmazonEvent
    from ..models.product_ads_payment_event import ProductAdsPaymentEvent
    from ..models.removal_shipment_adjustment_event import (
        RemovalShipmentAdjustmentEvent,
    )
    from ..models.removal_shipment_event import RemovalShipmentEvent
    from ..models.rental_transaction_event import RentalTransactionEvent
    from ..models.retrocharge_event import RetrochargeEvent
    from ..models.safet_reimbursement_event import SAFETReimbursementEvent
    from ..models.seller_deal_payment_event import SellerDealPaymentEvent
    from ..models.seller_review_enrollment_payment_event import (
        SellerReviewEnrollmentPaymentEvent,
    )
    from ..models.service_fee_event import ServiceFeeEvent
    from ..models.shipment_event import ShipmentEvent
    from ..models.solution_provider_credit_event import SolutionProviderCreditEvent
    from ..models.tax_withholding_event import TaxWithholdingEvent
    from ..models.tds_reimbursement_event import TDSReimbursementEvent
    from ..models.trial_shipment_event import TrialShipmentEvent
    from ..models.value_added_service_charge_event import ValueAddedServiceChargeEvent


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        AdhocDisbursementEvent, \
        AdjustmentEvent, \
        AffordabilityExpenseEvent, \
        CapacityReservationBillingEvent, \
        ChargeRefundEvent, \
        CouponPaymentEvent, \
        DebtRecoveryEvent, \
        EBTRefundReimbursementOnlyEvent, \
        FailedAdhocDisbursementEvent, \
        FBALiquidationEvent, \
        ImagingServicesFeeEvent, \
        LoanServicingEvent, \
        NetworkComminglingTransactionEvent, \
        PayWithAmazonEvent, \
        ProductAdsPaymentEvent, \
        RemovalShipmentAdjustmentEvent, \
        RemovalShipmentEvent, \
        RentalTransactionEvent, \
        RetrochargeEvent, \
        SAFETReimbursementEvent, \
        SellerDealPaymentEvent, \
        SellerReviewEnrollmentPaymentEvent, \
        ServiceFeeEvent, \
        ShipmentEvent, \
        SolutionProviderCreditEvent, \
        TaxWithholdingEvent, \
        TDSReimbursementEvent, \
        TrialShipmentEvent, \
        ValueAddedServiceChargeEvent
    from ..models.adhoc_disbursement_event import AdhocDisbursementEvent
    from ..models.adjustment_event import AdjustmentEvent
    from ..models.affordability_expense_event import AffordabilityExpenseEvent
    from ..models.capacity_reservation_billing_event import (
        CapacityReservationBillingEvent,
    )
    from ..models.charge_refund_event import ChargeRefundEvent
    from ..models.coupon_payment_event import CouponPaymentEvent
    from ..models.debt_recovery_event import DebtRecoveryEvent
    from ..models.ebt_refund_reimbursement_only_event import (
        EBTRefundReimbursementOnlyEvent,
    )
    from ..models.failed_adhoc_disbursement_event import FailedAdhocDisbursementEvent
    from ..models.fba_liquidation_event import FBALiquidationEvent
    from ..models.imaging_services_fee_event import ImagingServicesFeeEvent
    from ..models.loan_servicing_event import LoanServicingEvent
    from ..models.network_commingling_transaction_event import (
        NetworkComminglingTransactionEvent,
    )
    from ..models.pay_with_amazon_event import PayWithAmazonEvent
    from ..models.product_ads_payment_event import ProductAdsPaymentEvent
    from ..models.removal_shipment_adjustment_event import (
        RemovalShipmentAdjustmentEvent,
    )
    from ..models.removal_shipment_event import RemovalShipmentEvent
    from ..models.rental_transaction_event import RentalTransactionEvent
    from ..models.retrocharge_event import RetrochargeEvent
    from ..models.safet_reimbursement_event import SAFETReimbursementEvent
    from ..models.seller_deal_payment_event import SellerDealPaymentEvent
    from ..models.seller_review_enrollment_payment_event import (
        SellerReviewEnrollmentPaymentEvent,
    )
    from ..models.service_fee_event import ServiceFeeEvent
    from ..models.shipment_event import ShipmentEvent
    from ..models.solution_provider_credit_event import SolutionProviderCreditEvent
    from ..models.tax_withholding_event import TaxWithholdingEvent
    from ..models.tds_reimbursement_event import TDSReimbursementEvent
    from ..models.trial_shipment_event import TrialShipmentEvent
    from ..models.value_added_service_charge_event import ValueAddedServiceChargeEvent

    _lazy_pending = False


T = TypeVar("T", bound="FinancialEvents")


@_attrs_define
class FinancialEvents:
    """
    Attributes:
        adhoc_disbursement_event_list (list[AdhocDisbursementEvent] | Unset):
        adjustment_event_list (list[AdjustmentEvent] | Unset):
        affordability_expense_event_list (list[AffordabilityExpenseEvent] | Unset):
        affordability_expense_reversal_event_list (list[AffordabilityExpenseEvent] | Unset):
        capacity_reservation_billing_event_list (list[CapacityReservationBillingEvent] | Unset):
        charge_refund_event_list (list[ChargeRefundEvent] | Unset):
        chargeback_event_list (list[ShipmentEvent] | Unset):
        coupon_payment_event_list (list[CouponPaymentEvent] | Unset):
        debt_recovery_event_list (list[DebtRecoveryEvent] | Unset):
        ebt_refund_reimbursement_only_event_list (list[EBTRefundReimbursementOnlyEvent] | Unset):
        fba_liquidation_event_list (list[FBALiquidationEvent] | Unset):
        failed_adhoc_disbursement_event_list (list[FailedAdhocDisbursementEvent] | Unset):
        guarantee_claim_event_list (list[ShipmentEvent] | Unset):
        imaging_services_fee_event_list (list[ImagingServicesFeeEvent] | Unset):
        loan_servicing_event_list (list[LoanServicingEvent] | Unset):
        network_commingling_transaction_event_list (list[NetworkComminglingTransactionEvent] | Unset):
        pay_with_amazon_event_list (list[PayWithAmazonEvent] | Unset):
        product_ads_payment_event_list (list[ProductAdsPaymentEvent] | Unset):
        refund_event_list (list[ShipmentEvent] | Unset):
        removal_shipment_adjustment_event_list (list[RemovalShipmentAdjustmentEvent] | Unset):
        removal_shipment_event_list (list[RemovalShipmentEvent] | Unset):
        rental_transaction_event_list (list[RentalTransactionEvent] | Unset):
        retrocharge_event_list (list[RetrochargeEvent] | Unset):
        safet_reimbursement_event_list (list[SAFETReimbursementEvent] | Unset):
        seller_deal_payment_event_list (list[SellerDealPaymentEvent] | Unset):
        seller_review_enrollment_payment_event_list (list[SellerReviewEnrollmentPaymentEvent] | Unset):
        service_fee_event_list (list[ServiceFeeEvent] | Unset):
        service_provider_credit_event_list (list[SolutionProviderCreditEvent] | Unset):
        shipment_event_list (list[ShipmentEvent] | Unset):
        shipment_settle_event_list (list[ShipmentEvent] | Unset):
        tds_reimbursement_event_list (list[TDSReimbursementEvent] | Unset):
        tax_withholding_event_list (list[TaxWithholdingEvent] | Unset):
        trial_shipment_event_list (list[TrialShipmentEvent] | Unset):
        value_added_service_charge_event_list (list[ValueAddedServiceChargeEvent] | Unset):
    """

    adhoc_disbursement_event_list: list[AdhocDisbursementEvent] | Unset = UNSET
    adjustment_event_list: list[AdjustmentEvent] | Unset = UNSET
    affordability_expense_event_list: list[AffordabilityExpenseEvent] | Unset = UNSET
    affordability_expense_reversal_event_list: (
        list[AffordabilityExpenseEvent] | Unset
    ) = UNSET
    capacity_reservation_billing_event_list: (
        list[CapacityReservationBillingEvent] | Unset
    ) = UNSET
    charge_refund_event_list: list[ChargeRefundEvent] | Unset = UNSET
    chargeback_event_list: list[ShipmentEvent] | Unset = UNSET
    coupon_payment_event_list: list[CouponPaymentEvent] | Unset = UNSET
    debt_recovery_event_list: list[DebtRecoveryEvent] | Unset = UNSET
    ebt_refund_reimbursement_only_event_list: (
        list[EBTRefundReimbursementOnlyEvent] | Unset
    ) = UNSET
    fba_liquidation_event_list: list[FBALiquidationEvent] | Unset = UNSET
    failed_adhoc_disbursement_event_list: list[FailedAdhocDisbursementEvent] | Unset = (
        UNSET
    )
    guarantee_claim_event_list: list[ShipmentEvent] | Unset = UNSET
    imaging_services_fee_event_list: list[ImagingServicesFeeEvent] | Unset = UNSET
    loan_servicing_event_list: list[LoanServicingEvent] | Unset = UNSET
    network_commingling_transaction_event_list: (
        list[NetworkComminglingTransactionEvent] | Unset
    ) = UNSET
    pay_with_amazon_event_list: list[PayWithAmazonEvent] | Unset = UNSET
    product_ads_payment_event_list: list[ProductAdsPaymentEvent] | Unset = UNSET
    refund_event_list: list[ShipmentEvent] | Unset = UNSET
    removal_shipment_adjustment_event_list: (
        list[RemovalShipmentAdjustmentEvent] | Unset
    ) = UNSET
    removal_shipment_event_list: list[RemovalShipmentEvent] | Unset = UNSET
    rental_transaction_event_list: list[RentalTransactionEvent] | Unset = UNSET
    retrocharge_event_list: list[RetrochargeEvent] | Unset = UNSET
    safet_reimbursement_event_list: list[SAFETReimbursementEvent] | Unset = UNSET
    seller_deal_payment_event_list: list[SellerDealPaymentEvent] | Unset = UNSET
    seller_review_enrollment_payment_event_list: (
        list[SellerReviewEnrollmentPaymentEvent] | Unset
    ) = UNSET
    service_fee_event_list: list[ServiceFeeEvent] | Unset = UNSET
    service_provider_credit_event_list: list[SolutionProviderCreditEvent] | Unset = (
        UNSET
    )
    shipment_event_list: list[ShipmentEvent] | Unset = UNSET
    shipment_settle_event_list: list[ShipmentEvent] | Unset = UNSET
    tds_reimbursement_event_list: list[TDSReimbursementEvent] | Unset = UNSET
    tax_withholding_event_list: list[TaxWithholdingEvent] | Unset = UNSET
    trial_shipment_event_list: list[TrialShipmentEvent] | Unset = UNSET
    value_added_service_charge_event_list: (
        list[ValueAddedServiceChargeEvent] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _parse_notes: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def __repr__(self) -> str:
        return model_repr(self)

    def __getattr__(self, name: str) -> Any:
        return absent(self, name)

    def __eq__(self, other: object) -> bool:
        return model_eq(self, other)

    def __getstate__(self) -> dict[str, Any]:
        return model_getstate(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        model_setstate(self, state)

    def to_dict(self) -> dict[str, Any]:
        if self._parse_notes is not None:
            return self._parse_notes.to_dict(self)
        if _lazy_pending:
            _load_lazy()
        adhoc_disbursement_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.adhoc_disbursement_event_list, Unset):
            adhoc_disbursement_event_list = []
            for (
                componentsschemas_adhoc_disbursement_event_list_item_data
            ) in self.adhoc_disbursement_event_list:
                componentsschemas_adhoc_disbursement_event_list_item = (
                    componentsschemas_adhoc_disbursement_event_list_item_data.to_dict()
                )
                adhoc_disbursement_event_list.append(
                    componentsschemas_adhoc_disbursement_event_list_item
                )

        adjustment_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.adjustment_event_list, Unset):
            adjustment_event_list = []
            for (
                componentsschemas_adjustment_event_list_item_data
            ) in self.adjustment_event_list:
                componentsschemas_adjustment_event_list_item = (
                    componentsschemas_adjustment_event_list_item_data.to_dict()
                )
                adjustment_event_list.append(
                    componentsschemas_adjustment_event_list_item
                )

        affordability_expense_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.affordability_expense_event_list, Unset):
            affordability_expense_event_list = []
            for (
                componentsschemas_affordability_expense_event_list_item_data
            ) in self.affordability_expense_event_list:
                componentsschemas_affordability_expense_event_list_item = componentsschemas_affordability_expense_event_list_item_data.to_dict()
                affordability_expense_event_list.append(
                    componentsschemas_affordability_expense_event_list_item
                )

        affordability_expense_reversal_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.affordability_expense_reversal_event_list, Unset):
            affordability_expense_reversal_event_list = []
            for (
                componentsschemas_affordability_expense_event_list_item_data
            ) in self.affordability_expense_reversal_event_list:
                componentsschemas_affordability_expense_event_list_item = componentsschemas_affordability_expense_event_list_item_data.to_dict()
                affordability_expense_reversal_event_list.append(
                    componentsschemas_affordability_expense_event_list_item
                )

        capacity_reservation_billing_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.capacity_reservation_billing_event_list, Unset):
            capacity_reservation_billing_event_list = []
            for (
                componentsschemas_capacity_reservation_billing_event_list_item_data
            ) in self.capacity_reservation_billing_event_list:
                componentsschemas_capacity_reservation_billing_event_list_item = componentsschemas_capacity_reservation_billing_event_list_item_data.to_dict()
                capacity_reservation_billing_event_list.append(
                    componentsschemas_capacity_reservation_billing_event_list_item
                )

        charge_refund_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.charge_refund_event_list, Unset):
            charge_refund_event_list = []
            for (
                componentsschemas_charge_refund_event_list_item_data
            ) in self.charge_refund_event_list:
                componentsschemas_charge_refund_event_list_item = (
                    componentsschemas_charge_refund_event_list_item_data.to_dict()
                )
                charge_refund_event_list.append(
                    componentsschemas_charge_refund_event_list_item
                )

        chargeback_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.chargeback_event_list, Unset):
            chargeback_event_list = []
            for (
                componentsschemas_shipment_event_list_item_data
            ) in self.chargeback_event_list:
                componentsschemas_shipment_event_list_item = (
                    componentsschemas_shipment_event_list_item_data.to_dict()
                )
                chargeback_event_list.append(componentsschemas_shipment_event_list_item)

        coupon_payment_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.coupon_payment_event_list, Unset):
            coupon_payment_event_list = []
            for (
                componentsschemas_coupon_payment_event_list_item_data
            ) in self.coupon_payment_event_list:
                componentsschemas_coupon_payment_event_list_item = (
                    componentsschemas_coupon_payment_event_list_item_data.to_dict()
                )
                coupon_payment_event_list.append(
                    componentsschemas_coupon_payment_event_list_item
                )

        debt_recovery_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.debt_recovery_event_list, Unset):
            debt_recovery_event_list = []
            for (
                componentsschemas_debt_recovery_event_list_item_data
            ) in self.debt_recovery_event_list:
                componentsschemas_debt_recovery_event_list_item = (
                    componentsschemas_debt_recovery_event_list_item_data.to_dict()
                )
                debt_recovery_event_list.append(
                    componentsschemas_debt_recovery_event_list_item
                )

        ebt_refund_reimbursement_only_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ebt_refund_reimbursement_only_event_list, Unset):
            ebt_refund_reimbursement_only_event_list = []
            for (
                componentsschemas_ebt_refund_reimbursement_only_event_list_item_data
            ) in self.ebt_refund_reimbursement_only_event_list:
                componentsschemas_ebt_refund_reimbursement_only_event_list_item = componentsschemas_ebt_refund_reimbursement_only_event_list_item_data.to_dict()
                ebt_refund_reimbursement_only_event_list.append(
                    componentsschemas_ebt_refund_reimbursement_only_event_list_item
                )

        fba_liquidation_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fba_liquidation_event_list, Unset):
            fba_liquidation_event_list = []
            for (
                componentsschemas_fba_liquidation_event_list_item_data
            ) in self.fba_liquidation_event_list:
                componentsschemas_fba_liquidation_event_list_item = (
                    componentsschemas_fba_liquidation_event_list_item_data.to_dict()
                )
                fba_liquidation_event_list.append(
                    componentsschemas_fba_liquidation_event_list_item
                )

        failed_adhoc_disbursement_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.failed_adhoc_disbursement_event_list, Unset):
            failed_adhoc_disbursement_event_list = []
            for (
                componentsschemas_failed_adhoc_disbursement_event_list_item_data
            ) in self.failed_adhoc_disbursement_event_list:
                componentsschemas_failed_adhoc_disbursement_event_list_item = componentsschemas_failed_adhoc_disbursement_event_list_item_data.to_dict()
                failed_adhoc_disbursement_event_list.append(
                    componentsschemas_failed_adhoc_disbursement_event_list_item
                )

        guarantee_claim_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.guarantee_claim_event_list, Unset):
            guarantee_claim_event_list = []
            for (
                componentsschemas_shipment_event_list_item_data
            ) in self.guarantee_claim_event_list:
                componentsschemas_shipment_event_list_item = (
                    componentsschemas_shipment_event_list_item_data.to_dict()
                )
                guarantee_claim_event_list.append(
                    componentsschemas_shipment_event_list_item
                )

        imaging_services_fee_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.imaging_services_fee_event_list, Unset):
            imaging_services_fee_event_list = []
            for (
                componentsschemas_imaging_services_fee_event_list_item_data
            ) in self.imaging_services_fee_event_list:
                componentsschemas_imaging_services_fee_event_list_item = componentsschemas_imaging_services_fee_event_list_item_data.to_dict()
                imaging_services_fee_event_list.append(
                    componentsschemas_imaging_services_fee_event_list_item
                )

        loan_servicing_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loan_servicing_event_list, Unset):
            loan_servicing_event_list = []
            for (
                componentsschemas_loan_servicing_event_list_item_data
            ) in self.loan_servicing_event_list:
                componentsschemas_loan_servicing_event_list_item = (
                    componentsschemas_loan_servicing_event_list_item_data.to_dict()
                )
                loan_servicing_event_list.append(
                    componentsschemas_loan_servicing_event_list_item
                )

        network_commingling_transaction_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.network_commingling_transaction_event_list, Unset):
            network_commingling_transaction_event_list = []
            for (
                componentsschemas_network_commingling_transaction_event_list_item_data
            ) in self.network_commingling_transaction_event_list:
                componentsschemas_network_commingling_transaction_event_list_item = componentsschemas_network_commingling_transaction_event_list_item_data.to_dict()
                network_commingling_transaction_event_list.append(
                    componentsschemas_network_commingling_transaction_event_list_item
                )

        pay_with_amazon_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pay_with_amazon_event_list, Unset):
            pay_with_amazon_event_list = []
            for (
                componentsschemas_pay_with_amazon_event_list_item_data
            ) in self.pay_with_amazon_event_list:
                componentsschemas_pay_with_amazon_event_list_item = (
                    componentsschemas_pay_with_amazon_event_list_item_data.to_dict()
                )
                pay_with_amazon_event_list.append(
                    componentsschemas_pay_with_amazon_event_list_item
                )

        product_ads_payment_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.product_ads_payment_event_list, Unset):
            product_ads_payment_event_list = []
            for (
                componentsschemas_product_ads_payment_event_list_item_data
            ) in self.product_ads_payment_event_list:
                componentsschemas_product_ads_payment_event_list_item = (
                    componentsschemas_product_ads_payment_event_list_item_data.to_dict()
                )
                product_ads_payment_event_list.append(
                    componentsschemas_product_ads_payment_event_list_item
                )

        refund_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.refund_event_list, Unset):
            refund_event_list = []
            for (
                componentsschemas_shipment_event_list_item_data
            ) in self.refund_event_list:
                componentsschemas_shipment_event_list_item = (
                    componentsschemas_shipment_event_list_item_data.to_dict()
                )
                refund_event_list.append(componentsschemas_shipment_event_list_item)

        removal_shipment_adjustment_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.removal_shipment_adjustment_event_list, Unset):
            removal_shipment_adjustment_event_list = []
            for (
                componentsschemas_removal_shipment_adjustment_event_list_item_data
            ) in self.removal_shipment_adjustment_event_list:
                componentsschemas_removal_shipment_adjustment_event_list_item = componentsschemas_removal_shipment_adjustment_event_list_item_data.to_dict()
                removal_shipment_adjustment_event_list.append(
                    componentsschemas_removal_shipment_adjustment_event_list_item
                )

        removal_shipment_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.removal_shipment_event_list, Unset):
            removal_shipment_event_list = []
            for (
                componentsschemas_removal_shipment_event_list_item_data
            ) in self.removal_shipment_event_list:
                componentsschemas_removal_shipment_event_list_item = (
                    componentsschemas_removal_shipment_event_list_item_data.to_dict()
                )
                removal_shipment_event_list.append(
                    componentsschemas_removal_shipment_event_list_item
                )

        rental_transaction_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rental_transaction_event_list, Unset):
            rental_transaction_event_list = []
            for (
                componentsschemas_rental_transaction_event_list_item_data
            ) in self.rental_transaction_event_list:
                componentsschemas_rental_transaction_event_list_item = (
                    componentsschemas_rental_transaction_event_list_item_data.to_dict()
                )
                rental_transaction_event_list.append(
                    componentsschemas_rental_transaction_event_list_item
                )

        retrocharge_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.retrocharge_event_list, Unset):
            retrocharge_event_list = []
            for (
                componentsschemas_retrocharge_event_list_item_data
            ) in self.retrocharge_event_list:
                componentsschemas_retrocharge_event_list_item = (
                    componentsschemas_retrocharge_event_list_item_data.to_dict()
                )
                retrocharge_event_list.append(
                    componentsschemas_retrocharge_event_list_item
                )

        safet_reimbursement_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.safet_reimbursement_event_list, Unset):
            safet_reimbursement_event_list = []
            for (
                componentsschemas_safet_reimbursement_event_list_item_data
            ) in self.safet_reimbursement_event_list:
                componentsschemas_safet_reimbursement_event_list_item = (
                    componentsschemas_safet_reimbursement_event_list_item_data.to_dict()
                )
                safet_reimbursement_event_list.append(
                    componentsschemas_safet_reimbursement_event_list_item
                )

        seller_deal_payment_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.seller_deal_payment_event_list, Unset):
            seller_deal_payment_event_list = []
            for (
                componentsschemas_seller_deal_payment_event_list_item_data
            ) in self.seller_deal_payment_event_list:
                componentsschemas_seller_deal_payment_event_list_item = (
                    componentsschemas_seller_deal_payment_event_list_item_data.to_dict()
                )
                seller_deal_payment_event_list.append(
                    componentsschemas_seller_deal_payment_event_list_item
                )

        seller_review_enrollment_payment_event_list: list[dict[str, Any]] | Unset = (
            UNSET
        )
        if not isinstance(self.seller_review_enrollment_payment_event_list, Unset):
            seller_review_enrollment_payment_event_list = []
            for (
                componentsschemas_seller_review_enrollment_payment_event_list_item_data
            ) in self.seller_review_enrollment_payment_event_list:
                componentsschemas_seller_review_enrollment_payment_event_list_item = componentsschemas_seller_review_enrollment_payment_event_list_item_data.to_dict()
                seller_review_enrollment_payment_event_list.append(
                    componentsschemas_seller_review_enrollment_payment_event_list_item
                )

        service_fee_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.service_fee_event_list, Unset):
            service_fee_event_list = []
            for (
                componentsschemas_service_fee_event_list_item_data
            ) in self.service_fee_event_list:
                componentsschemas_service_fee_event_list_item = (
                    componentsschemas_service_fee_event_list_item_data.to_dict()
                )
                service_fee_event_list.append(
                    componentsschemas_service_fee_event_list_item
                )

        service_provider_credit_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.service_provider_credit_event_list, Unset):
            service_provider_credit_event_list = []
            for (
                componentsschemas_solution_provider_credit_event_list_item_data
            ) in self.service_provider_credit_event_list:
                componentsschemas_solution_provider_credit_event_list_item = componentsschemas_solution_provider_credit_event_list_item_data.to_dict()
                service_provider_credit_event_list.append(
                    componentsschemas_solution_provider_credit_event_list_item
                )

        shipment_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipment_event_list, Unset):
            shipment_event_list = []
            for (
                componentsschemas_shipment_event_list_item_data
            ) in self.shipment_event_list:
                componentsschemas_shipment_event_list_item = (
                    componentsschemas_shipment_event_list_item_data.to_dict()
                )
                shipment_event_list.append(componentsschemas_shipment_event_list_item)

        shipment_settle_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipment_settle_event_list, Unset):
            shipment_settle_event_list = []
            for (
                componentsschemas_shipment_settle_event_list_item_data
            ) in self.shipment_settle_event_list:
                componentsschemas_shipment_settle_event_list_item = (
                    componentsschemas_shipment_settle_event_list_item_data.to_dict()
                )
                shipment_settle_event_list.append(
                    componentsschemas_shipment_settle_event_list_item
                )

        tds_reimbursement_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tds_reimbursement_event_list, Unset):
            tds_reimbursement_event_list = []
            for (
                componentsschemas_tds_reimbursement_event_list_item_data
            ) in self.tds_reimbursement_event_list:
                componentsschemas_tds_reimbursement_event_list_item = (
                    componentsschemas_tds_reimbursement_event_list_item_data.to_dict()
                )
                tds_reimbursement_event_list.append(
                    componentsschemas_tds_reimbursement_event_list_item
                )

        tax_withholding_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_withholding_event_list, Unset):
            tax_withholding_event_list = []
            for (
                componentsschemas_tax_withholding_event_list_item_data
            ) in self.tax_withholding_event_list:
                componentsschemas_tax_withholding_event_list_item = (
                    componentsschemas_tax_withholding_event_list_item_data.to_dict()
                )
                tax_withholding_event_list.append(
                    componentsschemas_tax_withholding_event_list_item
                )

        trial_shipment_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trial_shipment_event_list, Unset):
            trial_shipment_event_list = []
            for (
                componentsschemas_trial_shipment_event_list_item_data
            ) in self.trial_shipment_event_list:
                componentsschemas_trial_shipment_event_list_item = (
                    componentsschemas_trial_shipment_event_list_item_data.to_dict()
                )
                trial_shipment_event_list.append(
                    componentsschemas_trial_shipment_event_list_item
                )

        value_added_service_charge_event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.value_added_service_charge_event_list, Unset):
            value_added_service_charge_event_list = []
            for (
                componentsschemas_value_added_service_charge_event_list_item_data
            ) in self.value_added_service_charge_event_list:
                componentsschemas_value_added_service_charge_event_list_item = componentsschemas_value_added_service_charge_event_list_item_data.to_dict()
                value_added_service_charge_event_list.append(
                    componentsschemas_value_added_service_charge_event_list_item
                )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if adhoc_disbursement_event_list is not UNSET:
            field_dict["AdhocDisbursementEventList"] = adhoc_disbursement_event_list
        if adjustment_event_list is not UNSET:
            field_dict["AdjustmentEventList"] = adjustment_event_list
        if affordability_expense_event_list is not UNSET:
            field_dict["AffordabilityExpenseEventList"] = (
                affordability_expense_event_list
            )
        if affordability_expense_reversal_event_list is not UNSET:
            field_dict["AffordabilityExpenseReversalEventList"] = (
                affordability_expense_reversal_event_list
            )
        if capacity_reservation_billing_event_list is not UNSET:
            field_dict["CapacityReservationBillingEventList"] = (
                capacity_reservation_billing_event_list
            )
        if charge_refund_event_list is not UNSET:
            field_dict["ChargeRefundEventList"] = charge_refund_event_list
        if chargeback_event_list is not UNSET:
            field_dict["ChargebackEventList"] = chargeback_event_list
        if coupon_payment_event_list is not UNSET:
            field_dict["CouponPaymentEventList"] = coupon_payment_event_list
        if debt_recovery_event_list is not UNSET:
            field_dict["DebtRecoveryEventList"] = debt_recovery_event_list
        if ebt_refund_reimbursement_only_event_list is not UNSET:
            field_dict["EBTRefundReimbursementOnlyEventList"] = (
                ebt_refund_reimbursement_only_event_list
            )
        if fba_liquidation_event_list is not UNSET:
            field_dict["FBALiquidationEventList"] = fba_liquidation_event_list
        if failed_adhoc_disbursement_event_list is not UNSET:
            field_dict["FailedAdhocDisbursementEventList"] = (
                failed_adhoc_disbursement_event_list
            )
        if guarantee_claim_event_list is not UNSET:
            field_dict["GuaranteeClaimEventList"] = guarantee_claim_event_list
        if imaging_services_fee_event_list is not UNSET:
            field_dict["ImagingServicesFeeEventList"] = imaging_services_fee_event_list
        if loan_servicing_event_list is not UNSET:
            field_dict["LoanServicingEventList"] = loan_servicing_event_list
        if network_commingling_transaction_event_list is not UNSET:
            field_dict["NetworkComminglingTransactionEventList"] = (
                network_commingling_transaction_event_list
            )
        if pay_with_amazon_event_list is not UNSET:
            field_dict["PayWithAmazonEventList"] = pay_with_amazon_event_list
        if product_ads_payment_event_list is not UNSET:
            field_dict["ProductAdsPaymentEventList"] = product_ads_payment_event_list
        if refund_event_list is not UNSET:
            field_dict["RefundEventList"] = refund_event_list
        if removal_shipment_adjustment_event_list is not UNSET:
            field_dict["RemovalShipmentAdjustmentEventList"] = (
                removal_shipment_adjustment_event_list
            )
        if removal_shipment_event_list is not UNSET:
            field_dict["RemovalShipmentEventList"] = removal_shipment_event_list
        if rental_transaction_event_list is not UNSET:
            field_dict["RentalTransactionEventList"] = rental_transaction_event_list
        if retrocharge_event_list is not UNSET:
            field_dict["RetrochargeEventList"] = retrocharge_event_list
        if safet_reimbursement_event_list is not UNSET:
            field_dict["SAFETReimbursementEventList"] = safet_reimbursement_event_list
        if seller_deal_payment_event_list is not UNSET:
            field_dict["SellerDealPaymentEventList"] = seller_deal_payment_event_list
        if seller_review_enrollment_payment_event_list is not UNSET:
            field_dict["SellerReviewEnrollmentPaymentEventList"] = (
                seller_review_enrollment_payment_event_list
            )
        if service_fee_event_list is not UNSET:
            field_dict["ServiceFeeEventList"] = service_fee_event_list
        if service_provider_credit_event_list is not UNSET:
            field_dict["ServiceProviderCreditEventList"] = (
                service_provider_credit_event_list
            )
        if shipment_event_list is not UNSET:
            field_dict["ShipmentEventList"] = shipment_event_list
        if shipment_settle_event_list is not UNSET:
            field_dict["ShipmentSettleEventList"] = shipment_settle_event_list
        if tds_reimbursement_event_list is not UNSET:
            field_dict["TDSReimbursementEventList"] = tds_reimbursement_event_list
        if tax_withholding_event_list is not UNSET:
            field_dict["TaxWithholdingEventList"] = tax_withholding_event_list
        if trial_shipment_event_list is not UNSET:
            field_dict["TrialShipmentEventList"] = trial_shipment_event_list
        if value_added_service_charge_event_list is not UNSET:
            field_dict["ValueAddedServiceChargeEventList"] = (
                value_added_service_charge_event_list
            )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.adhoc_disbursement_event import AdhocDisbursementEvent
        from ..models.adjustment_event import AdjustmentEvent
        from ..models.affordability_expense_event import AffordabilityExpenseEvent
        from ..models.capacity_reservation_billing_event import (
            CapacityReservationBillingEvent,
        )
        from ..models.charge_refund_event import ChargeRefundEvent
        from ..models.coupon_payment_event import CouponPaymentEvent
        from ..models.debt_recovery_event import DebtRecoveryEvent
        from ..models.ebt_refund_reimbursement_only_event import (
            EBTRefundReimbursementOnlyEvent,
        )
        from ..models.failed_adhoc_disbursement_event import (
            FailedAdhocDisbursementEvent,
        )
        from ..models.fba_liquidation_event import FBALiquidationEvent
        from ..models.imaging_services_fee_event import ImagingServicesFeeEvent
        from ..models.loan_servicing_event import LoanServicingEvent
        from ..models.network_commingling_transaction_event import (
            NetworkComminglingTransactionEvent,
        )
        from ..models.pay_with_amazon_event import PayWithAmazonEvent
        from ..models.product_ads_payment_event import ProductAdsPaymentEvent
        from ..models.removal_shipment_adjustment_event import (
            RemovalShipmentAdjustmentEvent,
        )
        from ..models.removal_shipment_event import RemovalShipmentEvent
        from ..models.rental_transaction_event import RentalTransactionEvent
        from ..models.retrocharge_event import RetrochargeEvent
        from ..models.safet_reimbursement_event import SAFETReimbursementEvent
        from ..models.seller_deal_payment_event import SellerDealPaymentEvent
        from ..models.seller_review_enrollment_payment_event import (
            SellerReviewEnrollmentPaymentEvent,
        )
        from ..models.service_fee_event import ServiceFeeEvent
        from ..models.shipment_event import ShipmentEvent
        from ..models.solution_provider_credit_event import SolutionProviderCreditEvent
        from ..models.tax_withholding_event import TaxWithholdingEvent
        from ..models.tds_reimbursement_event import TDSReimbursementEvent
        from ..models.trial_shipment_event import TrialShipmentEvent
        from ..models.value_added_service_charge_event import (
            ValueAddedServiceChargeEvent,
        )

        return (
            (
                (
                    "AdhocDisbursementEventList",
                    "adhoc_disbursement_event_list",
                    False,
                    ("list", ("model", AdhocDisbursementEvent)),
                ),
                (
                    "AdjustmentEventList",
                    "adjustment_event_list",
                    False,
                    ("list", ("model", AdjustmentEvent)),
                ),
                (
                    "AffordabilityExpenseEventList",
                    "affordability_expense_event_list",
                    False,
                    ("list", ("model", AffordabilityExpenseEvent)),
                ),
                (
                    "AffordabilityExpenseReversalEventList",
                    "affordability_expense_reversal_event_list",
                    False,
                    ("list", ("model", AffordabilityExpenseEvent)),
                ),
                (
                    "CapacityReservationBillingEventList",
                    "capacity_reservation_billing_event_list",
                    False,
                    ("list", ("model", CapacityReservationBillingEvent)),
                ),
                (
                    "ChargeRefundEventList",
                    "charge_refund_event_list",
                    False,
                    ("list", ("model", ChargeRefundEvent)),
                ),
                (
                    "ChargebackEventList",
                    "chargeback_event_list",
                    False,
                    ("list", ("model", ShipmentEvent)),
                ),
                (
                    "CouponPaymentEventList",
                    "coupon_payment_event_list",
                    False,
                    ("list", ("model", CouponPaymentEvent)),
                ),
                (
                    "DebtRecoveryEventList",
                    "debt_recovery_event_list",
                    False,
                    ("list", ("model", DebtRecoveryEvent)),
                ),
                (
                    "EBTRefundReimbursementOnlyEventList",
                    "ebt_refund_reimbursement_only_event_list",
                    False,
                    ("list", ("model", EBTRefundReimbursementOnlyEvent)),
                ),
                (
                    "FBALiquidationEventList",
                    "fba_liquidation_event_list",
                    False,
                    ("list", ("model", FBALiquidationEvent)),
                ),
                (
                    "FailedAdhocDisbursementEventList",
                    "failed_adhoc_disbursement_event_list",
                    False,
                    ("list", ("model", FailedAdhocDisbursementEvent)),
                ),
                (
                    "GuaranteeClaimEventList",
                    "guarantee_claim_event_list",
                    False,
                    ("list", ("model", ShipmentEvent)),
                ),
                (
                    "ImagingServicesFeeEventList",
                    "imaging_services_fee_event_list",
                    False,
                    ("list", ("model", ImagingServicesFeeEvent)),
                ),
                (
                    "LoanServicingEventList",
                    "loan_servicing_event_list",
                    False,
                    ("list", ("model", LoanServicingEvent)),
                ),
                (
                    "NetworkComminglingTransactionEventList",
                    "network_commingling_transaction_event_list",
                    False,
                    ("list", ("model", NetworkComminglingTransactionEvent)),
                ),
                (
                    "PayWithAmazonEventList",
                    "pay_with_amazon_event_list",
                    False,
                    ("list", ("model", PayWithAmazonEvent)),
                ),
                (
                    "ProductAdsPaymentEventList",
                    "product_ads_payment_event_list",
                    False,
                    ("list", ("model", ProductAdsPaymentEvent)),
                ),
                (
                    "RefundEventList",
                    "refund_event_list",
                    False,
                    ("list", ("model", ShipmentEvent)),
                ),
                (
                    "RemovalShipmentAdjustmentEventList",
                    "removal_shipment_adjustment_event_list",
                    False,
                    ("list", ("model", RemovalShipmentAdjustmentEvent)),
                ),
                (
                    "RemovalShipmentEventList",
                    "removal_shipment_event_list",
                    False,
                    ("list", ("model", RemovalShipmentEvent)),
                ),
                (
                    "RentalTransactionEventList",
                    "rental_transaction_event_list",
                    False,
                    ("list", ("model", RentalTransactionEvent)),
                ),
                (
                    "RetrochargeEventList",
                    "retrocharge_event_list",
                    False,
                    ("list", ("model", RetrochargeEvent)),
                ),
                (
                    "SAFETReimbursementEventList",
                    "safet_reimbursement_event_list",
                    False,
                    ("list", ("model", SAFETReimbursementEvent)),
                ),
                (
                    "SellerDealPaymentEventList",
                    "seller_deal_payment_event_list",
                    False,
                    ("list", ("model", SellerDealPaymentEvent)),
                ),
                (
                    "SellerReviewEnrollmentPaymentEventList",
                    "seller_review_enrollment_payment_event_list",
                    False,
                    ("list", ("model", SellerReviewEnrollmentPaymentEvent)),
                ),
                (
                    "ServiceFeeEventList",
                    "service_fee_event_list",
                    False,
                    ("list", ("model", ServiceFeeEvent)),
                ),
                (
                    "ServiceProviderCreditEventList",
                    "service_provider_credit_event_list",
                    False,
                    ("list", ("model", SolutionProviderCreditEvent)),
                ),
                (
                    "ShipmentEventList",
                    "shipment_event_list",
                    False,
                    ("list", ("model", ShipmentEvent)),
                ),
                (
                    "ShipmentSettleEventList",
                    "shipment_settle_event_list",
                    False,
                    ("list", ("model", ShipmentEvent)),
                ),
                (
                    "TDSReimbursementEventList",
                    "tds_reimbursement_event_list",
                    False,
                    ("list", ("model", TDSReimbursementEvent)),
                ),
                (
                    "TaxWithholdingEventList",
                    "tax_withholding_event_list",
                    False,
                    ("list", ("model", TaxWithholdingEvent)),
                ),
                (
                    "TrialShipmentEventList",
                    "trial_shipment_event_list",
                    False,
                    ("list", ("model", TrialShipmentEvent)),
                ),
                (
                    "ValueAddedServiceChargeEventList",
                    "value_added_service_charge_event_list",
                    False,
                    ("list", ("model", ValueAddedServiceChargeEvent)),
                ),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        if _lazy_pending:
            _load_lazy()
        d = dict(src_dict)
        _adhoc_disbursement_event_list = d.pop("AdhocDisbursementEventList", UNSET)
        adhoc_disbursement_event_list = (
            UNSET
            if _adhoc_disbursement_event_list is UNSET
            else [
                AdhocDisbursementEvent.from_dict(_item)
                for _item in _adhoc_disbursement_event_list
            ]
        )

        _adjustment_event_list = d.pop("AdjustmentEventList", UNSET)
        adjustment_event_list = (
            UNSET
            if _adjustment_event_list is UNSET
            else [AdjustmentEvent.from_dict(_item) for _item in _adjustment_event_list]
        )

        _affordability_expense_event_list = d.pop(
            "AffordabilityExpenseEventList", UNSET
        )
        affordability_expense_event_list = (
            UNSET
            if _affordability_expense_event_list is UNSET
            else [
                AffordabilityExpenseEvent.from_dict(_item)
                for _item in _affordability_expense_event_list
            ]
        )

        _affordability_expense_reversal_event_list = d.pop(
            "AffordabilityExpenseReversalEventList", UNSET
        )
        affordability_expense_reversal_event_list = (
            UNSET
            if _affordability_expense_reversal_event_list is UNSET
            else [
                AffordabilityExpenseEvent.from_dict(_item)
                for _item in _affordability_expense_reversal_event_list
            ]
        )

        _capacity_reservation_billing_event_list = d.pop(
            "CapacityReservationBillingEventList", UNSET
        )
        capacity_reservation_billing_event_list = (
            UNSET
            if _capacity_reservation_billing_event_list is UNSET
            else [
                CapacityReservationBillingEvent.from_dict(_item)
                for _item in _capacity_reservation_billing_event_list
            ]
        )

        _charge_refund_event_list = d.pop("ChargeRefundEventList", UNSET)
        charge_refund_event_list = (
            UNSET
            if _charge_refund_event_list is UNSET
            else [
                ChargeRefundEvent.from_dict(_item)
                for _item in _charge_refund_event_list
            ]
        )

        _chargeback_event_list = d.pop("ChargebackEventList", UNSET)
        chargeback_event_list = (
            UNSET
            if _chargeback_event_list is UNSET
            else [ShipmentEvent.from_dict(_item) for _item in _chargeback_event_list]
        )

        _coupon_payment_event_list = d.pop("CouponPaymentEventList", UNSET)
        coupon_payment_event_list = (
            UNSET
            if _coupon_payment_event_list is UNSET
            else [
                CouponPaymentEvent.from_dict(_item)
                for _item in _coupon_payment_event_list
            ]
        )

        _debt_recovery_event_list = d.pop("DebtRecoveryEventList", UNSET)
        debt_recovery_event_list = (
            UNSET
            if _debt_recovery_event_list is UNSET
            else [
                DebtRecoveryEvent.from_dict(_item)
                for _item in _debt_recovery_event_list
            ]
        )

        _ebt_refund_reimbursement_only_event_list = d.pop(
            "EBTRefundReimbursementOnlyEventList", UNSET
        )
        ebt_refund_reimbursement_only_event_list = (
            UNSET
            if _ebt_refund_reimbursement_only_event_list is UNSET
            else [
                EBTRefundReimbursementOnlyEvent.from_dict(_item)
                for _item in _ebt_refund_reimbursement_only_event_list
            ]
        )

        _fba_liquidation_event_list = d.pop("FBALiquidationEventList", UNSET)
        fba_liquidation_event_list = (
            UNSET
            if _fba_liquidation_event_list is UNSET
            else [
                FBALiquidationEvent.from_dict(_item)
                for _item in _fba_liquidation_event_list
            ]
        )

        _failed_adhoc_disbursement_event_list = d.pop(
            "FailedAdhocDisbursementEventList", UNSET
        )
        failed_adhoc_disbursement_event_list = (
            UNSET
            if _failed_adhoc_disbursement_event_list is UNSET
            else [
                FailedAdhocDisbursementEvent.from_dict(_item)
                for _item in _failed_adhoc_disbursement_event_list
            ]
        )

        _guarantee_claim_event_list = d.pop("GuaranteeClaimEventList", UNSET)
        guarantee_claim_event_list = (
            UNSET
            if _guarantee_claim_event_list is UNSET
            else [
                ShipmentEvent.from_dict(_item) for _item in _guarantee_claim_event_list
            ]
        )

        _imaging_services_fee_event_list = d.pop("ImagingServicesFeeEventList", UNSET)
        imaging_services_fee_event_list = (
            UNSET
            if _imaging_services_fee_event_list is UNSET
            else [
                ImagingServicesFeeEvent.from_dict(_item)
                for _item in _imaging_services_fee_event_list
            ]
        )

        _loan_servicing_event_list = d.pop("LoanServicingEventList", UNSET)
        loan_servicing_event_list = (
            UNSET
            if _loan_servicing_event_list is UNSET
            else [
                LoanServicingEvent.from_dict(_item)
                for _item in _loan_servicing_event_list
            ]
        )

        _network_commingling_transaction_event_list = d.pop(
            "NetworkComminglingTransactionEventList", UNSET
        )
        network_commingling_transaction_event_list = (
            UNSET
            if _network_commingling_transaction_event_list is UNSET
            else [
                NetworkComminglingTransactionEvent.from_dict(_item)
                for _item in _network_commingling_transaction_event_list
            ]
        )

        _pay_with_amazon_event_list = d.pop("PayWithAmazonEventList", UNSET)
        pay_with_amazon_event_list = (
            UNSET
            if _pay_with_amazon_event_list is UNSET
            else [
                PayWithAmazonEvent.from_dict(_item)
                for _item in _pay_with_amazon_event_list
            ]
        )

        _product_ads_payment_event_list = d.pop("ProductAdsPaymentEventList", UNSET)
        product_ads_payment_event_list = (
            UNSET
            if _product_ads_payment_event_list is UNSET
            else [
                ProductAdsPaymentEvent.from_dict(_item)
                for _item in _product_ads_payment_event_list
            ]
        )

        _refund_event_list = d.pop("RefundEventList", UNSET)
        refund_event_list = (
            UNSET
            if _refund_event_list is UNSET
            else [ShipmentEvent.from_dict(_item) for _item in _refund_event_list]
        )

        _removal_shipment_adjustment_event_list = d.pop(
            "RemovalShipmentAdjustmentEventList", UNSET
        )
        removal_shipment_adjustment_event_list = (
            UNSET
            if _removal_shipment_adjustment_event_list is UNSET
            else [
                RemovalShipmentAdjustmentEvent.from_dict(_item)
                for _item in _removal_shipment_adjustment_event_list
            ]
        )

        _removal_shipment_event_list = d.pop("RemovalShipmentEventList", UNSET)
        removal_shipment_event_list = (
            UNSET
            if _removal_shipment_event_list is UNSET
            else [
                RemovalShipmentEvent.from_dict(_item)
                for _item in _removal_shipment_event_list
            ]
        )

        _rental_transaction_event_list = d.pop("RentalTransactionEventList", UNSET)
        rental_transaction_event_list = (
            UNSET
            if _rental_transaction_event_list is UNSET
            else [
                RentalTransactionEvent.from_dict(_item)
                for _item in _rental_transaction_event_list
            ]
        )

        _retrocharge_event_list = d.pop("RetrochargeEventList", UNSET)
        retrocharge_event_list = (
            UNSET
            if _retrocharge_event_list is UNSET
            else [
                RetrochargeEvent.from_dict(_item) for _item in _retrocharge_event_list
            ]
        )

        _safet_reimbursement_event_list = d.pop("SAFETReimbursementEventList", UNSET)
        safet_reimbursement_event_list = (
            UNSET
            if _safet_reimbursement_event_list is UNSET
            else [
                SAFETReimbursementEvent.from_dict(_item)
                for _item in _safet_reimbursement_event_list
            ]
        )

        _seller_deal_payment_event_list = d.pop("SellerDealPaymentEventList", UNSET)
        seller_deal_payment_event_list = (
            UNSET
            if _seller_deal_payment_event_list is UNSET
            else [
                SellerDealPaymentEvent.from_dict(_item)
                for _item in _seller_deal_payment_event_list
            ]
        )

        _seller_review_enrollment_payment_event_list = d.pop(
            "SellerReviewEnrollmentPaymentEventList", UNSET
        )
        seller_review_enrollment_payment_event_list = (
            UNSET
            if _seller_review_enrollment_payment_event_list is UNSET
            else [
                SellerReviewEnrollmentPaymentEvent.from_dict(_item)
                for _item in _seller_review_enrollment_payment_event_list
            ]
        )

        _service_fee_event_list = d.pop("ServiceFeeEventList", UNSET)
        service_fee_event_list = (
            UNSET
            if _service_fee_event_list is UNSET
            else [ServiceFeeEvent.from_dict(_item) for _item in _service_fee_event_list]
        )

        _service_provider_credit_event_list = d.pop(
            "ServiceProviderCreditEventList", UNSET
        )
        service_provider_credit_event_list = (
            UNSET
            if _service_provider_credit_event_list is UNSET
            else [
                SolutionProviderCreditEvent.from_dict(_item)
                for _item in _service_provider_credit_event_list
            ]
        )

        _shipment_event_list = d.pop("ShipmentEventList", UNSET)
        shipment_event_list = (
            UNSET
            if _shipment_event_list is UNSET
            else [ShipmentEvent.from_dict(_item) for _item in _shipment_event_list]
        )

        _shipment_settle_event_list = d.pop("ShipmentSettleEventList", UNSET)
        shipment_settle_event_list = (
            UNSET
            if _shipment_settle_event_list is UNSET
            else [
                ShipmentEvent.from_dict(_item) for _item in _shipment_settle_event_list
            ]
        )

        _tds_reimbursement_event_list = d.pop("TDSReimbursementEventList", UNSET)
        tds_reimbursement_event_list = (
            UNSET
            if _tds_reimbursement_event_list is UNSET
            else [
                TDSReimbursementEvent.from_dict(_item)
                for _item in _tds_reimbursement_event_list
            ]
        )

        _tax_withholding_event_list = d.pop("TaxWithholdingEventList", UNSET)
        tax_withholding_event_list = (
            UNSET
            if _tax_withholding_event_list is UNSET
            else [
                TaxWithholdingEvent.from_dict(_item)
                for _item in _tax_withholding_event_list
            ]
        )

        _trial_shipment_event_list = d.pop("TrialShipmentEventList", UNSET)
        trial_shipment_event_list = (
            UNSET
            if _trial_shipment_event_list is UNSET
            else [
                TrialShipmentEvent.from_dict(_item)
                for _item in _trial_shipment_event_list
            ]
        )

        _value_added_service_charge_event_list = d.pop(
            "ValueAddedServiceChargeEventList", UNSET
        )
        value_added_service_charge_event_list = (
            UNSET
            if _value_added_service_charge_event_list is UNSET
            else [
                ValueAddedServiceChargeEvent.from_dict(_item)
                for _item in _value_added_service_charge_event_list
            ]
        )

        if cls is FinancialEvents:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.adhoc_disbursement_event_list = adhoc_disbursement_event_list
            _built.adjustment_event_list = adjustment_event_list
            _built.affordability_expense_event_list = affordability_expense_event_list
            _built.affordability_expense_reversal_event_list = (
                affordability_expense_reversal_event_list
            )
            _built.capacity_reservation_billing_event_list = (
                capacity_reservation_billing_event_list
            )
            _built.charge_refund_event_list = charge_refund_event_list
            _built.chargeback_event_list = chargeback_event_list
            _built.coupon_payment_event_list = coupon_payment_event_list
            _built.debt_recovery_event_list = debt_recovery_event_list
            _built.ebt_refund_reimbursement_only_event_list = (
                ebt_refund_reimbursement_only_event_list
            )
            _built.fba_liquidation_event_list = fba_liquidation_event_list
            _built.failed_adhoc_disbursement_event_list = (
                failed_adhoc_disbursement_event_list
            )
            _built.guarantee_claim_event_list = guarantee_claim_event_list
            _built.imaging_services_fee_event_list = imaging_services_fee_event_list
            _built.loan_servicing_event_list = loan_servicing_event_list
            _built.network_commingling_transaction_event_list = (
                network_commingling_transaction_event_list
            )
            _built.pay_with_amazon_event_list = pay_with_amazon_event_list
            _built.product_ads_payment_event_list = product_ads_payment_event_list
            _built.refund_event_list = refund_event_list
            _built.removal_shipment_adjustment_event_list = (
                removal_shipment_adjustment_event_list
            )
            _built.removal_shipment_event_list = removal_shipment_event_list
            _built.rental_transaction_event_list = rental_transaction_event_list
            _built.retrocharge_event_list = retrocharge_event_list
            _built.safet_reimbursement_event_list = safet_reimbursement_event_list
            _built.seller_deal_payment_event_list = seller_deal_payment_event_list
            _built.seller_review_enrollment_payment_event_list = (
                seller_review_enrollment_payment_event_list
            )
            _built.service_fee_event_list = service_fee_event_list
            _built.service_provider_credit_event_list = (
                service_provider_credit_event_list
            )
            _built.shipment_event_list = shipment_event_list
            _built.shipment_settle_event_list = shipment_settle_event_list
            _built.tds_reimbursement_event_list = tds_reimbursement_event_list
            _built.tax_withholding_event_list = tax_withholding_event_list
            _built.trial_shipment_event_list = trial_shipment_event_list
            _built.value_added_service_charge_event_list = (
                value_added_service_charge_event_list
            )
            _built._parse_notes = None
            financial_events = _built
        else:  # a subclass: its own __init__ runs
            financial_events = cls(
                adhoc_disbursement_event_list=adhoc_disbursement_event_list,
                adjustment_event_list=adjustment_event_list,
                affordability_expense_event_list=affordability_expense_event_list,
                affordability_expense_reversal_event_list=affordability_expense_reversal_event_list,
                capacity_reservation_billing_event_list=capacity_reservation_billing_event_list,
                charge_refund_event_list=charge_refund_event_list,
                chargeback_event_list=chargeback_event_list,
                coupon_payment_event_list=coupon_payment_event_list,
                debt_recovery_event_list=debt_recovery_event_list,
                ebt_refund_reimbursement_only_event_list=ebt_refund_reimbursement_only_event_list,
                fba_liquidation_event_list=fba_liquidation_event_list,
                failed_adhoc_disbursement_event_list=failed_adhoc_disbursement_event_list,
                guarantee_claim_event_list=guarantee_claim_event_list,
                imaging_services_fee_event_list=imaging_services_fee_event_list,
                loan_servicing_event_list=loan_servicing_event_list,
                network_commingling_transaction_event_list=network_commingling_transaction_event_list,
                pay_with_amazon_event_list=pay_with_amazon_event_list,
                product_ads_payment_event_list=product_ads_payment_event_list,
                refund_event_list=refund_event_list,
                removal_shipment_adjustment_event_list=removal_shipment_adjustment_event_list,
                removal_shipment_event_list=removal_shipment_event_list,
                rental_transaction_event_list=rental_transaction_event_list,
                retrocharge_event_list=retrocharge_event_list,
                safet_reimbursement_event_list=safet_reimbursement_event_list,
                seller_deal_payment_event_list=seller_deal_payment_event_list,
                seller_review_enrollment_payment_event_list=seller_review_enrollment_payment_event_list,
                service_fee_event_list=service_fee_event_list,
                service_provider_credit_event_list=service_provider_credit_event_list,
                shipment_event_list=shipment_event_list,
                shipment_settle_event_list=shipment_settle_event_list,
                tds_reimbursement_event_list=tds_reimbursement_event_list,
                tax_withholding_event_list=tax_withholding_event_list,
                trial_shipment_event_list=trial_shipment_event_list,
                value_added_service_charge_event_list=value_added_service_charge_event_list,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        financial_events.additional_properties = d or {}
        return financial_events

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
