"""newsfuse: one cross-checked, cited account of each event from many multilingual reports."""

__version__ = "0.1.0"
