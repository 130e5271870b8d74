"""The `kuhina` command line (docs/command-line.md).

Messages go to stderr in the chosen language; exit codes: 0 done, 1 input refused,
2 usage error. Without a command, `kuhina [--workspace DIR]` starts the GUI.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from kuhina_desktop import __version__
from kuhina_desktop.cli.cli_language import KuhinaParser, language_in, speaking
from kuhina_desktop.cli.console import Console
from kuhina_desktop.errors import KnownError
from kuhina_desktop.messages import LANGUAGES, system_language

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
RECEIPT_SUFFIX = ".kuhina-receipt"  # the file manager opens these with the association's window


def _global_options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--language", choices=LANGUAGES, help="language of messages (fi, sv, en)")
    parser.add_argument("--workspace", type=str, help="workspace folder to open in the GUI")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="start the GUI, show the main window and quit (for tests)",
    )
    return parser


def _gui_arguments(argv: list[str]) -> argparse.Namespace | None:
    """The arguments when `argv` only starts the windows, else None (a command was given).

    Starting the windows skips building the commands' parsers, and so importing what the
    commands need (the catalogue, Alembic...): the window appears sooner.
    """
    if {"-h", "--help", "--version"} & set(argv):
        return None
    # A fixed width: argparse otherwise asks the terminal's, importing shutil (and its
    # compression modules) before the window could appear; this parser prints nothing.
    parser = _global_options(
        argparse.ArgumentParser(
            prog="kuhina",
            add_help=False,
            formatter_class=lambda prog: argparse.HelpFormatter(prog, width=80),
        )
    )
    parser.error = _no_exit  # type: ignore[method-assign]  # no exit: fall back instead
    try:
        args, rest = parser.parse_known_args(argv)
    except ValueError:
        return None  # let the full parser say what is wrong
    args.open_file = None
    if len(rest) == 1 and rest[0].lower().endswith(RECEIPT_SUFFIX):
        args.open_file = rest[0]  # a receipt opened from the file manager
    elif rest:
        return None
    args.command = None
    return args


def _no_exit(message: str) -> NoReturn:
    raise ValueError(message)


def build_parser() -> argparse.ArgumentParser:
    from kuhina_desktop.cli import (
        catalogue_commands,
        demo_command,
        org_commands,
        package_commands,
    )

    parser = KuhinaParser(
        prog="kuhina",
        description="Kuhina Desktop: the North Karelia catalogue of work practice "
        "offered by associations to job seekers.",
    )
    parser.add_argument("--version", action="version", version=f"kuhina {__version__}")
    _global_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    org_commands.register(commands)
    package_commands.register(commands)
    catalogue_commands.register(commands)
    demo_command.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    with speaking(language_in(arguments)):  # help and usage errors in the chosen language
        args = _gui_arguments(arguments) or build_parser().parse_args(arguments)
    console = Console(args.language or system_language())
    if args.command is None:
        from kuhina_desktop.cli.gui_launcher import launch

        return launch(args, console)
    try:
        result: int = args.handler(args, console)
        return result
    except KnownError as error:
        console.error(error.code, **error.params)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        console.error("interrupted")
        return EXIT_REFUSED


if __name__ == "__main__":
    sys.exit(main())
