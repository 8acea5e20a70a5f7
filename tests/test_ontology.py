import csv

import pytest

from newsevents.ontology import load_ontology
from newsevents.ontology.tables import EVENT_MODES

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION",
                "COERCE", "ASSAULT"}


@pytest.fixture(scope="module")
def onto():
    return load_ontology()


def test_there_are_316_codes_all_strings(onto):
    assert len(onto.codes) == 316
    assert all(isinstance(c, str) and c.isdigit() and len(c) in (2, 3, 4) for c in onto.codes)
    assert "042" in onto and "42" not in onto


def test_every_code_maps_to_a_plover_type_or_none(onto):
    assert set(onto.types) == PLOVER_TYPES
    for code in onto.codes.values():
        assert code.plover in PLOVER_TYPES | {"none"}, code


def test_goldstein_in_range_and_quad_classes(onto):
    for code in onto.codes.values():
        assert -10.0 <= code.goldstein <= 10.0
        assert code.quad_class in (1, 2, 3, 4)


def test_statements_make_no_event_and_appeals_are_requests(onto):
    assert all(not c.makes_event for k, c in onto.codes.items() if k.startswith("01"))
    assert all(c.plover == "REQUEST" for k, c in onto.codes.items() if k.startswith("02"))


def test_code_level_map_differs_from_root_rule(onto):
    assert onto["163"].plover == "COERCE"  # PLOVER 2021: impose embargo is coercion
    assert onto["042"].plover == "CONSULT" and onto["190"].plover == "ASSAULT"
    assert onto["0874"].plover == "RETREAT" and onto["081"].plover == "CONCEDE"


def test_integer_lookup_is_refused(onto):
    with pytest.raises(TypeError):
        onto[42]


def test_modes_known():
    assert EVENT_MODES == ("actual", "planned", "intended", "negated", "hypothetical")


def test_tables_agree_with_the_reference(onto, shared_dir):
    with (shared_dir / "ontology" / "cameo_codes.tsv").open(encoding="utf-8") as fh:
        ref = {r["code"]: r for r in csv.DictReader(fh, delimiter="\t")}
    assert set(ref) == set(onto.codes)
    for code, r in ref.items():
        if r["goldstein_gdelt"]:
            assert onto[code].goldstein == float(r["goldstein_gdelt"])
