"""Problems from the YAML parser and from pydantic, put in words an analyst understands.

Both libraries word their errors for programmers ("Input should be a valid dictionary or
instance of Plant", "while parsing a block collection did not find expected '-' indicator");
a briefing's writer should read what is wrong and what to do about it instead.
"""

from __future__ import annotations

import difflib
import re
import types
import typing
from datetime import date, datetime
from typing import Any

import yaml
from pydantic import BaseModel

from .schema import BriefingFile

Loc = tuple[Any, ...]

_INDENT = "check its indentation"
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def found(value: Any) -> str:
    """What a YAML value is, as its writer would name it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"{str(value).lower()} (yes/no)"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, datetime):
        return "a date with a time of day"
    if isinstance(value, date):
        return f"the date {value.isoformat()}"
    if isinstance(value, dict):
        return "a mapping of keys to values"
    if isinstance(value, list):
        return "a list"
    text = str(value)
    return f"the text {text if len(text) <= 40 else text[:39] + '…'!r}"


# Each pydantic error type a briefing can meet, and what the field wanted instead.
_EXPECTED = {
    "string_type": "text",
    "int_type": "a whole number",
    "list_type": "a list",
    "model_type": "a mapping of its fields",
    "dict_type": "a mapping of keys to values",
    "date_type": "a date written as YYYY-MM-DD",
    "date_from_datetime_inexact": "a date written as YYYY-MM-DD",
}
_DATE_PARSING = {"date_parsing", "date_from_datetime_parsing"}


def keys_at(loc: Loc) -> list[str]:
    """The keys a mapping at `loc` may hold, from the schema; [] when loc is not a mapping
    the schema describes."""
    model: Any = BriefingFile
    for part in loc:
        if isinstance(part, int):
            model = _inner(model, list)
        elif isinstance(model, type) and issubclass(model, BaseModel) and \
                part in model.model_fields:
            model = model.model_fields[part].annotation
        else:
            return []
        model = _inner(model, BaseModel)
    return list(model.model_fields) if isinstance(model, type) and \
        issubclass(model, BaseModel) else []


def _inner(annotation: Any, wanted: type) -> Any:
    """`annotation` without Optional around it; for `list`, the type of its entries."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
    if wanted is list and typing.get_origin(annotation) is list:
        return typing.get_args(annotation)[0]
    return annotation


def suggestion(word: str, known: list[str]) -> str:
    """' (did you mean 'title'?)' for a word close to one of `known`, else ''."""
    close = difflib.get_close_matches(word, known, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def dotted(loc: Loc) -> str:
    """A place in the file as the writer finds it: parties[0].facts[1].certainty."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif isinstance(part, str) and not part[:1].isupper() and "[" not in part:
            out += f".{part}" if out else part
        else:
            break  # pydantic's own labels (union members, validators) are not keys
    return out


def schema_problem(detail: dict[str, Any], at: Loc, *, suggest: bool = True
                   ) -> tuple[Loc, bool, str]:
    """One pydantic error as (place in the file, at its key?, message); `at` is where the
    validated value sits in the file; `suggest`: add a close known word to a wrong one."""
    loc = at + tuple(detail["loc"])
    kind, value = detail["type"], detail.get("input")
    if kind == "missing":
        return loc[:-1], False, (f"{dotted(loc[:-1]) or 'top level'}: missing required key "
                                 f"{loc[-1]!r}")
    if kind == "extra_forbidden":
        word = str(loc[-1])
        hint = suggestion(word, keys_at(loc[:-1])) if suggest else ""
        return loc, True, f"unknown key {word!r}{hint}"
    return loc, False, _prefixed(dotted(loc), _value_message(kind, detail, value, suggest))


def _prefixed(path: str, message: str) -> str:
    return f"{path}: {message}" if path else message


def _value_message(kind: str, detail: dict[str, Any], value: Any, suggest: bool) -> str:
    if kind in ("enum", "literal_error"):
        allowed = re.findall(r"'([^']*)'", detail.get("ctx", {}).get("expected", ""))
        if len(allowed) == 1:
            return f"expected {allowed[0]!r}, found {found(value)}"
        hint = suggestion(value, allowed) if suggest and isinstance(value, str) else ""
        wanted = "one of " + ", ".join(map(repr, allowed))
        return f"expected {wanted}, found {found(value)}{hint}"
    if kind in _DATE_PARSING and isinstance(value, str):
        return f"expected a date written as YYYY-MM-DD, found {found(value)}{_why_not(value)}"
    if kind in _EXPECTED or kind in _DATE_PARSING:
        return f"expected {_EXPECTED.get(kind, _EXPECTED['date_type'])}, found {found(value)}"
    if kind == "too_short":
        least = detail.get("ctx", {}).get("min_length", 1)
        return f"must list at least {least} item{'s' if least != 1 else ''}, found none"
    if kind == "value_error":  # the schema's own validators, worded already
        return detail["msg"].removeprefix("Value error, ")
    return f"this value is not allowed here ({detail['msg']})"


def _why_not(text: str) -> str:
    """Why a date-shaped text is not a date: the month or day out of range."""
    match = _ISO_DATE.fullmatch(text.strip())
    if not match:
        return ""
    year, month, day = map(int, match.groups())
    if not 1 <= month <= 12:
        return ": the month must be 01 to 12"
    try:
        date(year, month, day)
    except ValueError:
        return ": that month has no such day"
    return ""


def _line_of(where: yaml.Mark | None, text: str) -> str:
    """The line the parser stopped on, or ""."""
    if where is None:
        return ""
    lines = text.splitlines()
    return lines[where.line] if where.line < len(lines) else ""


def _quote_closed_early(where: yaml.Mark | None, line: str) -> bool:
    """Whether the parser stopped just past a ' that closed a single-quoted value with a
    letter after it: 'it's here' is the text 'it' and then a stray "s here'"."""
    if where is None:
        return False
    before = line[:where.column]
    return (before.endswith("'") and line[where.column:where.column + 1].isalpha()
            and before.count("'") >= 2 and ": '" in before)


def yaml_problem(error: yaml.MarkedYAMLError, text: str) -> str:
    """What a YAML syntax error means for the writer, and where to look."""
    context, problem = error.context or "", error.problem or ""
    started = error.context_mark
    opened = f"line {started.line + 1}, column {started.column + 1}" if started else "above"
    where = error.problem_mark
    line = _line_of(where, text)  # the text split once, however many rules read the line
    if "tab" in problem:
        return "a tab character where YAML wants spaces: indent with spaces only"
    if _quote_closed_early(where, line):
        return ("a ' inside text quoted with '…' ends the text there: write it twice ('') or "
                'quote the whole text with "…"')
    if "block mapping" in context:
        return f"this line does not line up with the keys above it: {_INDENT}"
    if "block collection" in context:
        return ("this line lines up neither with the keys of the list entry above it nor "
                f"with the list's '- ' marks: {_INDENT}")
    if "mapping values are not allowed" in problem:
        return ("a ':' here would start a key where none can be: check the indentation of "
                "this line, or put text that holds ': ' in quotes")
    if "simple key" in context:
        return ("this line has no ':' after its key: check its indentation, or put the text "
                "in quotes")
    if "quoted scalar" in context and "end of stream" in problem:
        return f"the quote opened at {opened} is never closed"
    if "escape" in problem:
        return ("unknown escape in double-quoted text: write a backslash as \\\\, or put the "
                "text in single quotes")
    if "flow sequence" in context:
        return f"the list '[' opened at {opened} needs ',' between entries and a closing ']'"
    if "flow mapping" in context:
        return f"the mapping '{{' opened at {opened} needs ',' between entries and a closing '}}'"
    if "cannot start any token" in problem:
        character = line[where.column:where.column + 1] if where else ""
        return f"{character or 'this character'!r} cannot start a value: put the text in quotes"
    if "undefined alias" in problem:
        return "this alias ('*') names no anchor ('&') above it"
    if "anchor" in context or "alias" in context:
        return "an anchor ('&') or alias ('*') needs a name of letters and digits"
    if "tag" in context:
        return "this tag ('!') is not written right; a briefing needs no tags"
    if "block scalar" in context:
        return "after '|' or '>' only '-', '+', a digit or a comment may follow on that line"
    if "single document" in context or "document start" in problem:
        return "a briefing is one YAML document: remove the '---' or '%' line here"
    if "nesting depth" in problem:
        return "lists and mappings are nested too deeply here"
    if "node content" in problem:
        return f"a value is missing here: {_INDENT}"
    return f"this is not valid YAML ({' '.join(p for p in (context, problem) if p)}): {_INDENT}"
