"""Use cases, one function per user intent: one transaction, an audit entry, a ChangeSet.

Inputs and outputs are plain, picklable data defined in `services.contracts` (or the
domain), because the window calls these functions in another process, the service process,
which alone holds the data key (see services/host.py and docs/architecture.md). The CLI calls
them directly.
"""
