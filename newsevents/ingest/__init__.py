"""Readers that turn input files into Articles, or into Rejected records with a reason."""

from newsevents.ingest.readers import Rejected, read_inputs

__all__ = ["Rejected", "read_inputs"]
