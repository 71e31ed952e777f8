"""Reconciliation on hand-made claims: one test per grouping rule, cause and check."""

from __future__ import annotations

import math
import random
from datetime import datetime

from newsfuse.reconcile import reconcile_event
from newsfuse.records import Article, Claim, ClaimKind, Duplicate, DuplicateKind, Qualifier

BOUNDS = {Qualifier.AT_LEAST, Qualifier.MORE_THAN}


def claim(cid: str, article: str, value: float, **kw) -> Claim:
    qualifier = kw.pop("qualifier", Qualifier.EXACT)
    high = math.inf if qualifier in BOUNDS else value
    low = 0.0 if qualifier in (Qualifier.LESS_THAN, Qualifier.UP_TO) else value
    kw.setdefault("measure", "killed")
    kw.setdefault("subject", "civilians")
    start = kw.pop("start", 0)
    return Claim(
        id=cid, article_id=article, sentence_index=0, start=start, end=start + 10,
        number_start=start, number_end=start + 2, surface=str(value), low=low, high=high,
        qualifier=qualifier, **kw,
    )  # fmt: skip


def arts(*ids: str, **published: datetime) -> dict[str, Article]:
    return {
        a: Article(id=a, text="", outlet=f"outlet-{a}", published=published.get(a)) for a in ids
    }


def only_fact(rec):
    assert len(rec.facts) == 1, [f.id for f in rec.facts]
    return rec.facts[0]


def kinds(fact) -> set[str]:
    return {e.kind for e in fact.details}


def test_lower_bounds_are_compatible_with_consensus_at_the_tighter_bound():
    claims = [
        claim("a", "A", 240, qualifier=Qualifier.AT_LEAST, attribution="aid groups"),
        claim("b", "B", 255, qualifier=Qualifier.AT_LEAST, attribution="the Observatory"),
    ]
    fact = only_fact(reconcile_event("e", claims, arts("A", "B"), []))
    assert fact.status == "compatible"
    assert (fact.consensus_low, fact.consensus_high) == (255, None)
    assert (fact.low, fact.high, fact.best) == (240, 255, 255)
    assert {"summary", "bounds", "authority"} <= kinds(fact)
    assert "at least 255" in fact.explanations[0]


def test_equal_values_agree_and_differing_exact_values_disagree_with_reasons():
    same = [claim("a", "A", 30), claim("b", "B", 30, qualifier=Qualifier.ABOUT)]
    agreed = only_fact(reconcile_event("e", same, arts("A", "B"), []))
    assert agreed.status == "agree" and not agreed.details
    differ = [
        claim("a", "A", 26, attribution="Observatory", scope=["since Wednesday"]),
        claim("b", "B", 27, attribution="UN coordinator", scope=["three-day"]),
    ]
    fact = only_fact(reconcile_event("e", differ, arts("A", "B"), []))
    assert fact.status == "disagree" and fact.consensus_low is None
    assert {"summary", "authority", "time_scope"} <= kinds(fact)
    text = " ".join(fact.explanations)
    for piece in ("26", "27", "[@A]", "[@B]", "UN coordinator", "since Wednesday"):
        assert piece in text
    assert "three-day" not in text  # a modifier, not a time expression
    assert all(set(e.claim_ids) <= {"a", "b"} for e in fact.details)


def test_rising_toll_is_an_update_ordered_by_report_time():
    claims = [claim("late", "B", 255), claim("early", "A", 240)]
    articles = arts("A", "B", A=datetime(2024, 11, 29, 8), B=datetime(2024, 11, 30, 9))
    rec = reconcile_event("e", claims, articles, [])
    fact = only_fact(rec)
    assert fact.status == "updated" and fact.best == 255  # the latest figure leads
    update = next(e.text for e in fact.details if e.kind == "update")
    assert update.index("240 [@A]") < update.index("255 [@B]")
    assert [p.value for p in rec.history[fact.id]] == [240, 255]
    assert [p.outlet for p in rec.history[fact.id]] == ["outlet-A", "outlet-B"]


def test_history_is_empty_without_report_times():
    rec = reconcile_event("e", [claim("a", "A", 3), claim("b", "B", 4)], arts("A", "B"), [])
    assert rec.history[only_fact(rec).id] == []


def test_rounded_figure_covers_a_nearby_exact_one():
    claims = [claim("a", "A", 50, qualifier=Qualifier.ABOUT, subject="towns"),
              claim("b", "B", 48, subject="towns")]  # fmt: skip
    fact = only_fact(reconcile_event("e", claims, arts("A", "B"), []))
    assert fact.status == "compatible" and "rounding" in kinds(fact)


def test_units_convert_and_household_counts_are_explained_not_merged():
    distance = [
        claim("a", "A", 2, kind=ClaimKind.QUANTITY, measure="distance", subject=None, unit="km"),
        claim("b", "B", 2000, kind=ClaimKind.QUANTITY, measure="distance", subject=None, unit="m"),
    ]
    fact = only_fact(reconcile_event("e", distance, arts("A", "B"), []))
    assert fact.status == "agree" and fact.best == 2 and fact.unit == "km"
    displaced = [
        claim("p", "A", 14000, measure="displaced", subject="people",
              qualifier=Qualifier.MORE_THAN),
        claim("f", "B", 7000, measure="displaced", subject="families", qualifier=Qualifier.NEARLY),
    ]  # fmt: skip
    rec = reconcile_event("e", displaced, arts("A", "B"), [])
    assert len(rec.facts) == 2
    unit = [e for e in rec.explanations if e.kind == "unit"]
    assert len(unit) == 1 and set(unit[0].claim_ids) == {"p", "f"}
    assert "14,000" in unit[0].text and "7,000" in unit[0].text


def test_upper_bounds_of_different_size_stay_one_fact():
    claims = [
        claim("a", "A", 10, kind=ClaimKind.QUANTITY, measure="distance", subject="front",
              unit="km", qualifier=Qualifier.UP_TO),
        claim("b", "B", 2, kind=ClaimKind.QUANTITY, measure="distance", subject="front",
              unit="km", qualifier=Qualifier.LESS_THAN),
    ]  # fmt: skip
    fact = only_fact(reconcile_event("e", claims, arts("A", "B"), []))
    assert fact.status == "compatible" and "less than 2 km" in fact.explanations[0]


def _breakdown() -> list[Claim]:
    """Two outlets: totals 26/24 civilians with parts (air strikes 19, students 6/4)."""
    return [
        claim("A-tot", "A", 26, evidence="26 civilians"),
        claim("A-air", "A", 19, parent="A-tot", evidence="19 died in Russian air strikes"),
        claim("A-stu", "A", 6, subject="students", parent="A-tot", evidence="six students died"),
        claim("B-tot", "B", 24, evidence="24 civils sont morts"),
        claim("B-air", "B", 19, parent="B-tot", evidence="19 dans les bombardements de l'aviation"),
        claim("B-stu", "B", 4, subject="students", parent="B-tot", evidence="4 étudiants"),
    ]


def test_parts_are_separate_facts_linked_to_their_total_and_explain_the_gap():
    rec = reconcile_event("e", _breakdown(), arts("A", "B"), [])
    members = {f.id: {v.claim_id for v in f.values} for f in rec.facts}
    assert sorted(members.values(), key=sorted) == [
        {"A-air", "B-air"}, {"A-stu", "B-stu"}, {"A-tot", "B-tot"},
    ]  # fmt: skip
    total = next(f for f in rec.facts if "A-tot" in {v.claim_id for v in f.values})
    assert all(f.parent_fact == total.id for f in rec.facts if f is not total)
    split = [e for e in total.details if e.kind == "category_split"]
    assert len(split) == 1 and set(split[0].claim_ids) == {"A-tot", "B-tot", "A-stu", "B-stu"}
    assert "is 2, exactly the gap" in split[0].text
    assert any(e.kind == "part" and "19 of 26" in e.text for e in rec.explanations)


def test_same_subject_part_without_cause_is_not_grouped_with_totals():
    claims = [claim("t", "A", 24), claim("p", "A", 20, parent="t"), claim("u", "B", 22)]
    rec = reconcile_event("e", claims, arts("A", "B"), [])
    members = sorted(sorted(v.claim_id for v in f.values) for f in rec.facts)
    assert members == [["p"], ["t", "u"]]


def test_sums_hold_exceed_or_stay_partial():
    claims = [
        claim("tot", "A", 255, measure="killed", subject="people", qualifier=Qualifier.AT_LEAST),
        claim("r", "A", 144, subject="rebels", parent="tot", start=10),
        claim("s", "A", 87, subject="soldiers", parent="tot", start=20),
        claim("c", "A", 26, parent="tot", start=30),
        claim("tot2", "B", 24),
        claim("x", "B", 19, parent="tot2", evidence="19 in air strikes", start=10),
        claim("y", "B", 5, subject="students", parent="tot2", start=20),
        claim("tot3", "C", 100),
        claim("z", "C", 19, subject="students", parent="tot3", start=10),
        claim("w", "C", 2, subject="children", parent="tot3", start=20),
    ]
    rec = reconcile_event("e", claims, arts("A", "B", "C"), [])
    status = {c.total_claim_id: c.status for c in rec.checks}
    assert status == {"tot": "exceeds", "tot2": "holds", "tot3": "partial"}
    (bad,) = rec.inconsistencies
    assert bad.article_id == "A" and bad.claim_ids == ["tot", "r", "s", "c"]
    assert bad.figures == [144, 87, 26, 257, 255]
    assert "257" in bad.text and "at least 255" in bad.text and "144 + 87 + 26" in bad.text
    holds = next(c for c in rec.checks if c.status == "holds")
    assert "19 + 5 = 24 holds" in holds.text


def test_named_victims_are_members_of_the_toll_not_a_breakdown():
    claims = [
        claim("tot", "A", 3, subject="people"),
        claim("m1", "A", 1, subject="people", parent="tot", role="member", start=10),
        claim("m2", "A", 1, subject="people", parent="tot", role="member", start=20),
        claim("m3", "A", 2, subject="people", parent="tot", role="member", start=30),
        claim("b", "B", 3, subject="people"),
    ]
    rec = reconcile_event("e", claims, arts("A", "B"), [])
    assert rec.checks == [] and rec.inconsistencies == []  # 1 + 1 + 2 is no sum against 3
    toll = only_fact(rec)  # a named victim is one of the three, not a competing figure of one
    assert (toll.best, toll.status, [v.claim_id for v in toll.values]) == (3, "agree", ["tot", "b"])


def test_copies_and_shared_authority_count_once():
    claims = [
        claim("a", "A", 19, attribution="Syrian Observatory"),
        claim("b", "B", 19, attribution="the Syrian Observatory"),
        claim("c", "C", 19),
        claim("d", "D", 19),
    ]
    dup = [Duplicate("D", "C", DuplicateKind.TRANSLATION, 0.9)]
    fact = only_fact(reconcile_event("e", claims, arts("A", "B", "C", "D"), dup))
    assert fact.independent_sources == 2
    notes = " ".join(fact.notes)
    assert "[@D] is a translation of [@C]" in notes
    assert "[@A, @B] all cite Syrian Observatory" in notes
    assert not fact.details  # copies are said once, where the sources are listed


def test_magnitude_period_and_kind_separate_quantities():
    claims = [
        claim("a", "A", 255, subject="people", qualifier=Qualifier.AT_LEAST),
        claim("b", "B", 500000, subject="people", qualifier=Qualifier.MORE_THAN,
              scope=["since 2011"]),
        claim("c", "C", 500000, subject="people", qualifier=Qualifier.MORE_THAN),
        claim("d", "A", 24),
        claim("e", "B", 80, qualifier=Qualifier.MORE_THAN, scope=["this year"]),
        claim("f", "C", 13, kind=ClaimKind.OTHER),
        claim("g", "C", 26),
    ]  # fmt: skip
    rec = reconcile_event("e", claims, arts("A", "B", "C"), [])
    members = sorted(sorted(v.claim_id for v in f.values) for f in rec.facts)
    assert members == [["a"], ["b", "c"], ["d", "g"], ["e"]]


def test_a_tally_of_several_incidents_is_apart_from_the_incidents_toll():
    roundup = "Police said two men were killed in four separate shootings on the east side."
    articles = arts("A", "B")
    articles["A"].text = roundup
    articles["B"].text = "Two men were killed on Sunday."
    start = roundup.index("two")
    claims = [
        claim("a", "A", 2, subject="men", start=start),
        claim("b", "B", 2, subject="men"),
    ]
    rec = reconcile_event("e", claims, articles, [])
    facts = sorted(rec.facts, key=lambda f: f.label)
    assert [(f.label, [v.claim_id for v in f.values]) for f in facts] == [
        ("men killed", ["b"]),
        ("men killed (several incidents)", ["a"]),
    ]
    articles["A"].text = roundup.replace("four separate shootings", "a shooting")
    assert len(reconcile_event("e", claims, articles, []).facts) == 1


def test_fact_ids_are_stable_across_runs_and_claim_order():
    claims = _breakdown()
    first = [f.id for f in reconcile_event("e", claims, arts("A", "B"), []).facts]
    shuffled = claims[:]
    random.Random(3).shuffle(shuffled)
    again = [f.id for f in reconcile_event("e", shuffled, arts("A", "B"), []).facts]
    assert first == again and len(set(first)) == len(first)
