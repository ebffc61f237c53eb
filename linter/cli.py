"""The ``cchc`` command line.

    cchc lint [PATH...]      check the corpus (default) or the named files
    cchc rules               list the rules
    cchc explain CODE        print a rule's documentation
    cchc new …               scaffold a plan file
    cchc fmt [--check] …     format plan and registry files
    cchc export [--out DIR]  write the corpus as JSON and CSV
    cchc site build|serve    generate the site pages and run MkDocs

Exit codes: 0 clean, 1 findings at or above the failing severity, 2 usage or
internal error. No input ever produces a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__
from .config import ConfigError, load_config

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    """A mistake on the command line (exit code 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def _codes(value: str) -> list[str]:
    codes = [v.strip().upper() for v in value.split(",") if v.strip()]
    if not codes:
        raise argparse.ArgumentTypeError("cần ít nhất một mã quy tắc / at least one rule code is needed")
    return codes


def _command_of(argv: Sequence[str]) -> str | None:
    """The subcommand named in ``argv`` (skipping global options), if any."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token == "--project":
            skip = True
        elif not token.startswith("-"):
            return token
    return None


def build_parser(extras: bool = True) -> argparse.ArgumentParser:
    """The argument parser. ``extras=False`` leaves out the editor and site commands, whose
    modules are imported only when one of them (or the full help) is asked for."""
    p = _Parser(prog="cchc", description="Kiểm tra và xuất bản kế hoạch CCHC / Lint and publish administrative-reform plans.")
    p.add_argument("--version", action="version", version=f"cchc {__version__}")
    p.add_argument("--project", type=Path, default=None, help="thư mục dự án / project folder (default: search upward from the cwd)")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    lint = sub.add_parser("lint", help="kiểm tra kho / lint the corpus")
    lint.add_argument("paths", nargs="*", type=Path, help="tệp hoặc thư mục / files or folders (default: whole corpus)")
    lint.add_argument("--format", choices=("text", "json", "sarif", "github"), default="text")
    lint.add_argument("--lang", choices=("vi", "en"), default=None, help="ngôn ngữ thông báo / message language (default vi)")
    lint.add_argument("--select", type=_codes, default=None, help="mã hoặc tiền tố quy tắc, cách nhau dấu phẩy / rule codes or prefixes")
    lint.add_argument("--ignore", type=_codes, default=None, help="mã quy tắc bỏ qua / rule codes to ignore")
    lint.add_argument("--fail-on", choices=("error", "warning", "info"), default=None)
    lint.add_argument("--statistics", action="store_true", help="đếm theo quy tắc / counts per rule")
    lint.add_argument("--output", type=Path, default=None, help="ghi báo cáo vào tệp / write the report to a file")
    lint.add_argument(
        "--no-cache",
        action="store_true",
        help="không dùng bộ đệm (trong thư mục cache của người dùng) / do not use the cache (in the user's cache folder)",
    )

    sub.add_parser("rules", help="liệt kê quy tắc / list rules").add_argument("--lang", choices=("vi", "en"), default=None)
    ex = sub.add_parser("explain", help="tài liệu một quy tắc / a rule's documentation")
    ex.add_argument("rule")
    ex.add_argument("--lang", choices=("vi", "en"), default=None)

    if extras:
        for register in _extra_commands():
            register(sub)
    return p


def _extra_commands() -> list[Callable[[argparse._SubParsersAction], None]]:
    """The editor and site commands, registered by name: an import error in one of them surfaces,
    it never turns the command into "invalid choice"."""
    from . import coverage, export, formatter, scaffold
    from .sitegen import cli as site

    return [scaffold.register, formatter.register, export.register, coverage.register, site.register]


def _lang(args: argparse.Namespace) -> str:
    return args.lang or os.environ.get("CCHC_LANG", "vi")


def cmd_lint(args: argparse.Namespace) -> int:
    from .engine import lint
    from .reporters import github, sarif, text
    from .reporters import json as json_rep

    config = load_config(args.project).with_overrides(select=args.select, ignore=args.ignore, fail_on=args.fail_on)
    for path in args.paths:
        if not path.exists():
            raise UsageError(f"không có tệp / no such file: {path}")
    if args.output is not None and (args.output.is_dir() or not args.output.parent.is_dir()):
        raise UsageError(f"--output phải là một tệp trong thư mục có sẵn / --output must be a file in an existing folder: {args.output}")
    from .cache import Cache

    report = lint(config, args.paths, cache=None if args.no_cache else Cache.for_config(config))
    lang = _lang(args)
    if args.format == "json":
        out = json_rep.render_report(report, lang)
    elif args.format == "sarif":
        out = sarif.render_report(report, lang)
    elif args.format == "github":
        out = github.render_report(report, lang)
        summary = os.environ.get("GITHUB_STEP_SUMMARY")
        if summary:
            with open(summary, "a", encoding="utf-8") as fh:
                fh.write("## cchc lint\n\n```text\n" + text.render_report(report, lang, statistics=True) + "```\n")
    else:
        out = text.render_report(report, lang, statistics=args.statistics)
    if args.output:
        args.output.write_text(out, encoding="utf-8")
    else:
        sys.stdout.write(out)
    return report.exit_code


def cmd_rules(args: argparse.Namespace) -> int:
    from .catalogue import ui
    from .rules import FAMILIES, all_rules

    lang = _lang(args)
    family = None
    for r in all_rules():
        if r.family != family:
            family = r.family
            vi, en = FAMILIES[family]
            sys.stdout.write(f"\n{vi if lang == 'vi' else en}\n")
        sys.stdout.write(f"  {r.code}  {r.name:<32} {ui(r.severity, lang):<10} {r.doc.title(lang)}\n")
    return EXIT_OK


def cmd_explain(args: argparse.Namespace) -> int:
    from .ruledocs import rule_markdown
    from .rules import lookup

    rule = lookup(args.rule)
    if rule is None:
        raise UsageError(f"không có quy tắc / unknown rule: {args.rule}")
    sys.stdout.write(rule_markdown(rule, _lang(args)))
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"lint": cmd_lint, "rules": cmd_rules, "explain": cmd_explain}


def main(argv: Sequence[str] | None = None) -> int:
    with contextlib.suppress(AttributeError, ValueError):
        sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    try:
        argv = list(sys.argv[1:] if argv is None else argv)
        args = build_parser(extras=_command_of(argv) not in COMMANDS).parse_args(argv)
        handler = COMMANDS.get(args.command) or getattr(args, "handler", None)
        if handler is None:
            raise UsageError(f"unknown command {args.command}")
        return handler(args)
    except UsageError as exc:
        sys.stderr.write(f"cchc: lỗi sử dụng / usage error: {exc}\n")
        return EXIT_ERROR
    except ConfigError as exc:
        sys.stderr.write(f"cchc: cấu hình sai / configuration error: {exc}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        sys.stderr.write(f"cchc: lỗi nội bộ / internal error: {type(exc).__name__}: {exc}\n")
        if os.environ.get("CCHC_DEBUG"):
            import traceback

            traceback.print_exc()
        return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
