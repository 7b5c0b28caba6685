import pytest

from model import split_sentences
from model.briefing import Briefing  # noqa: F401  (the package imports cleanly)


def texts(text):
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith went to Washington. He stayed.",
         ["Mr. Smith went to Washington.", "He stayed."]),
        ("It cost $3.5 million. Nobody paid.", ["It cost $3.5 million.", "Nobody paid."]),
        ("Nearly 4,000 workers. 2,500 stayed.", ["Nearly 4,000 workers.", "2,500 stayed."]),
        ("The U.S. market grew. Prices fell.", ["The U.S. market grew.", "Prices fell."]),
        ("He moved to the U.S. The next day he left.",
         ["He moved to the U.S.", "The next day he left."]),
        ("Dr. Lee and Prof. Kim met at St. Mary's. Both agreed.",
         ["Dr. Lee and Prof. Kim met at St. Mary's.", "Both agreed."]),
        ('"Stop," he said. "Now." Then quiet.', ['"Stop," he said.', '"Now."', "Then quiet."]),
        ("Is it true? Yes! It is.", ["Is it true?", "Yes!", "It is."]),
        ("Acme Inc. said so. It sold Acme Inc. The firm left.",
         ["Acme Inc. said so.", "It sold Acme Inc.", "The firm left."]),
        ("Shares of Acme Inc. Holdings rose.", ["Shares of Acme Inc. Holdings rose."]),
        ("See Fig. 3 in Jan. 2024 e.g. here.", ["See Fig. 3 in Jan. 2024 e.g. here."]),
        ("A heading\n\nBody text here.", ["A heading", "Body text here."]),
        ("Wrapped line\ncontinues here. Next.", ["Wrapped line\ncontinues here.", "Next."]),
        ("The mill will close. 工人们很担心。他们要求解释。Baowu declined.",
         ["The mill will close.", "工人们很担心。", "他们要求解释。", "Baowu declined."]),
        ("He agreed.\n据知情人士透露，报价。", ["He agreed.", "据知情人士透露，报价。"]),
        ("他说：「好。」然后离开了。", ["他说：「好。」然后离开了。"]),  # it goes on past the quote
        ("「なぜ？」と彼らは尋ねた。次に進んだ。", ["「なぜ？」と彼らは尋ねた。", "次に進んだ。"]),
        ("It is over. «Nein», sagte er. „Ja“, sagte sie. Er sagte: „Ich gehe.“ Dann ging er.",
         ["It is over.", "«Nein», sagte er.", "„Ja“, sagte sie.", "Er sagte: „Ich gehe.“",
          "Dann ging er."]),
        ("That is all.\n«Он закроется», — сказал он.",
         ["That is all.", "«Он закроется», — сказал он."]),
        ("Bien. ¿Qué pasa? ¡Nada! Fin.", ["Bien.", "¿Qué pasa?", "¡Nada!", "Fin."]),
        ("யார் சொன்னார். ஊழியர்கள் கூறினார்.", ["யார் சொன்னார்.", "ஊழியர்கள் கூறினார்."]),
        ("क्या हुआ। कुछ नहीं।", ["क्या हुआ।", "कुछ नहीं।"]),
        ("Dr. 王 spoke. Mr. Smith agreed.", ["Dr. 王 spoke.", "Mr. Smith agreed."]),
        ("Werk mit 13.000 Menschen. Die IG Metall warnte.",
         ["Werk mit 13.000 Menschen.", "Die IG Metall warnte."]),
        ("", []),
        ("No final stop", ["No final stop"]),
    ],
)
def test_split(text, expected):
    assert texts(text) == expected


def test_offsets_point_into_the_text():
    text = "  One here.   Two there.\n"
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text


def test_the_seed_has_nineteen_sentences():
    from model import default_briefing_path

    seed = default_briefing_path().with_suffix(".txt")
    assert len(split_sentences(seed.read_text(encoding="utf-8"))) == 19


def test_runs_of_own_stops_are_split_once_each_and_in_one_pass():
    assert texts("。" * 100_000) == ["。" * 100_000]
    assert len(texts("字。" * 50_000)) == 50_000
