"""The workspace's areas, in navigation order (Ctrl+1 ... in the Go menu)."""

TASKS, CASES, MEETINGS, TEAM, STATISTICS, SETTINGS = range(6)
#: Shown only while conflicts wait for a person (no shortcut: it is not always there).
REVIEW = 6
