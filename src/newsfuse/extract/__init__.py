"""Extraction stages: figures (claims), entities, places and dates."""
