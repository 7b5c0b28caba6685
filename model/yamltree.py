"""Safe YAML parsing that keeps every node's line and column.

PyYAML's own constructors silently keep the last of two equal keys and know nothing of where a
value came from; here we compose the node graph (C parser when present) and build plain data
ourselves, refusing duplicate keys and object tags and bounding alias expansion.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.constructor import SafeConstructor

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_SCALARS = SafeConstructor.yaml_constructors
_CORE = "tag:yaml.org,2002:"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"


@dataclass(frozen=True)
class Limits:
    """Bounds on what one briefing file may ask of the loader."""

    max_bytes: int = 64 * 1024 * 1024
    max_depth: int = 64
    max_items: int = 200_000
    max_string: int = 100_000
    max_alias_nodes: int = 10_000


@dataclass
class Built:
    data: Any
    problems: list[tuple[yaml.Node, str]] = field(default_factory=list)


class TooLarge(Exception):
    def __init__(self, node: yaml.Node, message: str) -> None:
        super().__init__(message)
        self.node = node


def tag_name(tag: str) -> str:
    """A tag as a person would write it: !!python/name:os.system, not its long form."""
    return "!!" + tag.removeprefix(_CORE) if tag.startswith(_CORE) else tag


def mark(node: yaml.Node) -> tuple[int, int]:
    """One-based line and column where `node` starts."""
    return node.start_mark.line + 1, node.start_mark.column + 1


def compose(text: str) -> yaml.Node | None:
    return yaml.compose(text, Loader=Loader)


class _Builder:
    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.problems: list[tuple[yaml.Node, str]] = []
        self.seen: set[int] = set()
        self.repeats = 0
        self.constructor = SafeConstructor()

    def build(self, node: yaml.Node, depth: int) -> Any:
        if depth > self.limits.max_depth:
            raise TooLarge(node, f"nesting is deeper than {self.limits.max_depth} levels")
        if id(node) in self.seen:
            self.repeats += 1
            if self.repeats > self.limits.max_alias_nodes:
                raise TooLarge(
                    node, f"aliases expand to more than {self.limits.max_alias_nodes} nodes"
                )
        else:
            self.seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, depth)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != _SEQ:
                self.problems.append((node, f"the tag {tag_name(node.tag)} is not allowed"))
            return [self.build(child, depth + 1) for child in node.value]
        return self._scalar(node)

    def _mapping(self, node: yaml.MappingNode, depth: int) -> dict[Any, Any]:
        if node.tag != _MAP:
            self.problems.append((node, f"the tag {tag_name(node.tag)} is not allowed"))
        result: dict[Any, Any] = {}
        first: dict[Any, yaml.Node] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                self.problems.append((key_node, "merge keys ('<<') are not supported"))
                continue
            key = self.build(key_node, depth + 1)
            if isinstance(key, list | dict):
                self.problems.append((key_node, "a key must be plain text"))
                continue
            if key in result:
                line, _ = mark(first[key])
                self.problems.append((key_node, f"duplicate key {key!r} (first at line {line})"))
                continue
            first[key] = key_node
            result[key] = self.build(value_node, depth + 1)
        return result

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        construct = _SCALARS.get(node.tag)
        if construct is None or node.tag == "tag:yaml.org,2002:binary":
            self.problems.append((node, f"the tag {tag_name(node.tag)} is not allowed"))
            return None
        if len(node.value) > self.limits.max_string:
            self.problems.append(
                (node, f"text is longer than the limit of {self.limits.max_string:,} characters")
            )
            return None
        try:
            return construct(self.constructor, node)
        except (ValueError, OverflowError, yaml.YAMLError) as error:
            self.problems.append((node, f"cannot read this value: {error}"))
            return None


def build(node: yaml.Node, limits: Limits) -> Built:
    """Plain data from a composed node; problems collected, not raised (but for TooLarge)."""
    builder = _Builder(limits)
    data = builder.build(node, 0)
    return Built(data, builder.problems)


def locate(root: yaml.Node, loc: tuple[Any, ...], *, key: bool = False) -> yaml.Node:
    """The deepest node along `loc` (keys and indexes); with `key`, a final key's own node."""
    node = root
    for position, part in enumerate(loc):
        if isinstance(node, yaml.MappingNode):
            found = None
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.value == str(part):
                    last = position == len(loc) - 1
                    found = key_node if key and last else value_node
                    break
            if found is None:
                return node
            node = found
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if not 0 <= part < len(node.value):
                return node
            node = node.value[part]
        else:
            return node
    return node
