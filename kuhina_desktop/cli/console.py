"""Where the command line speaks: translated messages on stderr, results on stdout."""

from __future__ import annotations

import sys
from typing import Any

from kuhina_desktop.messages import translate


class Console:
    def __init__(self, language: str) -> None:
        self.language = language

    def t(self, code: str, **params: Any) -> str:
        return translate(code, self.language, **params)

    def info(self, code: str, **params: Any) -> None:
        print(self.t(code, **params), file=sys.stderr)

    def error(self, code: str, **params: Any) -> None:
        print(self.t("error_prefix") + " " + self.t(code, **params), file=sys.stderr)

    def problems(self, problems: list[Any], places: dict[str, str] | None = None) -> None:
        """One line per validation problem: where it is, then what is wrong."""
        for problem in problems:
            where = (places or {}).get(problem.record_id, problem.record_id)
            location = f"{where}: {problem.field}" if where else problem.field
            text = translate(problem.code, self.language, **problem.params)
            print(f"  {location}: {text}", file=sys.stderr)

    @staticmethod
    def out(text: str) -> None:
        """Results meant for a pipe or a file go to stdout."""
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
