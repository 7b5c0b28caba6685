"""The `briefing` command line. Exit codes: 0 fine, 1 invalid input, 2 usage."""

from __future__ import annotations

import argparse
import functools
import sys
from pathlib import Path

from model import Limits, default_briefing_path, one_line

COMMANDS = ("read", "check", "show", "diff", "draft", "keys", "serve")


LIMITS = {
    "max_bytes": "largest briefing or source file, in bytes",
    "max_depth": "deepest nesting of the YAML",
    "max_items": "most parties, concerns, questions and facts",
    "max_string": "longest text value, in characters",
    "max_nodes": "most YAML values, keys and list entries in one file",
    "max_list": "most entries in one list that does not hold items",
}


def _flag(name: str) -> str:
    return "--" + name.replace("_", "-")


def _limits(parser: argparse.ArgumentParser) -> None:
    defaults = Limits()
    group = parser.add_argument_group("limits on what a briefing file may ask")
    for name, what in LIMITS.items():
        default = getattr(defaults, name)
        group.add_argument(_flag(name), dest=name, type=_positive, default=default, metavar="N",
                           help=f"{what} (default {default:,})")
    group.add_argument("--source-root", type=Path, metavar="DIR",
                       help="a folder a briefing's source may lie in, besides the briefing's "
                       "own folder")
    parser.add_argument("--config", type=Path, metavar="PATH",
                        help="settings file (default $XDG_CONFIG_HOME/briefing/config.toml)")


def _theme(name: str) -> str:
    from .config import themes

    if name not in themes():
        raise argparse.ArgumentTypeError(
            f"unknown theme {name!r}; one of {', '.join(sorted(themes()))}")
    return name


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 1 or more")
    return int(text)


def _minutes(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of minutes above 0")
    return value


@functools.cache  # built once: a reader forked by serve's warm helper parses with the helper's
def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing", description="Read briefings: sourced fact models of a news story."
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    read = sub.add_parser("read", help="open the reader (the default command)")
    read.add_argument("file", nargs="?", type=Path,
                      help="a briefing YAML file, or a folder of them (the library)")
    read.add_argument("--no-mouse", action="store_true", help="turn mouse tracking off")
    read.add_argument("--theme", type=_theme, metavar="NAME", help="the theme to read in")
    read.add_argument("--no-watch", action="store_true",
                      help="do not reload the briefing when it or its source is saved")
    read.add_argument("--served", action="store_true", help=argparse.SUPPRESS)  # by `serve`
    read.add_argument("--state", type=Path, help=argparse.SUPPRESS)  # by `serve`, per key
    _limits(read)
    check = sub.add_parser("check", help="validate briefing files")
    check.add_argument("files", nargs="+", type=Path, metavar="FILE|DIR",
                       help="a briefing, or a folder: its *.yaml and *.yml files, not those in "
                       "its subfolders, nor hidden ones")
    check.add_argument("--coverage", action="store_true", help="also list uncited sentences")
    check.add_argument("--strict", action="store_true", help="treat warnings as errors: print them "
                       "as errors and fail the file (exit 1)")
    _limits(check)
    show = sub.add_parser("show", help="print a briefing without the reader")
    show.add_argument("file", nargs="?", type=Path)
    show.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    show.add_argument("--notes", action="store_true", help="with your notes from the reader")
    _limits(show)
    changes = sub.add_parser("diff", help="what changed between two versions of a story")
    changes.add_argument("old", type=Path, metavar="OLD", help="the earlier version")
    changes.add_argument("new", type=Path, metavar="NEW", help="the later version")
    changes.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    _limits(changes)
    draft = sub.add_parser("draft", help="draft a briefing skeleton from a source text")
    draft.add_argument("seed", type=Path, metavar="SEED.txt", help="the source text")
    draft.add_argument("-o", "--output", type=Path, metavar="OUT.yaml",
                       help="where to write the draft (default: print it)")
    draft.add_argument("--force", action="store_true", help="replace OUT.yaml if it exists")
    _limits(draft)
    keys = sub.add_parser("keys", help="print every key binding: id, keys, what it does")
    keys.add_argument("--config", type=Path, metavar="PATH",
                      help="settings file (default $XDG_CONFIG_HOME/briefing/config.toml)")
    _serve_parsers(sub)
    return parser


def _serve_parsers(sub: argparse._SubParsersAction) -> None:
    serve = sub.add_parser("serve", help="serve the reader over SSH or to a browser")
    how = serve.add_subparsers(dest="how", metavar="ssh|web", required=True)
    ssh = how.add_parser("ssh", help="serve the reader over SSH (asyncssh)")
    ssh.add_argument("--authorized-keys", type=Path, metavar="PATH",
                     default=Path.home() / ".ssh" / "authorized_keys",
                     help="public keys allowed in (~/.ssh/authorized_keys)")
    ssh.add_argument("--host-key", type=Path, metavar="PATH",
                     help="the server's private key (generated once in the state directory)")
    ssh.add_argument("--open", action="store_true", help="let anyone in without a key")
    ssh.add_argument("--max-sessions", type=_positive, default=32, metavar="N",
                     help="readers open at once (32)")
    ssh.add_argument("--idle-timeout", type=_minutes, default=30.0, metavar="MINUTES",
                     help="close a session after this long without a key press (30)")
    web = how.add_parser("web", help="serve the reader to a browser (textual-serve)")
    web.add_argument("--max-sessions", type=_positive, default=32, metavar="N",
                     help="readers open at once (32)")
    web.add_argument("--public-url", metavar="URL",
                     help="the address browsers use, behind a reverse proxy (https://host/path)")
    for each, port in ((ssh, 2222), (web, 8000)):
        each.add_argument("file", nargs="?", type=Path,
                          help="a briefing YAML file, or a folder of them (the library)")
        each.add_argument("--theme", type=_theme, metavar="NAME",
                          help="the theme readers open in")
        each.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
        each.add_argument("--port", type=int, default=port, help=f"port to listen on ({port}; "
                          "0: any free port)")
        each.add_argument("--no-warm", action="store_true",
                          help="start each reader as a new process, not forked from a warm one")
        _limits(each)


def _serve(args: argparse.Namespace, limits: Limits) -> int:
    """Check the briefing (or that the folder can be listed) once before serving it; each
    reader is started with its limits."""
    from .commands.load import load

    if args.file is not None and args.file.is_dir():
        from model.library import unreadable

        if problem := unreadable(args.file):
            print(one_line(problem), file=sys.stderr)
            return 1
    elif load(args.file, limits) is None:
        return 1
    reader = [sys.executable, "-m", "tui", "read", "--served"]
    if args.theme:
        reader += ["--theme", args.theme]
    served = (args.file or default_briefing_path()).resolve()
    if args.file is not None:
        reader.append(str(served))
    for name in LIMITS:
        reader += [_flag(name), str(getattr(limits, name))]
    # A reader's root is the served folder, or the wider one the server was given.
    root = limits.source_root or (served if served.is_dir() else served.parent)
    reader += ["--source-root", str(root.resolve())]
    from .serve import serve

    return serve(args, reader)


def parse(argv: list[str]) -> argparse.Namespace:
    """A command line as main() reads it: without a command, it is `read`."""
    argv = list(argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help")):
        argv.insert(0, "read")
    return _parser().parse_args(argv)


def limits_of(args: argparse.Namespace, source_root: Path | None = None) -> Limits:
    """The limits a command line asks for; `source_root` (the config's) unless it names one."""
    return Limits(**{name: getattr(args, name) for name in LIMITS if hasattr(args, name)},
                  source_root=getattr(args, "source_root", None) or source_root)


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    from .config import ConfigError, load_config

    try:
        config = load_config(getattr(args, "config", None))
    except ConfigError as error:
        for problem in error.problems:
            print(one_line(problem), file=sys.stderr)
        return 1
    limits = limits_of(args, config.source_root)
    try:
        if args.command == "check":
            from .commands.check import check

            return check(args.files, args.coverage, limits, args.strict)
        if args.command == "show":
            from .commands.show import show

            return show(args.file, args.format, limits, args.notes)
        if args.command == "diff":
            from .commands.diff import diff

            return diff(args.old, args.new, args.format, limits)
        if args.command == "serve":
            return _serve(args, limits)
        if args.command == "draft":
            from .commands.draft import draft

            return draft(args.seed, args.output, args.force, limits)
        if args.command == "keys":
            from .commands.keys import print_keys

            return print_keys(config.keymap)
        from .commands.read import read

        return read(args.file, limits, config, theme=args.theme,
                    mouse=config.mouse and not args.no_mouse, served=args.served,
                    watch=not args.no_watch, state=args.state)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 0
