"""Allows `python -m btam_desktop`."""

from btam_desktop.app.main import main

raise SystemExit(main())
