"""Readers that turn input files into Articles, or into Rejected records with a reason."""

from newsevents.ingest.fields import FieldMap
from newsevents.ingest.readers import REASONS, Rejected, content_hash, read_inputs

__all__ = ["REASONS", "FieldMap", "Rejected", "content_hash", "read_inputs"]
