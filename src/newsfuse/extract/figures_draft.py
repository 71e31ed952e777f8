"""The claim draft and the cue regexes shared by the figures stage's modules: the figure rules
(``figures``), the death/victim rules (``figures_deaths``) and attribution
(``figures_attribution``), so none of them imports another."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsfuse.extract import figures_lexicon as lex
from newsfuse.extract.numbers import NumberSpan
from newsfuse.records import ClaimKind, Qualifier

B, E = r"(?<![\w'’])", r"(?![\w])"


def _group_regex(table: dict[str, list[str]]) -> re.Pattern[str]:
    """One regex with a named group per key, so a match says which key it is."""
    groups = [f"(?P<{k}>{lex.alternation(v)})" for k, v in table.items()]
    return re.compile(rf"{B}(?:{'|'.join(groups)}){E}", re.IGNORECASE)


MEASURE = _group_regex(lex.MEASURES)
PEOPLE_OUTCOMES = frozenset({"killed", "injured", "shot"})  # what happens to people, not things
SUBJECT_WORDS = _group_regex(lex.SUBJECTS)
# An outcome denied right before its cue: "were not injured", "weren't hurt", "n'ont pas été
# blessés", "no resultaron heridos", "wurden nicht verletzt" (but "not seriously injured" is hurt).
NEGATED = re.compile(
    r"(?:(?<![\w])(?:not|never|pas|jamais|no|nunca|nicht|nie)|n['’]t)\s+(?:(?:been|be|été|sido"
    r"|resultaron|resultó|fueron|fue|quedaron|quedó)\s+)?\Z",
    re.IGNORECASE,
)
RELATIVE = re.compile(
    r"^\s*(?:who|which|whose|qui|que|quien|quienes|cuyo|der|die|das|che)\b", re.IGNORECASE
)


@dataclass(slots=True)
class Draft:
    """A claim being built for one sentence (offsets relative to the sentence)."""

    number: NumberSpan
    kind: ClaimKind = ClaimKind.COUNT
    qualifier: Qualifier = Qualifier.EXACT
    qual_start: int | None = None
    measure: str | None = None
    subject: str | None = None
    unit: str | None = None
    end: int = 0
    role: str | None = None
    parent: int | None = None
    person: bool = False  # people counted by naming them ("his brother"), not by a numeral
    change: str | None = None  # up | down: the number is the size of a change
    counted: str | None = None  # the noun phrase counted, singular
