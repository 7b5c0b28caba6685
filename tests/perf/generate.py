"""Valid briefings of any size, the same bytes for the same size, with a matching source."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import yaml

_WORDS = (
    "plant workers union deal talks supplier city council board shares output line shift "
    "battery motor vehicle export tariff wage pension contract review permit harbour grid "
    "steel copper energy price demand quarter market model platform brand venture lease"
).split()
_HEDGES = ("reportedly", "could", "will likely", "according to insiders", "")


def _sentence(rng: random.Random, n: int) -> tuple[str, str]:
    hedge = _HEDGES[n % len(_HEDGES)]
    words = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(6, 14)))
    middle = f" {hedge}" if hedge else ""
    return f"Party {n}{middle} said the {words} moved {n} times.", hedge


def generate(folder: Path, items: int, seed: int = 20261124) -> Path:
    """Write big-N.yaml and big-N.txt into `folder` with `items` items; return the YAML path."""
    rng = random.Random(seed + items)
    units = max(1, items // 10)  # each unit: 2 parties with 3 facts each, 1 concern, 1 question
    sentences: list[str] = []
    certainty = {"reportedly": "reported", "could": "possible", "will likely": "likely",
                 "according to insiders": "reported", "": "stated"}

    def cite() -> dict:
        text, hedge = _sentence(rng, len(sentences))
        sentences.append(text)
        fact = {"text": text.removesuffix("."), "certainty": certainty[hedge]}
        if hedge:
            fact["cues"] = [hedge]
        # every other quote is a part of its sentence, as analysts quote
        quote = text if len(sentences) % 2 else text.split(" ", 2)[2]
        fact["evidence"] = [{"quote": quote.removesuffix(".")}]
        return fact

    parties, concerns, questions = [], [], []
    for u in range(units):
        ids = [f"party-{u}-a", f"party-{u}-b"]
        for ident in ids:
            parties.append({"id": ident, "name": f"Party {ident[6:]}", "kind": "company",
                            "role": "A generated party", "stance": "unknown",
                            "facts": [cite() for _ in range(3)]})
        concern = cite()
        concerns.append({"id": f"concern-{u}", "title": f"Concern {u}", "held_by": list(ids),
                         "about": ["plant"], "detail": concern["text"],
                         "certainty": concern["certainty"], **({"cues": concern["cues"]}
                                                               if "cues" in concern else {}),
                         "evidence": concern["evidence"]})
        questions.append({"id": f"question-{u}", "question": f"Will thing {u} happen?",
                          "why": "It matters.", "status": "open", "related": list(ids),
                          "evidence": cite()["evidence"]})
    plant = {"id": "plant", "name": "Generated plant", "facts": [cite()]}
    lines = [" ".join(sentences[i : i + 8]) for i in range(0, len(sentences), 8)]
    source = "\n".join(lines) + "\n"
    stem = f"big-{items}"
    (folder / f"{stem}.txt").write_text(source, encoding="utf-8")
    data = {
        "format": "briefing/1", "id": stem, "title": f"A generated briefing of {items:,} items",
        "bluf": "Generated for the benchmark: every fact quotes its own sentence.",
        "source": {"path": f"{stem}.txt",
                   "sha256": hashlib.sha256(source.encode()).hexdigest(), "kind": "generated"},
        "parties": parties,
        "plant": plant,
        "concerns": concerns, "questions": questions,
    }
    path = folder / f"{stem}.yaml"
    path.write_text(yaml.dump(data, Dumper=yaml.CSafeDumper, sort_keys=False, width=100),
                    encoding="utf-8")
    return path
