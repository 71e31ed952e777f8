"""Ingest stage: read inputs and clean them into Articles."""

from .clean import clean_text, split_title
from .readers import read_inputs, record_to_article

__all__ = ["clean_text", "read_inputs", "record_to_article", "split_title"]
