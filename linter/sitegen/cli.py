"""``cchc site build`` and ``cchc site serve``."""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import sys
from pathlib import Path
from typing import Any

from ..config import ConfigError, load_config


def _root(args: argparse.Namespace) -> Path | None:
    """``--root`` of the site command, else the global ``--project``, else searched upward from the cwd."""
    if getattr(args, "root", None):
        return Path(args.root)
    return getattr(args, "project", None)


SITE_EXTRA = (
    "trang web cần gói bổ sung site: pip install 'cchc-plans[site]'",
    "the site needs the site extra: pip install 'cchc-plans[site]'",
)


def cmd_build(args: argparse.Namespace) -> int:
    try:
        from mkdocs.exceptions import Abort, ConfigurationError

        from .build import build
    except ImportError as exc:
        if not (exc.name or "").startswith(("mkdocs", "material")):
            raise
        print(f"cchc site: {SITE_EXTRA[0]} / {SITE_EXTRA[1]} ({exc.name})", file=sys.stderr)
        return 2

    try:
        config = load_config(_root(args))
        config_file = Path(args.config_file).resolve() if args.config_file else config.root / "mkdocs.yml"
        result = build(
            config, config_file=config_file, site_dir=Path(args.site_dir).resolve() if args.site_dir else None, strict=args.strict
        )
    except (ConfigError, ConfigurationError, Abort) as exc:
        print(f"cchc site: {exc}", file=sys.stderr)
        return 1 if isinstance(exc, Abort) else 2
    entries = ", ".join(f"{k}: {v}" for k, v in result.search_entries.items())
    print(
        f"Đã tạo {result.pages} trang (mỗi ngôn ngữ), {result.downloads} tệp tải về; trang web ở {result.site_dir}; tìm kiếm: {entries}\n"
        f"Generated {result.pages} pages (per language), {result.downloads} downloads; site in {result.site_dir}; search: {entries}"
    )
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    args.strict = False
    rc = cmd_build(args)
    if rc:
        return rc
    config = load_config(_root(args))
    site = Path(args.site_dir).resolve() if args.site_dir else config.root / "site"
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    with http.server.ThreadingHTTPServer((args.host, args.port), handler) as httpd:
        print(f"http://{args.host}:{args.port}/  (Ctrl+C để dừng / to stop)")
        with contextlib.suppress(KeyboardInterrupt):
            httpd.serve_forever()
    return 0


def register(subparsers: Any) -> None:
    site = subparsers.add_parser(
        "site",
        help="trang web / the website",
        description="Tạo và dựng trang web từ dữ liệu / Generate and build the website from the data.",
    )
    sub = site.add_subparsers(dest="site_command", required=True)
    for name, handler, help_text in (
        ("build", cmd_build, "dựng trang web vào site/ / build the site into site/"),
        ("serve", cmd_serve, "dựng rồi phục vụ tại máy / build, then serve locally"),
    ):
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--root", help="thư mục dự án / project folder (default: --project, else searched upward)")
        p.add_argument("-f", "--config-file", help="tệp cấu hình MkDocs / the MkDocs configuration file (default: <root>/mkdocs.yml)")
        p.add_argument("-d", "--site-dir", help="thư mục đầu ra / output folder (default: site/)")
        if name == "build":
            p.add_argument("--strict", action="store_true", help="cảnh báo của MkDocs là lỗi / MkDocs warnings are errors")
        else:
            p.add_argument("--host", default="127.0.0.1", help="địa chỉ nghe / address to listen on (default 127.0.0.1)")
            p.add_argument("--port", type=int, default=8000, help="cổng / port (default 8000)")
        p.set_defaults(handler=handler)
