"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .create_report_response import CreateReportResponse
    from .create_report_schedule_response import CreateReportScheduleResponse
    from .create_report_schedule_specification import CreateReportScheduleSpecification
    from .create_report_schedule_specification_period import (
        CreateReportScheduleSpecificationPeriod,
    )
    from .create_report_specification import CreateReportSpecification
    from .error import Error
    from .error_list import ErrorList
    from .get_reports_processing_statuses_item import GetReportsProcessingStatusesItem
    from .get_reports_response import GetReportsResponse
    from .report import Report
    from .report_document import ReportDocument
    from .report_document_compression_algorithm import (
        ReportDocumentCompressionAlgorithm,
    )
    from .report_options import ReportOptions
    from .report_processing_status import ReportProcessingStatus
    from .report_schedule import ReportSchedule
    from .report_schedule_list import ReportScheduleList

_MODULES: dict[str, str] = {
    "CreateReportResponse": ".create_report_response",
    "CreateReportScheduleResponse": ".create_report_schedule_response",
    "CreateReportScheduleSpecification": ".create_report_schedule_specification",
    "CreateReportScheduleSpecificationPeriod": ".create_report_schedule_specification_period",
    "CreateReportSpecification": ".create_report_specification",
    "Error": ".error",
    "ErrorList": ".error_list",
    "GetReportsProcessingStatusesItem": ".get_reports_processing_statuses_item",
    "GetReportsResponse": ".get_reports_response",
    "Report": ".report",
    "ReportDocument": ".report_document",
    "ReportDocumentCompressionAlgorithm": ".report_document_compression_algorithm",
    "ReportOptions": ".report_options",
    "ReportProcessingStatus": ".report_processing_status",
    "ReportSchedule": ".report_schedule",
    "ReportScheduleList": ".report_schedule_list",
}

__all__ = (
    "CreateReportResponse",
    "CreateReportScheduleResponse",
    "CreateReportScheduleSpecification",
    "CreateReportScheduleSpecificationPeriod",
    "CreateReportSpecification",
    "Error",
    "ErrorList",
    "GetReportsProcessingStatusesItem",
    "GetReportsResponse",
    "Report",
    "ReportDocument",
    "ReportDocumentCompressionAlgorithm",
    "ReportOptions",
    "ReportProcessingStatus",
    "ReportSchedule",
    "ReportScheduleList",
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
