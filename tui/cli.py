"""The `briefing` command line. Exit codes: 0 fine, 1 invalid input, 2 usage."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from model import (
    Briefing,
    BriefingError,
    Limits,
    default_briefing_path,
    load_briefing,
    one_line,
)

COMMANDS = ("read", "check", "show", "draft")


def _limits(parser: argparse.ArgumentParser) -> None:
    defaults = Limits()
    group = parser.add_argument_group("limits on what a briefing file may ask")
    for flag, name, what in (
        ("--max-bytes", "max_bytes", "largest briefing or source file, in bytes"),
        ("--max-depth", "max_depth", "deepest nesting of the YAML"),
        ("--max-items", "max_items", "most parties, concerns, questions and facts"),
        ("--max-string", "max_string", "longest text value, in characters"),
    ):
        default = getattr(defaults, name)
        group.add_argument(flag, dest=name, type=_positive, default=default, metavar="N",
                           help=f"{what} (default {default:,})")


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 1 or more")
    return int(text)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing", description="Read briefings: sourced fact models of a news story."
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    read = sub.add_parser("read", help="open the reader (the default command)")
    read.add_argument("file", nargs="?", type=Path, help="a briefing YAML file")
    read.add_argument("--no-mouse", action="store_true", help="turn mouse tracking off")
    _limits(read)
    check = sub.add_parser("check", help="validate briefing files")
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")
    check.add_argument("--coverage", action="store_true", help="also list uncited sentences")
    _limits(check)
    show = sub.add_parser("show", help="print a briefing without the reader")
    show.add_argument("file", nargs="?", type=Path)
    show.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    _limits(show)
    draft = sub.add_parser("draft", help="draft a briefing skeleton from a source text")
    draft.add_argument("seed", type=Path, metavar="SEED.txt", help="the source text")
    draft.add_argument("-o", "--output", type=Path, metavar="OUT.yaml",
                       help="where to write the draft (default: print it)")
    draft.add_argument("--force", action="store_true", help="replace OUT.yaml if it exists")
    _limits(draft)
    return parser


def _load(path: Path | None, limits: Limits) -> Briefing | None:
    try:
        return load_briefing(path or default_briefing_path(), limits=limits)
    except BriefingError as error:
        for problem in error.problems:
            print(one_line(str(problem)), file=sys.stderr)
        return None


def _summary(path: Path, briefing: Briefing) -> str:
    f = briefing.file
    facts = sum(1 for item in briefing.items if item.kind == "fact")
    return (f"{path}: ok: {len(f.parties)} parties, 1 plant, {len(f.concerns)} concerns, "
            f"{len(f.questions)} questions, {facts} facts; coverage {briefing.coverage}")


def check(paths: list[Path], coverage: bool, limits: Limits) -> int:
    status = 0
    for path in paths:
        briefing = _load(path, limits)
        if briefing is None:
            status = 1
            continue
        print(_summary(path, briefing))
        if coverage:
            for sentence in briefing.uncited():
                print(f"{path}: uncited sentence {sentence.index + 1}: {one_line(sentence.text)}")
    return status


def show(path: Path | None, form: str, limits: Limits) -> int:
    briefing = _load(path, limits)
    if briefing is None:
        return 1
    if form == "json":
        from model.export import to_json

        sys.stdout.write(to_json(briefing))
    elif form == "markdown":
        from model.export import to_markdown

        sys.stdout.write(to_markdown(briefing))
    else:
        from rich.console import Console

        from .show import print_text

        width = 80
        if sys.stdout.isatty():
            import shutil

            width = min(width, shutil.get_terminal_size().columns)
        print_text(briefing, Console(width=width, highlight=False))
    return 0


def read(path: Path | None, no_mouse: bool, limits: Limits) -> int:
    briefing = _load(path, limits)
    if briefing is None:
        return 1
    from .app import BriefingApp

    BriefingApp(briefing).run(mouse=not no_mouse)
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help")):
        argv.insert(0, "read")
    args = _parser().parse_args(argv)
    limits = Limits(max_bytes=args.max_bytes, max_depth=args.max_depth,
                    max_items=args.max_items, max_string=args.max_string)
    try:
        if args.command == "check":
            return check(args.files, args.coverage, limits)
        if args.command == "show":
            return show(args.file, args.format, limits)
        if args.command == "draft":
            from .drafting import draft

            return draft(args.seed, args.output, args.force, limits)
        return read(args.file, args.no_mouse, limits)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 0
