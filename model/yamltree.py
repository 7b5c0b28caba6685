"""Safe YAML parsing that keeps every node's line and column.

PyYAML's own constructors silently keep the last of two equal keys and know nothing of where a
value came from; here we build plain data from the parser's events (C parser when present),
refusing duplicate keys and object tags and bounding alias expansion, the number of nodes
and the length of lists as they are read, before they take memory. No node graph is kept:
problems found later are placed by one more pass over the events, `place`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.constructor import SafeConstructor

from .limits import Limits

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_SCALARS = SafeConstructor.yaml_constructors
_CORE = "tag:yaml.org,2002:"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_START = yaml.Mark("", 0, 0, 0, None, None)
# Lists whose entries are items, bounded by max_items rather than max_list.
_SECTIONS = frozenset({"parties", "concerns", "questions", "facts"})
Loc = tuple[Any, ...]


@dataclass
class Built:
    data: Any
    problems: list[tuple[yaml.Mark, str]] = field(default_factory=list)


class TooLarge(Exception):
    def __init__(self, where: yaml.Mark, message: str) -> None:
        super().__init__(message)
        self.where = where


def tag_name(tag: str) -> str:
    """A tag as a person would write it: !!python/name:os.system, not its long form."""
    return "!!" + tag.removeprefix(_CORE) if tag.startswith(_CORE) else tag


def mark(node: yaml.Node) -> tuple[int, int]:
    """One-based line and column where `node` starts."""
    return position(node.start_mark)


def position(where: yaml.Mark) -> tuple[int, int]:
    return where.line + 1, where.column + 1


class _EventBuilder:
    """Plain data straight from the parser's events, with no node graph kept in memory.

    A composed graph of a large file costs several times the file's size.
    """

    def __init__(self, events: Iterator[yaml.Event], limits: Limits) -> None:
        self.events = events
        self.limits = limits
        self.problems: list[tuple[yaml.Mark, str]] = []
        self.anchors: dict[str, tuple[Any, int] | None] = {}  # None: still being read
        self.count = 0  # nodes read, each alias counting as the nodes it repeats
        self.repeats = 0
        self.resolver = yaml.resolver.Resolver()
        self.constructor = SafeConstructor()

    def document(self) -> Built | None:
        """The one document of the stream, or None when there is none."""
        next(self.events)  # StreamStart
        event = next(self.events)
        if isinstance(event, yaml.StreamEndEvent):
            return None
        built = Built(self.node(next(self.events), 0), self.problems)
        next(self.events)  # DocumentEnd
        event = next(self.events)
        if not isinstance(event, yaml.StreamEndEvent):
            raise yaml.composer.ComposerError(
                "expected a single document in the stream", None,
                "but found another document", event.start_mark)
        return built

    def node(self, event: yaml.Event, depth: int, key: Any = None) -> Any:
        if depth > self.limits.max_depth:
            raise TooLarge(event.start_mark,
                           f"nesting is deeper than {self.limits.max_depth} levels")
        if isinstance(event, yaml.AliasEvent):
            return self._alias(event)
        anchor, before = event.anchor, self.count
        if anchor is not None:
            self.anchors[anchor] = None
        self.count += 1
        if self.count > self.limits.max_nodes:
            raise TooLarge(event.start_mark, "the file holds more than the limit of "
                           f"{self.limits.max_nodes:,} values, keys and list entries")
        if isinstance(event, yaml.ScalarEvent):
            value = self._scalar(event)
        elif isinstance(event, yaml.SequenceStartEvent):
            value = self._sequence(event, depth, key)
        else:
            value = self._mapping(event, depth)
        if anchor is not None:
            self.anchors[anchor] = (value, self.count - before)
        return value

    def _alias(self, event: yaml.AliasEvent) -> Any:
        if event.anchor not in self.anchors:
            raise yaml.composer.ComposerError(
                None, None, f"found undefined alias {event.anchor!r}", event.start_mark)
        anchored = self.anchors[event.anchor]
        if anchored is None:
            raise TooLarge(event.start_mark, f"the alias *{event.anchor} repeats the node that "
                           "holds it, which would never end")
        value, size = anchored
        self.count += size  # an anchor holding this alias is as large as if written out
        self.repeats += size
        if self.repeats > self.limits.max_alias_nodes:
            raise TooLarge(event.start_mark,
                           f"aliases expand to more than {self.limits.max_alias_nodes} nodes")
        return value

    def _sequence(self, event: yaml.SequenceStartEvent, depth: int, key: Any) -> list[Any]:
        self._tag(event, _SEQ)
        items = isinstance(key, str) and key in _SECTIONS
        most, what = ((self.limits.max_items, "--max-items") if items
                      else (self.limits.max_list, "--max-list"))
        value: list[Any] = []
        while not isinstance(child := next(self.events), yaml.SequenceEndEvent):
            if len(value) == most:
                raise TooLarge(event.start_mark, f"this list has more than {most:,} entries, "
                               f"the limit ({what})")
            value.append(self.node(child, depth + 1))
        return value

    def _tag(self, event: yaml.Event, standard: str) -> None:
        tag = event.tag if event.tag not in (None, "!") else standard  # "!": the standard one
        if tag != standard:
            self.problems.append((event.start_mark, f"the tag {tag_name(tag)} is not allowed"))

    def _mapping(self, event: yaml.MappingStartEvent, depth: int) -> dict[Any, Any]:
        self._tag(event, _MAP)
        result: dict[Any, Any] = {}
        first: dict[Any, yaml.Mark] = {}
        while not isinstance(key_event := next(self.events), yaml.MappingEndEvent):
            merge = isinstance(key_event, yaml.ScalarEvent) and self._resolve(key_event) == \
                "tag:yaml.org,2002:merge"
            key = None if merge else self.node(key_event, depth + 1)
            value = self.node(next(self.events), depth + 1, key)
            if merge:
                self.problems.append((key_event.start_mark, "merge keys ('<<') are not supported"))
            elif isinstance(key, list | dict):
                self.problems.append((key_event.start_mark, "a key must be plain text"))
            elif key in result:
                line = first[key].line + 1
                self.problems.append(
                    (key_event.start_mark, f"duplicate key {key!r} (first at line {line})"))
            else:
                first[key] = key_event.start_mark
                result[key] = value
        return result

    def _resolve(self, event: yaml.ScalarEvent) -> str:
        if event.tag not in (None, "!"):
            return event.tag
        return self.resolver.resolve(yaml.ScalarNode, event.value, event.implicit)

    def _scalar(self, event: yaml.ScalarEvent) -> Any:
        tag = self._resolve(event)
        construct = _SCALARS.get(tag)
        if construct is None or tag == "tag:yaml.org,2002:binary":
            self.problems.append((event.start_mark, f"the tag {tag_name(tag)} is not allowed"))
            return None
        if len(event.value) > self.limits.max_string:
            self.problems.append((event.start_mark, "text is longer than the limit of "
                                  f"{self.limits.max_string:,} characters"))
            return None
        if tag == "tag:yaml.org,2002:str":
            return event.value
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            return construct(self.constructor, node)
        except (ValueError, OverflowError, yaml.YAMLError) as error:
            self.problems.append((event.start_mark, f"cannot read this value: {error}"))
            return None


def parse(text: str, limits: Limits) -> Built | None:
    """Plain data from YAML text, or None when it holds no document. Problems are collected,
    not raised, but for TooLarge and YAML syntax errors."""
    builder = _EventBuilder(yaml.parse(text, Loader=Loader), limits)
    return builder.document()


def place(text: str, wanted: Iterable[tuple[Loc, bool]]) -> dict[tuple[Loc, bool], yaml.Mark]:
    """Where each (loc, key) of `wanted` is in `text`: the deepest node along loc (keys and
    indexes), or with `key` a final key's own node. One pass over the parser's events, with
    no node graph: placing many problems costs no more than placing one."""
    wanted = list(wanted)
    paths = {loc: tuple(map(str, loc)) for loc, _ in wanted}
    prefixes = {path[:size] for path in paths.values() for size in range(len(path) + 1)}
    keyed = {paths[loc] for loc, key in wanted if key and loc}
    values: dict[tuple[str, ...], yaml.Mark] = {}
    keys: dict[tuple[str, ...], yaml.Mark] = {}
    # One frame per open collection: its path (None inside a key that is not a scalar), whether
    # it is a mapping, entries so far, and a mapping's last key (None: a value is next).
    stack: list[list[Any]] = []
    for event in yaml.parse(text, Loader=Loader):
        if isinstance(event, yaml.CollectionEndEvent):
            stack.pop()
            continue
        if not isinstance(event, yaml.NodeEvent):
            continue
        path: tuple[str, ...] | None = ()
        if stack:
            frame = stack[-1]
            parent, mapping, count, last = frame
            frame[2] += 1
            if parent is None:
                path = None
            elif not mapping:
                path = parent + (str(count),)
            elif count % 2 == 0:  # a key
                frame[3] = event.value if isinstance(event, yaml.ScalarEvent) else None
                if frame[3] is not None and parent + (frame[3],) in keyed:
                    keys.setdefault(parent + (frame[3],), event.start_mark)
                path = None
            else:
                path = None if last is None else parent + (last,)
        if path is not None and path in prefixes:
            values.setdefault(path, event.start_mark)
        if isinstance(event, yaml.CollectionStartEvent):
            stack.append([path, isinstance(event, yaml.MappingStartEvent), 0, None])
    placed = {}
    for loc, key in wanted:
        path = paths[loc]
        if key and path in keys:
            placed[loc, key] = keys[path]
            continue
        size = len(path)
        while size and path[:size] not in values:
            size -= 1
        placed[loc, key] = values.get(path[:size], _START)
    return placed
