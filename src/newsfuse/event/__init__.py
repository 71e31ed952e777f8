"""The event record stage: what, where, when, who and how many of each event (ACLED / UCDP
style), and each report's anchor (its happening's day and place). One module per question;
rules in docs/event-record.md."""

from .anchor import report_anchor
from .record import build_record

__all__ = ["build_record", "report_anchor"]
