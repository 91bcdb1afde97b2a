"""All PySide6 code. Talks to the case file only through services, via ui.ops."""
