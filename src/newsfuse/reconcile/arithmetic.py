"""Do an article's parts add up to the total it states?

Only parts exceeding what the total allows are an inconsistency; parts that account for less are
noted as a partial breakdown (articles often list only some categories). A lower-bound total
("at least 255") exceeded by its parts is still reported, worded so it stays accurate.
"""

from __future__ import annotations

from collections import defaultdict

from ..records import ArithmeticCheck, CheckStatus, Claim, Inconsistency, Qualifier, citation
from .values import Interval, interval, is_lower_bound, number, stated, unit_key, wording

MIN_PARTS = 2


def _check(total: Claim, parts: list[Claim], where: str) -> ArithmeticCheck:
    values = [stated(p) for p in parts]
    total_sum = sum(values)
    # a lower-bound total is compared with its number: parts above it break the stated breakdown
    allowed = (
        interval(total) if not is_lower_bound(total) else Interval(stated(total), stated(total))
    )
    sum_text = " + ".join(number(v) for v in values)
    if allowed.contains(total_sum):
        status = CheckStatus.HOLDS
        text = f"{where}, {sum_text} = {number(total_sum)} holds (total: {wording(total)})."
    elif total_sum >= allowed.high:
        status = CheckStatus.EXCEEDS
        link = (
            "but the total given is"
            if total.qualifier == Qualifier.EXACT
            else ("while the stated total is")
        )
        text = (
            f"{where}, the parts {sum_text} add up to {number(total_sum)}, {link} {wording(total)}."
        )
    else:
        status = CheckStatus.PARTIAL
        text = (
            f"{where}, the parts {sum_text} = {number(total_sum)} account for part of the total "
            f"({wording(total)})."
        )
    return ArithmeticCheck(
        article_id=total.article_id,
        total_claim_id=total.id,
        part_claim_ids=[p.id for p in parts],
        parts=values,
        parts_sum=total_sum,
        total=stated(total),
        total_qualifier=total.qualifier,
        status=status,
        text=text,
    )


def check_sums(claims: list[Claim]) -> tuple[list[ArithmeticCheck], list[Inconsistency]]:
    """Every stated breakdown of two or more parts, and the ones that contradict their total
    (the sentences cite the report as ``[@<article id>]``)."""
    by_id = {c.id: c for c in claims}
    parts: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        total = by_id.get(claim.parent or "")
        if (
            total is not None
            and claim.role != "member"  # one of the dead, named: no breakdown to add up
            and total.article_id == claim.article_id
            and total.measure == claim.measure
            and unit_key(total.unit) == unit_key(claim.unit)
        ):
            parts[total.id].append(claim)
    checks, inconsistencies = [], []
    for total_id in sorted(parts):
        members = sorted(parts[total_id], key=lambda c: (c.start, c.id))
        if len(members) < MIN_PARTS:
            continue
        total = by_id[total_id]
        where = f"In {citation([total.article_id])}"
        check = _check(total, members, where)
        checks.append(check)
        if check.status is CheckStatus.EXCEEDS:
            inconsistencies.append(
                Inconsistency(
                    article_id=check.article_id,
                    kind="sum_mismatch",
                    claim_ids=[total_id, *check.part_claim_ids],
                    figures=[*check.parts, check.parts_sum, check.total],
                    text=check.text,
                )
            )
    return checks, inconsistencies
