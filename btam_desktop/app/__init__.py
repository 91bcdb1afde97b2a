"""Composition root: where paths, preferences and the GUI are wired together."""
