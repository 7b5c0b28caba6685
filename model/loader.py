"""load_briefing: from a path to a checked Briefing, or every problem with its place."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from . import facts, files, yamltree
from .briefing import Briefing
from .checks import Found, Loc, check_evidence, check_ids, count_items
from .errors import BriefingError, Problem
from .limits import Limits
from .provenance import SourceIndex, SourceProblem, read_source
from .schema import HEX, BriefingFile, Concern, Party, Question
from .sentences import split_sentences
from .wording import schema_problem, yaml_problem

_SECTIONS: dict[str, type[BaseModel]] = {"parties": Party, "concerns": Concern,
                                         "questions": Question}


# "Did you mean" for the first problems only: difflib takes about 75 µs a key, and a file with
# thousands of unknown keys holds no typo worth a second of waiting.
_SUGGESTED = 1_000

_UNREAD = {files.Why.MISSING: "no such file", files.Why.DIRECTORY: "is a directory, not a file",
           files.Why.SPECIAL: "not a regular file"}


def _read_briefing(path: Path, limits: Limits) -> bytes:
    """The briefing's bytes, read once; the path is the user's own, so a symlink is followed."""
    try:
        return files.read_bytes(path, limits.max_bytes)
    except files.Unread as unread:
        if unread.why is files.Why.LARGE:
            message = f"file is larger than the limit of {limits.max_bytes:,} bytes"
        elif unread.why is files.Why.UNREADABLE:
            message = f"cannot read: {unread.reason}"
        else:
            message = _UNREAD.get(unread.why, unread.reason)
        raise BriefingError([Problem(str(path), None, None, message)]) from None


def _decode(name: str, data: bytes) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        message = f"not valid UTF-8 (byte 0x{data[error.start]:02x})"
        raise BriefingError([Problem(name, line, column, message)]) from None
    return text.removeprefix("\ufeff")


def _parse(name: str, text: str, limits: Limits) -> yamltree.Built:
    try:
        built = yamltree.parse(text, limits)
    except yamltree.TooLarge as error:
        line, column = yamltree.position(error.where)
        raise BriefingError([Problem(name, line, column, str(error))]) from None
    except yaml.MarkedYAMLError as error:
        where = error.problem_mark or error.context_mark
        line, column = (where.line + 1, where.column + 1) if where else (None, None)
        raise BriefingError([Problem(name, line, column, yaml_problem(error, text))]) from None
    except yaml.reader.ReaderError as error:
        line = text.count("\n", 0, error.position) + 1
        column = error.position - (text.rfind("\n", 0, error.position) + 1) + 1
        message = f"unacceptable character #x{error.character:04x}: {error.reason}"
        raise BriefingError([Problem(name, line, column, message)]) from None
    except yaml.YAMLError as error:
        raise BriefingError([Problem(name, None, None, f"invalid YAML: {error}")]) from None
    except RecursionError:
        raise BriefingError([Problem(name, None, None, "nesting is too deep to read")]) from None
    if built is None:
        raise BriefingError([Problem(name, None, None, "the file is empty")])
    return built


def load_briefing(path: str | Path, *, limits: Limits | None = None,
                  content: bytes | None = None) -> Briefing:
    """Load, validate and trace a briefing; raise BriefingError listing every problem.
    `content` is the briefing's bytes when the caller has read them already."""
    limits = limits or Limits()
    path = Path(path)
    name = str(path)
    text = _decode(name, _read_briefing(path, limits) if content is None else content)
    built = _parse(name, text, limits)

    problems = [Problem(name, *yamltree.position(at), message) for at, message in built.problems]
    data = built.data
    if not isinstance(data, dict):
        problems.append(Problem(name, 1, 1, "a briefing must be a mapping of keys to values"))
        raise BriefingError(problems)

    count = count_items(data)
    if count > limits.max_items:
        message = f"{count:,} items is more than the limit of {limits.max_items:,}"
        problems.append(Problem(name, 1, 1, message))
        raise BriefingError(problems)

    found = Found()
    check_ids(data, found)
    source = _check_source(path, data, found, limits)
    sentences = split_sentences(source.text) if source else []
    if source is not None:
        check_evidence(data, found, SourceIndex(source.text), sentences)

    schema_problems: list[tuple[Loc, bool, str]] = []

    def validate(schema: type[BaseModel], value: Any, at: Loc) -> Any:
        try:
            return schema.model_validate(value)
        except ValidationError as error:
            for detail in error.errors(include_url=False):
                suggest = len(schema_problems) < _SUGGESTED
                schema_problems.append(schema_problem(detail, at, suggest=suggest))
            return None

    # Each item in turn becomes its record and its raw data is let go, so a large file never
    # holds raw data, models and records for every item at once. The file as a whole is then
    # validated with a stand-in for each item already checked, passed or not: one that failed
    # has its problems recorded, and is not validated and worded a second time.
    records: dict[str, list[Any]] = {}
    for section, schema in _SECTIONS.items():
        entries = data.get(section)
        if not isinstance(entries, list):
            continue
        kept = records[section] = []
        stand_in = schema.model_construct()
        for index, entry in enumerate(entries):
            if isinstance(entry, dict):
                checked = validate(schema, entry, (section, index))
                if checked is not None:
                    kept.append(_record(checked))
                entries[index] = stand_in
    model = validate(BriefingFile, data, ())
    if found.problems or schema_problems:
        problems += _placed(name, text, found, schema_problems, problems)
    if problems or model is None or source is None:
        raise BriefingError(problems)
    file = _record(model, **records)
    for loc, (start, end, cited) in found.spans.items():
        evidence = _at(file, loc)
        evidence.span, evidence.sentences = (start, end), cited
    return Briefing(file, path, source.path, source.text, sentences)


def _placed(name: str, text: str, found: Found, schema: list[tuple[Loc, bool, str]],
            earlier: list[Problem]) -> list[Problem]:
    """The problems found after parsing, placed in the text that was parsed, all at once. A
    schema problem at a place the parser or the checks reported already is left out (a bad
    tag read as null, then "expected text, found null", says the same thing again); several
    schema problems at one place, such as every key a mapping lacks, are each kept."""
    wanted = [(loc, key) for loc, key, _, _ in found.problems]
    wanted += [(first, False) for _, _, _, first in found.problems if first is not None]
    wanted += [(loc, key) for loc, key, _ in schema]
    placed = yamltree.place(text, wanted)
    reported = {(problem.line, problem.column) for problem in earlier}
    problems = []
    for loc, key, message, first in found.problems:
        line, column = yamltree.position(placed[loc, key])
        if first is not None:
            message += f" (first used at line {yamltree.position(placed[first, False])[0]})"
        problems.append(Problem(name, line, column, message))
        reported.add((line, column))
    for loc, key, message in schema:
        line, column = yamltree.position(placed[loc, key])
        if (line, column) not in reported:
            problems.append(Problem(name, line, column, message))
    return problems


def _record(model: Any, **done: Any) -> Any:
    """The validated model as the record of the same name in facts.py; `done` are fields
    whose records are already made."""
    if isinstance(model, BaseModel):
        fields = type(model).model_fields
        record = getattr(facts, type(model).__name__)
        return record(**{name: done[name] if name in done else _record(getattr(model, name))
                         for name in fields})
    if isinstance(model, list):
        return [_record(value) for value in model]
    return model


def _check_source(path: Path, data: dict[str, Any], found: Found, limits: Limits) -> Any:
    source = data.get("source")
    if not isinstance(source, dict) or not isinstance(source.get("path"), str):
        return None
    try:
        loaded = read_source(path.parent, source["path"], limits)
    except SourceProblem as error:
        found.add(("source", "path"), str(error))
        return None
    expected = source.get("sha256")
    if isinstance(expected, str) and HEX.fullmatch(expected) and expected != loaded.sha256:
        found.add(("source", "sha256"), f"sha256 does not match the source file ({loaded.sha256})")
    return loaded


def _at(model: Any, loc: Loc) -> Any:
    for part in loc:
        model = model[part] if isinstance(part, int) else getattr(model, part)
    return model
