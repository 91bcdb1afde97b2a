"""BTAM Desktop: offline, encrypted case files for school threat assessment teams."""

__version__ = "0.1.0"
