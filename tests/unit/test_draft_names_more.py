"""Mechanisms written after the fourth blind round and before the fifth was scored: where a
name starts and ends (an acronym spelling the words before it, a family, a number), which
names and roles are only passed through, and a party's own statement as its source."""

from model import Certainty
from model.draft.cues import read_certainty
from model.draft.names import initials, spelled_back
from tests.support import drafts

_kinds = drafts.kinds


def test_an_acronym_in_brackets_takes_in_the_words_it_spells_over_commas():
    kinds = _kinds("The Commercial, Stevedoring, Agricultural and Allied Workers' Union "
                   "(CSAAWU) said it feared for seasonal jobs. The CSAAWU did not respond.")
    assert kinds == {"Commercial, Stevedoring, Agricultural and Allied Workers' Union": "union"}


def test_an_acronym_that_does_not_spell_the_words_before_leaves_the_name_alone():
    text = "Acme, Borealis Mining Company (BMC) said it would close."
    start = text.index("Borealis")
    assert spelled_back(text, start, text.index(" (")) == start
    text = "Red, Blue and Green Party (XBGP) said"  # the letters before must be there, in order
    start = text.index("Blue")
    assert spelled_back(text, start, text.index(" (")) == start
    assert initials("Syndicat National des Dockers") == "SND"


def test_a_family_and_a_number_are_part_of_the_name():
    kinds = _kinds("Its previous owner, the Du Toit family, had farmed the land since 1904. "
                   "The miners' union Sierpień 80, which has called a protest for 12 June, "
                   "said the closure would break the contract.")
    assert {"Du Toit family", "Sierpień 80"} <= set(kinds)
    assert kinds["Sierpień 80"] == "union"
    # a number that is a date or a count is not
    kinds = _kinds("Acme Mining said in June 2027 it would cut 300 jobs. Acme Mining 300 "
                   "workers were told.")
    assert not any(name[-1].isdigit() for name in kinds)


def test_roles_a_preposition_governs_are_not_parties():
    kinds = _kinds("The union Sierpień 80 said the closure would break the contract between "
                   "the government and the unions.")
    assert not {"Government", "Unions"} & set(kinds)
    # the source and the speaker still are
    kinds = _kinds("According to the transport ministry, 300 jobs would go. The provincial "
                   "government said talks with the miners' unions had failed.")
    assert set(kinds) == {"Transport ministry", "Provincial government"}


def test_a_named_municipality_is_a_government():
    assert _kinds("The Breede Valley municipality said any change of land use would need "
                  "its approval.") == {"Breede Valley municipality": "government"}


def test_a_place_after_a_or_an_describes_what_follows():
    kinds = _kinds("The estate was sold to Vinterra Holdings, a Johannesburg investment group, "
                   "two people involved in the deal said. Vinterra said it would keep staff.")
    assert "Johannesburg" not in kinds and "Vinterra Holdings" in kinds


def test_a_partys_own_statement_is_the_party_on_the_record():
    level = read_certainty("About 1,800 of Halvorsen's workers will be affected, according to "
                           "a company statement.", True)
    assert level.certainty is Certainty.confirmed
    assert read_certainty("The plant will close, according to the newspaper.",
                          True).certainty is Certainty.reported
