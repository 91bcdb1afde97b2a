"""Use cases, one function per user intent: one transaction, an audit entry, a ChangeSet.

Inputs and outputs are plain, picklable data, so the service host can later move into a
separate process that alone holds the data key.
"""
