from enum import StrEnum
from typing import Self

from ..types import FAST, READER


class DetailCodes(StrEnum):
    ADDRESSNOTFOUND = "AddressNotFound"
    ARRIVEDATLOCALFACILITY = "ArrivedAtLocalFacility"
    BUSINESSCLOSED = "BusinessClosed"
    CANCELLEDBYRECIPIENT = "CancelledByRecipient"
    CUSTOMERUNAVAILABLE = "CustomerUnavailable"
    DAMAGED = "Damaged"
    DELIVEREDTOBEHINDWHEELIEBIN = "DeliveredToBehindWheelieBin"
    DELIVEREDTOGARAGE = "DeliveredToGarage"
    DELIVEREDTOGARDEN = "DeliveredToGarden"
    DELIVEREDTOGREENHOUSE = "DeliveredToGreenhouse"
    DELIVEREDTOMAILROOM = "DeliveredToMailRoom"
    DELIVEREDTOMAILSLOT = "DeliveredToMailSlot"
    DELIVEREDTONEIGHBOR = "DeliveredToNeighbor"
    DELIVEREDTOPORCH = "DeliveredToPorch"
    DELIVEREDTOREARDOOR = "DeliveredToRearDoor"
    DELIVEREDTORECEPTIONIST = "DeliveredToReceptionist"
    DELIVEREDTOSHED = "DeliveredToShed"
    DELIVEREDWITHOTP = "DeliveredWithOTP"
    DELIVERYATTEMPTED = "DeliveryAttempted"
    HAZMATSHIPMENT = "HazmatShipment"
    INCORRECTITEMS = "IncorrectItems"
    NOTREQUIRED = "NotRequired"
    OTPNOTAVAILABLE = "OtpNotAvailable"
    PAYMENTNOTREADY = "PaymentNotReady"
    REJECTED = "Rejected"
    REJECTEDBYRECIPIENTWITHVERIFICATION = "RejectedByRecipientWithVerification"
    SIGNED = "Signed"
    UNABLETOACCESS = "UnableToAccess"
    UNABLETOCONTACTRECIPIENT = "UnableToContactRecipient"
    UNDELIVERABLE = "Undeliverable"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if READER.get() is FAST:
            # the caller re-reads the answer and records the unknown value
            return None
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
