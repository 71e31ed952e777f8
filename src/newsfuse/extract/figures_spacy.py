"""The figures stage as a spaCy pipeline component (factory ``"newsfuse_claims"``).

Importing this module registers the factory and the ``Doc._.claims`` extension; the component
runs :func:`extract_claims` on ``doc.text`` in the pipeline's language, so offsets are character
offsets into the doc. Kept apart from ``figures`` so the plain function never imports spaCy.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsfuse.extract.figures import extract_claims

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)


class ClaimsComponent:
    """Sets ``doc._.claims`` to the claims of the doc (article id from ``doc.user_data``)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        article_id = str(doc.user_data.get("article_id", ""))
        doc._.claims = extract_claims(doc.text, self.lang, article_id=article_id)
        return doc


@Language.factory("newsfuse_claims")
def make_claims_component(nlp: Language, name: str) -> ClaimsComponent:
    return ClaimsComponent(nlp.lang)
