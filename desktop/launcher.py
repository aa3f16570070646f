"""The `excerpta` entry point: a command runs headless (desktop.cli); no command opens the window.

It sits above both front ends, so that the command line never imports the window's code.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.cli import parse_arguments, run_command
from desktop.location import resolve_library_dir


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(argv)
    if args.command is not None:
        return run_command(args)
    from desktop.ui.app import run_desktop  # Qt is loaded only for the window

    return run_desktop(resolve_library_dir(args.library), screenshot=args.screenshot, search=args.search)


if __name__ == "__main__":
    raise SystemExit(main())
