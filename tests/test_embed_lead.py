"""The embed stage encodes an article's title and lead; later sentences only where a stage reads
them (a translation candidate's alignment)."""

from pathlib import Path

import numpy as np
import pytest

from newsfuse import models
from newsfuse.embed import LEAD, MAX_SENTENCES, embed_articles, lead_texts, sentence_vectors
from newsfuse.language import read_language
from newsfuse.pipeline import Pipeline
from newsfuse.records import Article
from newsfuse.store import Store

SENTENCES = [
    "A gunman opened fire on a crowded market in the town centre on Saturday morning.",
    "Three people were killed and five others were wounded, police said.",
    "The suspect fled in a grey car and was arrested two hours later.",
    "Witnesses described scenes of panic as shoppers ran for cover.",
    "The mayor called the attack a cowardly act and ordered flags lowered.",
    "Two of the wounded remain in critical condition at the regional hospital.",
    "Investigators have not yet given a motive for the shooting.",
    "The market will stay closed until Tuesday, the town hall said.",
    "A vigil is planned for Sunday evening in front of the church.",
    "The victims were aged between 19 and 67, according to the prosecutor.",
    "Officers found a rifle and two magazines in the suspect's car.",
    "It was the deadliest attack in the region in a decade.",
]


def _article(n: int, title: str = "Three killed in market shooting") -> tuple[Article, list]:
    article = Article(id=f"a{n}", title=title, text=" ".join(SENTENCES[:n]), language="en")
    return article, read_language(article)[1]


@pytest.mark.slow
def test_the_embed_stage_encodes_the_title_and_lead_only() -> None:
    article, sentences = _article(12)
    assert len(sentences) == 12
    assert lead_texts(article, sentences) == [article.title] + SENTENCES[:LEAD]
    ((vector, lead),) = embed_articles([(article, sentences)])
    assert lead.shape == (LEAD, models.embedder().dim)
    encoded = models.embedder().encode(lead_texts(article, sentences))
    mean = encoded.mean(axis=0)
    assert np.allclose(vector, mean / np.linalg.norm(mean), atol=1e-5)
    short, short_sentences = _article(3, title="")
    ((_, lead),) = embed_articles([(short, short_sentences)])
    assert len(lead) == 3


@pytest.mark.slow
def test_later_sentences_are_encoded_when_read() -> None:
    article, sentences = _article(12)
    ((_, lead),) = embed_articles([(article, sentences)])
    full = sentence_vectors(sentences, lead)
    assert full.shape == (12, models.embedder().dim)
    assert np.allclose(full[:LEAD], lead)
    later = models.embedder().encode(SENTENCES[LEAD:])
    assert np.allclose(full[LEAD:], later, atol=1e-5)
    many = [sentences[k % 12] for k in range(MAX_SENTENCES + 5)]
    assert len(sentence_vectors(many, lead)) == MAX_SENTENCES


@pytest.mark.slow
def test_the_store_keeps_lead_vectors(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("Three killed in market shooting\n\n" + " ".join(SENTENCES), encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        Pipeline(store).run([path])
        (article,) = store.articles(None)
        dim = models.embedder().dim
        _, lead = store.embeddings([article.id], dim)[article.id]
        assert len(store.sentences(article.id)) > LEAD == len(lead)
