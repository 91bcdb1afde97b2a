"""One package or module per area of the app."""
