"""The `briefing` command: build, serve, add, check."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from build_site.model import ARTICLE_TYPES
from build_site.problems import InputError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefing", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="build the site (strict, swapped into place only on success)")
    build.add_argument("-f", "--config-file", type=Path, default=Path("mkdocs.yml"))
    build.add_argument("-d", "--site-dir", type=Path, default=None, help="where to write the site (default: site/)")
    build.add_argument("-q", "--quiet", action="store_true", help="print only errors and the summary")

    serve = commands.add_parser("serve", help="preview the site, rebuilt when the corpus changes")
    serve.add_argument("-f", "--config-file", type=Path, default=Path("mkdocs.yml"))
    serve.add_argument("-a", "--dev-addr", default=None, help="IP:PORT to serve on (default 127.0.0.1:8000)")

    add = commands.add_parser("add", help="import articles (.txt, .md, .html, .pdf, folders, web addresses)")
    add.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="a file, a folder of files, a .txt list of web addresses, or a web address",
    )
    add.add_argument("--title")
    add.add_argument("--publisher")
    add.add_argument("--author")
    add.add_argument("--date", help="publication date, YYYY-MM-DD")
    add.add_argument("--url")
    add.add_argument("--type", choices=ARTICLE_TYPES)
    add.add_argument("--corpus", type=Path, default=Path("corpus"))

    check = commands.add_parser("check", help="validate the corpus and codebook, list candidate topics")
    check.add_argument("--corpus", type=Path, default=Path("corpus"))
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "build":
            from build_site.build import build_site

            return build_site(args.config_file, args.site_dir, quiet=args.quiet)
        if args.command == "serve":
            from build_site.build import serve_site

            return serve_site(args.config_file, args.dev_addr)
        if args.command == "add":
            from build_site.importer_batch import add_inputs

            overrides = {
                "title": args.title,
                "publisher": args.publisher,
                "author": args.author,
                "published": args.date,
                "url": args.url,
                "type": args.type,
            }
            return add_inputs(args.inputs, args.corpus / "articles", overrides)
        if args.command == "check":
            from build_site.check import check_corpus

            return check_corpus(args.corpus)
    except InputError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader of the output went away (`briefing add … | head`)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so the exit flush is quiet too
        return 141
    return 2
