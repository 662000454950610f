"""The `briefing` command: new, build, serve, add, check, accept, dismiss, remove."""

from __future__ import annotations

import argparse
import difflib
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import NoReturn

from build_site.model import ARTICLE_TYPES, article_type
from build_site.problems import InputError, Problem, display_path

_NO_COMMAND = re.compile(r"argument command: invalid choice: '(?P<word>[^']*)' \(choose from (?P<commands>.*)\)")


class _Parser(argparse.ArgumentParser):
    """argparse, with a mistyped command answered by the one it most likely is (`briefing biuld`):
    before Python 3.14 argparse only lists them all."""

    def error(self, message: str) -> NoReturn:
        found = _NO_COMMAND.fullmatch(message)
        if found is None:
            super().error(message)
        commands = [c.strip(" '") for c in found["commands"].split(",")]
        close = difflib.get_close_matches(found["word"], commands, n=1, cutoff=0.5)
        hint = f" (did you mean `briefing {close[0]}`?)" if close else ""
        self.exit(2, f"briefing: error: no command '{found['word']}'{hint}; the commands are {', '.join(commands)}\n")


def _parser() -> tuple[argparse.ArgumentParser, Mapping[str, argparse.ArgumentParser]]:
    """The command's parser, and each subcommand's (to name the options a mistyped one meant)."""
    parser = _Parser(prog="briefing", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    new = commands.add_parser("new", help="start a new, empty briefing in a folder")
    new.add_argument("directory", type=Path, metavar="DIR", help="a folder that does not exist yet, or an empty one")
    new.add_argument("--title", required=True, help="the briefing's title (its site name)")
    new.add_argument("--description", default=None, help="one sentence on what the briefing follows")
    new.add_argument(
        "--kind",
        dest="kinds",
        action="append",
        metavar="ID",
        help="a kind of topic it follows, e.g. place (repeatable; default: threat, actor, program, challenge)",
    )

    build = commands.add_parser("build", help="build the site (strict, swapped into place only on success)")
    _config_option(build)
    build.add_argument("-d", "--site-dir", type=Path, default=None, help="where to write the site (default: site/)")
    build.add_argument("-q", "--quiet", action="store_true", help="print only errors and the summary")

    serve = commands.add_parser("serve", help="preview the site, rebuilt when the corpus changes")
    _config_option(serve)
    serve.add_argument("-a", "--dev-addr", default=None, help="IP:PORT to serve on (default 127.0.0.1:8000)")

    add = commands.add_parser("add", help="import articles (.txt, .md, .html, .pdf, folders, web addresses)")
    _config_option(add)
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
    add.add_argument("--type", type=_type_written, choices=ARTICLE_TYPES, help="what kind of document it is")

    check = commands.add_parser("check", help="validate the corpus and codebook, list candidate topics")
    _config_option(check)
    check.add_argument(
        "--top", type=_positive, default=None, metavar="N", help="list only the N most frequent candidates"
    )
    check.add_argument(
        "--format",
        choices=("text", "yaml"),
        default="text",
        help="yaml: the candidates as codebook entries, ready to edit and paste",
    )

    accept = commands.add_parser("accept", help="add a candidate to the codebook, as a topic or an alias")
    _config_option(accept)
    accept.add_argument("name", metavar="NAME", help="the name as the articles write it")
    target = accept.add_mutually_exclusive_group()
    target.add_argument(
        "--kind",
        help="a new topic of this kind: threat, actor, program, challenge, or one mkdocs.yml declares "
        "(default: the kind the review queue suggests)",
    )
    target.add_argument("--alias-of", metavar="TOPIC_ID", help="another name of this existing topic")
    accept.add_argument("--id", dest="topic_id", default=None, help="the new topic's id (default: from the name)")
    accept.add_argument("--alias", action="append", default=[], help="another name of the new topic (repeatable)")
    accept.add_argument("--summary", default=None, help="the new topic's one-sentence summary")
    accept.add_argument(
        "--deliberate", action="store_true", help="keep NAME though it is short or looks like a common word"
    )

    dismiss = commands.add_parser("dismiss", help="keep names of the review queue out of it (--undo: bring back)")
    _config_option(dismiss)
    dismiss.add_argument("names", metavar="NAME", nargs="+", help="a name as the review queue lists it")
    dismiss.add_argument("--undo", action="store_true", help="bring the dismissed NAMEs back to the review queue")

    remove = commands.add_parser("remove", help="remove articles from the corpus")
    _config_option(remove)
    remove.add_argument("articles", metavar="ARTICLE", nargs="+", help="an article's id or its file")
    return parser, commands.choices


def _config_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "-f",
        "--config-file",
        type=Path,
        default=None,
        help="the briefing's mkdocs.yml (default: the nearest one from this folder upwards)",
    )


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive whole number")
    return int(value)


def _type_written(value: str) -> str:
    """`--type` as the front matter takes it: an id or its label in any case ("Press release");
    anything else is left for argparse's choices to refuse, naming them."""
    return article_type(value) or value


def _unrecognized(command: argparse.ArgumentParser, extra: list[str]) -> str:
    """One line for what the command does not take, naming the option a mistyped one most
    likely is (`--alias-off`): argparse before Python 3.14 prints only its usage and the words."""
    options = [o for action in command._actions for o in action.option_strings]
    hints = [
        f"{word} (did you mean {close[0]}?)"
        if word.startswith("-") and (close := difflib.get_close_matches(word.split("=")[0], options, n=1))
        else word
        for word in extra
    ]
    return f"{command.prog}: error: unrecognized arguments: {' '.join(hints)}; see `{command.prog} -h`\n"


def main(argv: list[str] | None = None) -> int:
    parser, commands = _parser()
    args, extra = parser.parse_known_args(argv)
    if extra:
        parser.exit(2, _unrecognized(commands[args.command], extra))
    try:
        return _run(args)
    except InputError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader of the output went away (`briefing add … | head`)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so the exit flush is quiet too
        return 141
    except OSError as exc:  # a full or read-only disk, a file another program holds
        where = display_path(Path(os.fsdecode(exc.filename))) if exc.filename else args.command
        print(f"{where}: error: {exc.strerror or exc}", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace) -> int:
    if args.command == "new":
        from build_site.scaffold import new_briefing

        return new_briefing(args.directory, args.title, args.description, args.kinds)
    from build_site.build_date import epoch_error
    from build_site.project import find_config, load_project

    if args.command in ("build", "serve") and (reason := epoch_error()):
        print(f"error: {reason}", file=sys.stderr)
        return 1
    if args.command == "build":
        from build_site.build import build_site

        return build_site(find_config(args.config_file), args.site_dir, quiet=args.quiet)
    if args.command == "serve":
        from build_site.build import serve_site

        return serve_site(find_config(args.config_file), args.dev_addr)
    project = load_project(args.config_file)
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
        return add_inputs(args.inputs, project.articles, overrides, project.config_file.absolute().parent)
    if args.command == "check":
        from build_site.check import check_corpus

        return check_corpus(project.corpus, top=args.top, output=args.format, kinds=project.kinds)
    if args.command == "accept":
        from build_site.accept import accept_alias, accept_topic

        if args.alias_of:
            if args.topic_id or args.alias or args.summary:
                raise InputError(
                    [Problem(project.topics, "--id, --alias and --summary describe a new topic; not with --alias-of")]
                )
            return accept_alias(project, args.name, args.alias_of, args.deliberate)
        return accept_topic(project, args.name, args.kind, args.topic_id, args.alias, args.summary, args.deliberate)
    if args.command == "dismiss":
        from build_site.dismiss import dismiss_names, undo_dismissals

        return (undo_dismissals if args.undo else dismiss_names)(project, args.names)
    if args.command == "remove":
        from build_site.remove import remove_articles

        return remove_articles(project, args.articles)
    return 2
