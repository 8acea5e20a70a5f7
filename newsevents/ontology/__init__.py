"""CAMEO and PLOVER as data: codes, Goldstein scores, quad classes and the CAMEO -> PLOVER map."""

from newsevents.ontology.tables import (
    CameoCode,
    Ontology,
    PloverType,
    load_ontology,
)

__all__ = ["CameoCode", "Ontology", "PloverType", "load_ontology"]
