"""Evaluation of each stage against the datasets in ../shared/eval (formats in its README)."""
