"""Printed documents: one pure builder per document, `build(snapshot, options) -> bytes`.

Builders read only their snapshot (reports/snapshots.py; reports/ferpa_snapshots.py for the
record of disclosures and the inspection packet) and never the case file; services assemble
snapshots. Nothing here knows Qt or storage.
"""
