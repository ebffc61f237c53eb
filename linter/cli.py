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
from .config import Config, ConfigError, load_config, message_language, project_of_paths

EXIT_OK, EXIT_ERROR = 0, 2


class UsageError(Exception):
    """A mistake on the command line (exit code 2); ``usage`` is the usage line of the command."""

    def __init__(self, message: str, usage: str = "", prog: str = "cchc") -> None:
        super().__init__(message)
        self.usage = usage
        self.prog = prog


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message, self.format_usage(), self.prog)


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
    lint.add_argument(
        "--format",
        choices=("text", "json", "sarif", "github"),
        default="text",
        help="dạng báo cáo / report format (default text)",
    )
    lint.add_argument(
        "--lang", choices=("vi", "en"), default=None, help="ngôn ngữ thông báo / message language (default: CCHC_LANG, else vi)"
    )
    lint.add_argument(
        "--select",
        type=_codes,
        action="extend",
        default=None,
        help="mã hoặc tiền tố quy tắc, cách nhau dấu phẩy, lặp lại được / rule codes or prefixes, comma-separated, repeatable",
    )
    lint.add_argument(
        "--ignore", type=_codes, action="extend", default=None, help="mã quy tắc bỏ qua, lặp lại được / rule codes to ignore, repeatable"
    )
    lint.add_argument(
        "--fail-on",
        choices=("error", "warning", "info"),
        default=None,
        help="mức thấp nhất làm kiểm tra không đạt / lowest severity that fails the run (default warning)",
    )
    lint.add_argument("--statistics", action="store_true", help="đếm theo quy tắc / counts per rule")
    lint.add_argument("--show-acknowledged", action="store_true", help="in cả phát hiện đã xác nhận / print acknowledged findings too")
    lint.add_argument(
        "--hook",
        action="store_true",
        help="chế độ pre-commit: không tệp nào thì không kiểm tra, trừ khi một tệp của kho bị xoá "
        "/ pre-commit mode: no file means nothing to check, unless a corpus file was deleted",
    )
    lint.add_argument(
        "--output", type=Path, default=None, help="ghi báo cáo vào tệp (tạo thư mục nếu cần) / write the report to a file (folders created)"
    )
    lint.add_argument(
        "--no-cache",
        action="store_true",
        help="không dùng bộ đệm (trong thư mục cache của người dùng) / do not use the cache (in the user's cache folder)",
    )

    lang_help = "ngôn ngữ / language (default: CCHC_LANG, else vi)"
    sub.add_parser("rules", help="liệt kê quy tắc / list rules").add_argument("--lang", choices=("vi", "en"), default=None, help=lang_help)
    ex = sub.add_parser("explain", help="tài liệu một quy tắc / a rule's documentation")
    ex.add_argument("rule", help="mã quy tắc, ví dụ CC101 / a rule code, e.g. CC101")
    ex.add_argument("--lang", choices=("vi", "en"), default=None, help=lang_help)

    if extras:
        for register in _extra_commands():
            register(sub)
    return p


def _extra_commands() -> list[Callable[[argparse._SubParsersAction], None]]:
    """The editor and site commands, registered by name: an import error in one of them surfaces,
    it never turns the command into "invalid choice"."""
    from . import coverage, diff, export, fmt, scaffold
    from .sitegen import cli as site

    return [scaffold.register, fmt.register, export.register, coverage.register, site.register, diff.register]


def _lang(args: argparse.Namespace) -> str:
    return message_language(args.lang)


def deleted_corpus_files(config: Config) -> list[str]:
    """Plan and registry files whose deletion is staged in git (pre-commit passes no name for a
    deleted file, yet its dependants may now be broken). Empty outside a git work tree."""
    import subprocess

    from . import gitrun
    from .corpus import is_corpus_input, is_corpus_path

    try:
        # the hook's own index (pre-commit may stage into a temporary one): not isolated
        args = ["diff", "--cached", "--name-only", "--diff-filter=D", "--relative", "-z"]
        done = gitrun.run(config.root, args, timeout=60, isolated=False)
    except (OSError, subprocess.SubprocessError):
        return []
    if done.returncode != 0:
        return []
    names = [n for n in done.stdout.decode("utf-8", "replace").split("\0") if n]
    return [n for n in names if is_corpus_path(config.root / n, config) or is_corpus_input(config.root / n, config)]


def cmd_lint(args: argparse.Namespace) -> int:
    from .engine import lint
    from .reporters import github, sarif, text
    from .reporters import json as json_rep

    for path in args.paths:
        if not path.exists():
            raise UsageError(f"không có tệp / no such file: {path}")
    # Without --project, files named on the command line say which project they belong to.
    project = args.project if args.project is not None else project_of_paths(args.paths)
    config = load_config(project).with_overrides(select=args.select, ignore=args.ignore, fail_on=args.fail_on)
    if args.output is not None and args.output.is_dir():
        raise UsageError(f"--output phải là một tệp, không phải thư mục / --output must be a file, not a folder: {args.output}")
    paths = list(args.paths)
    if args.hook and not paths and not deleted_corpus_files(config):
        return EXIT_OK
    from .cache import Cache

    report = lint(config, paths, cache=None if args.no_cache else Cache.for_config(config))
    lang = _lang(args)
    if args.format == "json":
        out = json_rep.render_report(report, lang)
    elif args.format == "sarif":
        out = sarif.render_report(report, lang, site_url=sarif.site_url_from_env())
    elif args.format == "github":
        out = github.render_report(report, lang)
        summary = os.environ.get("GITHUB_STEP_SUMMARY")
        if summary:
            with open(summary, "a", encoding="utf-8") as fh:
                fh.write("## cchc lint\n\n```text\n" + text.render_report(report, lang, statistics=True, show_acknowledged=False) + "```\n")
    else:
        out = text.render_report(
            report,
            lang,
            statistics=args.statistics,
            color=args.output is None and text.use_color(sys.stdout),
            show_acknowledged=args.show_acknowledged,
            root=config.root,
            cwd=Path.cwd(),
        )
    if args.output:
        try:
            args.output.parent.mkdir(parents=True, exist_ok=True)
            args.output.write_text(out, encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"không ghi được / cannot write --output {args.output}: {exc.strerror or exc}") from exc
    else:
        sys.stdout.write(out)
    return report.exit_code


def cmd_rules(args: argparse.Namespace) -> int:
    from .catalogue import pick, severity_label
    from .rules import FAMILIES, all_rules

    lang = _lang(args)
    family = None
    for r in all_rules():
        if r.family != family:
            family = r.family
            sys.stdout.write(f"\n{pick(FAMILIES[family], lang)}\n")
        sys.stdout.write(f"  {r.code}  {r.name:<32} {severity_label(r.severity, lang):<10} {r.doc.title(lang)}\n")
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
        if exc.usage:
            sys.stderr.write(exc.usage)
        sys.stderr.write(f"cchc: lỗi sử dụng / usage error: {exc}\n")
        sys.stderr.write(f"Xem / see: {exc.prog} --help\n")
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
