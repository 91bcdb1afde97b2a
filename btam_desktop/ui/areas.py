"""The workspace's areas, in navigation order (Ctrl+1 ... in the Go menu)."""

TASKS, CASES, MEETINGS, TEAM, SETTINGS = range(5)
