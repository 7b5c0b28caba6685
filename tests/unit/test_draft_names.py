"""Party names found whole, places and nationalities left out: the rules the gold set's dev
texts of Central and Southern Europe asked for."""

import yaml

from model.draft import draft


def _kinds(text):
    data = yaml.safe_load(draft(text, "s.txt", "0" * 64, "s").yaml)
    return {p["name"]: p["kind"] for p in data["parties"]}, data


def test_capitals_past_latin_1_start_a_name():
    kinds, _ = _kinds("ČD Cargo plans to shut the Přívoz yard. The union OSŽ said it would "
                      "strike. ČD Cargo declined to comment.")
    assert "ČD Cargo" in kinds and "D Cargo" not in kinds
    assert "OSŽ" in kinds


def test_countries_and_nationalities_are_never_parties():
    kinds, _ = _kinds("Acme Foods will close its cannery in Vigo, Spain. Many workers come "
                      "from Portugal and Morocco. A South Korean rival, Dongwon, may buy it.")
    assert not {"Spain", "Portugal", "Morocco", "South Korean"} & set(kinds)
    assert "Acme Foods" in kinds


def test_a_body_runs_on_over_and_and_leaves_the_country_before_it():
    kinds, _ = _kinds("Spain's Ministry of Agriculture and Fisheries said it had not been "
                      "informed. Acme Foods will close the cannery.")
    assert kinds.get("Ministry of Agriculture and Fisheries") == "government"
    assert not {"Fisheries", "Spain's Ministry of Agriculture"} & set(kinds)


def test_a_title_set_off_by_a_comma_still_gives_the_kind():
    kinds, _ = _kinds("Acme Rail will close the Přívoz yard. Ostrava's deputy mayor, Tomáš "
                      "Novák-Krejčí, said the city would lose jobs.")
    assert kinds.get("Tomáš Novák-Krejčí") == "government"


def test_campaigners_and_groups_with_a_qualifier_are_parties():
    kinds, _ = _kinds("Environmental campaigners said the mine would poison the river. "
                      "Community groups oppose the plan. The groups met on Monday.")
    assert kinds.get("Environmental campaigners") == "community"
    assert kinds.get("Community groups") == "community"


def test_a_facility_at_a_place_has_it_as_its_location():
    _, data = _kinds("Acme Rail plans to shut its freight yard at Ostrava-Přívoz. The yard "
                     "employs 500 workers.")
    assert data["plant"]["location"] == "Ostrava-Přívoz"
