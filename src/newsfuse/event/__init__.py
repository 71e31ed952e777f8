"""The event record stage: what, where, when, who and how many of each event (ACLED / UCDP
style), and each report's anchor (its happening's day and place). One module per question;
rules in docs/event-record.md."""

from .anchor import read_report
from .record import build_record

__all__ = ["build_record", "read_report"]
