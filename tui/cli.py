"""The `briefing` command line. Exit codes: 0 fine, 1 invalid input, 2 usage."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from model import Briefing, BriefingError, default_briefing_path, load_briefing, one_line

COMMANDS = ("read", "check", "show")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing", description="Read briefings: sourced fact models of a news story."
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    read = sub.add_parser("read", help="open the reader (the default command)")
    read.add_argument("file", nargs="?", type=Path, help="a briefing YAML file")
    read.add_argument("--no-mouse", action="store_true", help="turn mouse tracking off")
    check = sub.add_parser("check", help="validate briefing files")
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")
    check.add_argument("--coverage", action="store_true", help="also list uncited sentences")
    show = sub.add_parser("show", help="print a briefing without the reader")
    show.add_argument("file", nargs="?", type=Path)
    show.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    return parser


def _load(path: Path | None) -> Briefing | None:
    try:
        return load_briefing(path or default_briefing_path())
    except BriefingError as error:
        for problem in error.problems:
            print(one_line(str(problem)), file=sys.stderr)
        return None


def _summary(path: Path, briefing: Briefing) -> str:
    f = briefing.file
    facts = sum(1 for item in briefing.items if item.kind == "fact")
    return (f"{path}: ok: {len(f.parties)} parties, 1 plant, {len(f.concerns)} concerns, "
            f"{len(f.questions)} questions, {facts} facts; coverage {briefing.coverage}")


def check(paths: list[Path], coverage: bool) -> int:
    status = 0
    for path in paths:
        briefing = _load(path)
        if briefing is None:
            status = 1
            continue
        print(_summary(path, briefing))
        if coverage:
            for sentence in briefing.uncited():
                print(f"{path}: uncited sentence {sentence.index + 1}: {one_line(sentence.text)}")
    return status


def show(path: Path | None, form: str) -> int:
    briefing = _load(path)
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


def read(path: Path | None, no_mouse: bool) -> int:
    briefing = _load(path)
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
    try:
        if args.command == "check":
            return check(args.files, args.coverage)
        if args.command == "show":
            return show(args.file, args.format)
        return read(args.file, args.no_mouse)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 0
