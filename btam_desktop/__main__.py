"""Allows `python -m btam_desktop`."""

from btam_desktop.cli import main

raise SystemExit(main())
