"""Filing a drafted fact under the party its sentence is about when the sentence names it by
"the company", "the union", "it"; and the party names that filing needs found whole."""

import pytest
import yaml

from model.draft import draft


def _drafted(text):
    return yaml.safe_load(draft(text, "s.txt", "0" * 64, "s").yaml)


def _filed(text):
    """Each party's name, with the start of every sentence its facts quote."""
    data = _drafted(text)
    return {p["name"]: [f["evidence"][0]["quote"][:18] for f in p["facts"]]
            for p in data["parties"]}


@pytest.mark.parametrize(("text", "opening", "right", "wrong"), [
    ("Acme Mining said on Monday that it will close the Kora mine. The Westbury Nurses Union "
     "said it was not told. The company denied that it plans to sell the mine.",
     "The company denied", "Acme Mining", "Westbury Nurses Union"),
    ("The Harbour Dockers Union said it would strike. Port Vale Stevedores Union said it would "
     "not. Acme Terminals said the terminal will close. The union denied the report.",
     "The union denied t", "Port Vale Stevedores Union", "Harbour Dockers Union"),
    ("Noorderweide Foods will close its cheese factory in Workum. FNV Food said it was not "
     "told. Production will move to the co-operative's plant in Lemmer, the co-operative said.",
     "Production will mo", "Noorderweide Foods", "FNV Food"),
])
def test_a_kind_word_is_the_party_of_that_kind_named_most_recently(text, opening, right, wrong):
    filed = _filed(text)
    assert opening in filed[right]
    assert opening not in filed[wrong]


def test_it_goes_on_with_the_party_the_sentence_before_was_about():
    filed = _filed(
        "Acme Mining will close the Kora mine, the company said. Westbury District Council "
        "said it had not been told. It said it would ask for a meeting.")
    assert "It said it would a" in filed["Westbury District Council"]


def test_an_expletive_it_names_no_party():
    data = _drafted("Acme Mining said it will close the Kora mine. It is unclear when the "
                    "mine will close.")
    quoted = [f["evidence"][0]["quote"] for p in data["parties"] for f in p["facts"]]
    assert not any(q.startswith("It is unclear") for q in quoted)


def test_a_company_spokesman_speaks_for_the_company():
    filed = _filed("Acme Mining will close the Kora mine. Critics said the mine was safe. A "
                   "company spokesman declined to comment.")
    assert "A company spokesma" in filed["Acme Mining"]


def test_a_name_set_beside_the_role_is_not_an_anaphor():
    filed = _filed("Acme Mining will close the Kora mine. The Kora Miners Union said it would "
                   "strike. The union Solidarność said it was not consulted.")
    assert "The union Solidarn" not in filed["Kora Miners Union"]


def test_an_acronym_is_the_party_whose_initials_hold_it():
    data = _drafted("The Health Service Executive will close the maternity unit. The HSE "
                    "declined to comment.")
    names = [p["name"] for p in data["parties"]]
    assert names == ["Health Service Executive"]


def test_an_acronym_before_a_verb_acts_and_before_a_noun_describes():
    data = _drafted("The rail union EVG called the plan unacceptable. EV production at the "
                    "Kora plant will stop.")
    kinds = {p["name"]: p["kind"] for p in data["parties"]}
    assert kinds.get("EVG") == "union"
    assert "EV" not in kinds


def test_a_name_said_first_at_a_sentence_start_and_then_with_s_is_a_party():
    data = _drafted("Ryanair denied that it will leave Shannon Airport. Ryanair's chief "
                    "executive said flights would continue.")
    assert "Ryanair" in [p["name"] for p in data["parties"]]


def test_people_at_a_body_are_not_at_a_place_and_a_local_keeps_its_number():
    data = _drafted("Union officials at the CGT said members fear the worst. Unifor Local 89 "
                    "said it was not told.")
    kinds = {p["name"]: p["kind"] for p in data["parties"]}
    assert kinds.get("Unifor Local 89") == "union"
    assert "CGT" in kinds


def test_the_company_is_the_facility_owner_though_another_company_was_named_since():
    filed = _filed(
        "Nordlume Cloud plans to double its data centre in Kajaani. Verkkolinja, the regional "
        "grid operator, said a new line would be needed. The company rebuffed a report that it "
        "had asked for a tax break.")
    assert "The company rebuff" in filed["Nordlume Cloud"]
    assert "The company rebuff" not in filed["Verkkolinja"]  # named once, described: a party


def test_a_role_set_after_a_name_is_that_party_and_gives_its_kind():
    data = _drafted("Carpatcem will halt a kiln at its cement works. Sindicatul Liber "
                    "Carpatcem, the plant's union, said it had not been told.")
    kinds = {p["name"]: p["kind"] for p in data["parties"]}
    assert kinds["Sindicatul Liber Carpatcem"] == "union"
    assert "Union" not in kinds


def test_a_country_before_a_field_and_ministry_leaves_one_body():
    data = _drafted("Acme Labs will close its lab. Spain's science ministry has not responded to "
                    "requests for comment.")
    assert [p["name"] for p in data["parties"]] == ["Acme Labs", "Science ministry"]


def test_a_qualified_role_before_a_name_is_that_party_and_says_its_kind():
    data = _drafted("The regional health agency ARS Grand Est will close the maternity unit. "
                    "The agency has yet to confirm the date.")
    kinds = {p["name"]: p["kind"] for p in data["parties"]}
    assert kinds == {"ARS Grand Est": "regulator"}
    filed = {p["name"]: [f["evidence"][0]["quote"][:16] for f in p["facts"]]
             for p in data["parties"]}
    assert "The agency has y" in filed["ARS Grand Est"]
