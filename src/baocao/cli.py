"""The ``baocao`` command line, thin over the public API."""

from __future__ import annotations

import typer

app = typer.Typer(no_args_is_help=True, help="Vietnamese health review articles to verified reports.")


def main() -> None:
    """Entry point of the ``baocao`` console script."""
    app()
