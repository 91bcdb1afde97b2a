"""The case list and the case page."""
