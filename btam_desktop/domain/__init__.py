"""Entities and rules of the BTAM process. Standard library only: no Qt, no SQL."""
