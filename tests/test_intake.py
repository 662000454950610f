"""`briefing add` for web addresses, PDFs, several inputs at once, doubtful pages and bad input.

Web addresses are served by a real HTTP server on this machine (port 0); PDFs are written by
tests/pdfs.py. Every import goes into tmp_path.
"""
from __future__ import annotations

import datetime as dt
import http.server
import os
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import frontmatter
import pytest

from build_site import importer_fetch
from build_site.cli import main
from build_site.corpus import load_article
from tests.helpers import add, config_for, make_project, run_briefing, written
from tests.pdfs import FOOTNOTE, HEADER, TITLE, article_pdf, encrypted_pdf, scanned_pdf

PARAGRAPHS = [
    ("Mexican and U.S. officials agreed on Tuesday to widen the inspection of cargo at the busiest crossings "
     "of the northern border, after a year in which seizures of fentanyl at ports of entry rose again."),
    ("The plan adds scanners at Laredo, Nogales and Otay Mesa and puts customs officers of both countries "
     "in shared booths, an arrangement tried in Ciudad Juarez since the spring with shorter waits."),
    ("Business groups welcomed the agreement but warned that the new scanners must be staffed around the clock, "
     "or trucks would queue for hours as they did during the inspections ordered in April."),
    ("The two governments will meet again in September to review the first figures, officials said, "
     "and publish them in a joint report before the end of the year."),
]


def article_page(title: str = "Cargo inspections widen at border crossings", extra: str = "") -> str:
    """A news page as sites serve it: navigation, the article, related links, a footer."""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | Border Wire</title>'
            f'<meta property="og:site_name" content="Border Wire"><meta name="author" content="admin">'
            f'<meta property="article:published_time" content="2025-06-18T09:00:00Z"></head><body>'
            f'<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>'
            f'<article><h1>{title}</h1><p class="byline">By <a rel="author" href="/a">Julia Mendez</a></p>'
            f'{body}{extra}</article>'
            f'<aside><h3>Most read</h3><ul><li><a href="/x">Storm hits coast</a></li>'
            f'<li><a href="/y">Markets fall</a></li></ul></aside>'
            f'<footer>© 2025 Border Wire. All rights reserved.</footer></body></html>')




# --- a local web server ------------------------------------------------------------------------

ROUTES: dict[str, tuple[int, dict[str, str], bytes]] = {}


class Handler(http.server.BaseHTTPRequestHandler):
    """Answers from ROUTES; /slow sleeps past the read timeout the test sets."""

    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(3)
        missing = (404, {"Content-Type": "text/html"}, b"<p>Not here</p>")
        status, headers, body = ROUTES.get(self.path) or ROUTES.get(self.path.split("?")[0], missing)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """A real HTTP server on a free port of this machine; its base address."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    html = {"Content-Type": "text/html; charset=utf-8"}
    ROUTES.update({
        "/story": (200, html, article_page().encode()),
        "/old-story": (301, {"Location": "/story"}, b""),
        "/loop-a": (302, {"Location": "/loop-b"}, b""),
        "/loop-b": (302, {"Location": "/loop-a"}, b""),
        "/broken": (500, html, b"<p>Internal error</p>"),
        "/data.json": (200, {"Content-Type": "application/json"}, b'{"a": 1}'),
        "/slow": (200, html, article_page().encode()),
        "/latin": (200, {"Content-Type": "text/html; charset=iso-8859-1"},
                   article_page("Café político en Mérida").encode("latin-1")),
    })
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_url_is_fetched_and_its_final_address_and_day_recorded(server: str, tmp_path: Path, capsys) -> None:
    code, out, err = add(capsys, tmp_path, f"{server}/old-story")
    assert (code, err) == (0, "")
    (path,) = written(tmp_path)
    post = frontmatter.load(path)
    assert post["url"] == f"{server}/story"  # the final address, after the redirect
    assert post["retrieved"] == dt.datetime.now(dt.UTC).date()
    assert post["title"] == "Cargo inspections widen at border crossings"
    assert (post["author"], post["publisher"], post["language"]) == ("Julia Mendez", "Border Wire", "en")
    assert f"redirected: {server}/old-story -> /story (301)" in out
    assert post.content.split("\n\n") == PARAGRAPHS
    assert load_article(path)[1] == []


def test_a_page_in_a_declared_charset_is_decoded_with_it(server: str, tmp_path: Path, capsys) -> None:
    assert add(capsys, tmp_path, f"{server}/latin")[0] == 0
    assert frontmatter.load(written(tmp_path)[0])["title"] == "Café político en Mérida"


@pytest.mark.parametrize(("route", "message"), [
    ("/missing", "answered 404 Not Found"),
    ("/broken", "answered 500 Internal Server Error"),
    ("/loop-a", "redirects more than 10 times"),
    ("/data.json", "answered with application/json, not an HTML page"),
    ("/slow", "did not answer in time"),
])
def test_a_bad_answer_is_one_line_naming_the_url(server: str, route: str, message: str, tmp_path: Path,
                                                 capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer_fetch, "READ_TIMEOUT", 0.5)
    code, _, err = add(capsys, tmp_path, f"{server}{route}")
    assert code == 1 and err == f"{server}{route}: error: {err.split(': error: ')[1]}"
    assert len(err.splitlines()) == 1 and message in err and "Traceback" not in err
    assert written(tmp_path) == []


def test_a_page_over_the_size_limit_is_refused(server: str, tmp_path: Path, capsys,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer_fetch, "MAX_BYTES", 1000)
    code, _, err = add(capsys, tmp_path, f"{server}/story")
    assert code == 1 and "MB" in err and f"{server}/story" in err and written(tmp_path) == []


def test_an_unreachable_address_is_one_line(tmp_path: Path, capsys) -> None:
    code, _, err = add(capsys, tmp_path, "http://127.0.0.1:9/story")  # the discard port: nothing listens
    assert code == 1 and err.startswith("http://127.0.0.1:9/story: error: ") and "reached" in err


def test_the_same_url_twice_is_imported_once_and_an_import_again_refused(server: str, tmp_path: Path, capsys) -> None:
    code, out, err = add(capsys, tmp_path, f"{server}/story", f"{server}/story")
    assert (code, err) == (0, "") and len(written(tmp_path)) == 1
    assert f"{server}/story: given again (first as {server}/story); imported once" in out
    code, _, err = add(capsys, tmp_path, f"{server}/old-story")  # redirects to the imported address
    assert code == 1 and "already in the corpus" in err and len(written(tmp_path)) == 1


def test_the_same_url_with_a_fragment_is_given_again(server: str, tmp_path: Path, capsys) -> None:
    code, out, err = add(capsys, tmp_path, f"{server}/story", f"{server}/story#section-2")
    assert (code, err) == (0, "") and len(written(tmp_path)) == 1
    assert f"{server}/story#section-2: given again (first as {server}/story); imported once" in out


# --- PDFs --------------------------------------------------------------------------------------


def test_a_pdf_report_reads_as_its_paragraphs(tmp_path: Path, capsys) -> None:
    source = article_pdf(tmp_path / "report.pdf")
    code, out, err = add(capsys, tmp_path / "corpus", str(source))
    assert (code, err) == (0, "")
    (path,) = written(tmp_path / "corpus")
    post = frontmatter.load(path)
    assert post["title"] == TITLE and "published" not in post.metadata  # only the file's date: test_import_pdf_dates
    paragraphs = post.content.split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[0].endswith("reviewed for this brief by analysts of the border program.")  # marker "1" gone
    assert "which limits what the seizure figures say" in paragraphs[2]  # joined across the page break
    assert "assigned to the security mission" in paragraphs[3]  # "secu-" + "rity" mended
    for gone in (HEADER, "Border Security Brief", "Page 1", "Page 2", "Joint Interagency"):
        assert gone not in post.content
    assert f"running header or footer: {HEADER}" in out and "page numbers: Page 1" in out
    assert f"footnote: {FOOTNOTE[:40]}" in out


def test_a_damaged_pdf_draws_one_warning_naming_it_and_no_log_lines(tmp_path: Path, capsys) -> None:
    """Its page has no MediaBox (blanked, so the cross-reference offsets stay right)."""
    pdf = article_pdf(tmp_path / "damaged.pdf", stated="Updated November 5, 2024")  # no warning on its date
    pdf.write_bytes(re.sub(rb"/MediaBox\s*\[[^\]]*\]", lambda box: b" " * len(box.group()), pdf.read_bytes()))
    code, out, err = add(capsys, tmp_path / "corpus", str(pdf))
    assert code == 0 and err == ""
    warnings = [line for line in out.splitlines() if line.startswith("Warning:")]
    assert len(warnings) == 1 and warnings[0].startswith(f"Warning: {pdf}: the PDF is damaged in 2 places "
                                                          "(first: MediaBox missing from /Page")


def test_a_pdf_title_from_its_metadata_wins_over_a_file_name(tmp_path: Path, capsys) -> None:
    named = article_pdf(tmp_path / "a.pdf", metadata_title="Microsoft Word - brief_final.docx")
    assert add(capsys, tmp_path / "c1", str(named))[0] == 0
    assert frontmatter.load(written(tmp_path / "c1")[0])["title"] == TITLE
    titled = article_pdf(tmp_path / "b.pdf", metadata_title="Interdiction at Sea: A Brief")
    assert add(capsys, tmp_path / "c2", str(titled))[0] == 0
    post = frontmatter.load(written(tmp_path / "c2")[0])
    assert post["title"] == "Interdiction at Sea: A Brief" and post.content.startswith(f"## {TITLE}")  # kept, not lost


# --- bad input ---------------------------------------------------------------------------------

def _bad_input(tmp_path: Path, case: str) -> Path:
    """A file (or device, or pipe) the importer must refuse in one line."""
    if case == "scanned_pdf":
        return scanned_pdf(tmp_path / "scan.pdf")
    if case == "encrypted_pdf":
        return encrypted_pdf(tmp_path / "locked.pdf")
    if case == "broken_pdf":
        path = tmp_path / "broken.pdf"
        path.write_bytes(article_pdf(tmp_path / "whole.pdf").read_bytes()[:700])
        return path
    if case == "fifo":
        path = tmp_path / "pipe.txt"
        os.mkfifo(path)
        return path
    if case == "dev_zero":
        return Path("/dev/zero")
    if case == "huge":
        path = tmp_path / "huge.txt"
        with path.open("wb") as handle:
            handle.truncate(21_000_000)
        return path
    if case == "login_wall":
        path = tmp_path / "wall.html"
        path.write_text("<html><body><div class='modal'><h2>Sign in to keep reading</h2><p>Create a free account or "
                        "log in to continue.</p><form><input name='password'></form></div></body></html>")
        return path
    if case == "cookie_banner":
        path = tmp_path / "cookies.html"
        path.write_text("<html><body><div id='consent'><p>We use cookies to improve your experience. "
                        "Accept all cookies or manage your consent settings.</p><button>Accept</button>"
                        "</div></body></html>")
        return path
    if case == "links_only":
        path = tmp_path / "index.html"
        path.write_text("<html><head><title>Latest stories</title></head><body><ul>" + "".join(f"<li><a href='/{i}'>Story {i}</a></li>" for i in range(30))
                        + "</ul></body></html>")
        return path
    raise ValueError(case)


@pytest.mark.parametrize("case", ["scanned_pdf", "encrypted_pdf", "broken_pdf", "fifo", "dev_zero", "huge",
                                  "login_wall", "cookie_banner", "links_only"])
def test_bad_input_is_one_line_naming_it_and_nothing_is_written(case: str, tmp_path: Path, capsys) -> None:
    source = _bad_input(tmp_path, case)
    code, _, err = add(capsys, tmp_path / "corpus", str(source))
    assert code == 1, err
    assert len(err.splitlines()) == 1 and str(source) in err and "Traceback" not in err
    assert written(tmp_path / "corpus") == []


def test_each_refusal_says_why(tmp_path: Path, capsys) -> None:
    reasons = {"scanned_pdf": "no text layer", "encrypted_pdf": "encrypted", "broken_pdf": "broken",
               "fifo": "not a regular file", "dev_zero": "not a regular file", "huge": "MB",
               "login_wall": "login wall or cookie banner", "cookie_banner": "login wall or cookie banner",
               "links_only": "is mostly links"}
    for case, reason in reasons.items():
        (tmp_path / case).mkdir()
        source = _bad_input(tmp_path / case, case)
        err = add(capsys, tmp_path / "corpus", str(source))[2]
        assert reason in err, (case, err)


# --- doubtful pages ----------------------------------------------------------------------------


def test_a_page_of_teasers_is_imported_with_a_warning_naming_what_to_check(tmp_path: Path, capsys) -> None:
    teasers = "".join(f"<p>Another story about the border that goes on and on for the reader number {i}…</p>"
                      for i in range(3))
    page = tmp_path / "teasers.html"
    page.write_text(article_page(extra=teasers), encoding="utf-8")
    code, out, _ = add(capsys, tmp_path / "corpus", str(page))
    assert code == 0
    assert f"Warning: {page}: 3 paragraphs end in '…' like teasers of other stories" in out
    assert "'Another story about the border" in out


def test_a_short_page_is_imported_with_a_warning(tmp_path: Path, capsys) -> None:
    page = tmp_path / "brief.html"
    page.write_text("<html><body><article><h1>Port closed</h1><p>The Laredo crossing closed for two hours on "
                    "Monday after a bomb threat, officials said.</p></article></body></html>", encoding="utf-8")
    code, out, _ = add(capsys, tmp_path / "corpus", str(page))
    assert code == 0 and re.search(rf"Warning: {re.escape(str(page))}: only 1\d words were found as the article", out)


def test_an_article_page_draws_no_warning(tmp_path: Path, capsys) -> None:
    page = tmp_path / "story.html"
    page.write_text(article_page(), encoding="utf-8")
    code, out, _ = add(capsys, tmp_path / "corpus", str(page))
    assert code == 0 and "Warning" not in out
    assert "Most read" not in written(tmp_path / "corpus")[0].read_text(encoding="utf-8")


# --- several inputs ----------------------------------------------------------------------------


def test_several_inputs_go_on_past_a_failure_and_end_with_a_line_each(server: str, tmp_path: Path, capsys) -> None:
    (tmp_path / "a.html").write_text(article_page("Cargo checks widen", extra="<p>Only this copy of the story "
                                                  "adds a paragraph, about what the new scanners cost.</p>"),
                                     encoding="utf-8")
    (tmp_path / "b.txt").write_text("Navy seizes semi-submersible off Oaxaca\n\nThe navy seized a semi-submersible "
                                    "vessel carrying three tonnes of cocaine off the coast of Oaxaca on Sunday.\n",
                                    encoding="utf-8")
    pdf = article_pdf(tmp_path / "c.pdf")
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "d.txt").write_text("Senate hears border chiefs\n\nThe Senate heard the chiefs of the border agencies "
                                  "on Thursday, who asked for more inspectors at the ports of entry.\n",
                                  encoding="utf-8")
    (folder / "empty.md").write_text("", encoding="utf-8")
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# read later\n{server}/story\n{server}/missing\n", encoding="utf-8")
    corpus = tmp_path / "corpus"
    code, out, err = add(capsys, corpus, str(tmp_path / "a.html"), str(tmp_path / "b.txt"), str(pdf), str(folder),
                         str(urls))
    assert code == 1
    assert len(written(corpus)) == 5
    assert err.splitlines() == ["briefing add: 2 of 7 inputs refused (listed above)"]  # each said once, below
    summary = out.split("5 of 7 inputs imported:\n")[1].splitlines()
    assert len(summary) == 8  # the list of addresses has its line, above its two
    assert summary[0].startswith(f"  {tmp_path / 'a.html'}: imported as corpus/articles/")
    assert summary[4] == f"  {folder / 'empty.md'}: refused: is empty"
    assert summary[7] == f"  {server}/missing: refused: answered 404 Not Found; nothing was imported"


def test_a_list_of_addresses_in_a_folder_is_fetched_as_when_given_alone(server: str, tmp_path: Path,
                                                                        capsys) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    ROUTES["/second-story"] = (200, {"Content-Type": "text/html"}, article_page(
        "Scanners arrive at Nogales", extra="<p>The first scanners arrived at Nogales on Monday, a week late.</p>"
    ).encode())
    (folder / "urls.txt").write_text(f"# list\n{server}/story\n{server}/second-story\n", encoding="utf-8")
    corpus = tmp_path / "corpus"
    code, out, err = add(capsys, corpus, str(folder))
    assert code == 0, err
    titles = sorted(str(frontmatter.load(path)["title"]) for path in written(corpus))
    assert titles == ["Cargo inspections widen at border crossings", "Scanners arrive at Nogales"]
    assert f"  {server}/story: imported as" in out and "list" not in [path.stem for path in written(corpus)]


def test_a_folder_holding_a_list_and_the_list_again_import_once_and_succeed(server: str, tmp_path: Path,
                                                                            capsys) -> None:
    """A new user's `briefing add sources/ sources/urls.txt`: three "refused: is given twice" lines
    and exit 1, though everything was imported. Each address is imported and reported once."""
    folder = tmp_path / "sources"
    folder.mkdir()
    ROUTES["/herds"] = (200, {"Content-Type": "text/html"}, article_page(
        "Bird flu found in three dairy herds", extra="<p>Three more dairy herds tested positive on Tuesday.</p>"
    ).encode())
    (folder / "urls.txt").write_text(f"{server}/story\n{server}/herds\n", encoding="utf-8")
    (folder / "note.txt").write_text("Harbor Repairs Begin\n\nRepairs of the harbor begin on Monday, the town "
                                     "said on March 3, 2025.\n", encoding="utf-8")
    code, out, err = add(capsys, tmp_path / "corpus", str(folder), str(folder / "urls.txt"), str(folder / "note.txt"))
    assert (code, err) == (0, "")
    assert len(written(tmp_path / "corpus")) == 3 and "3 of 3 inputs imported:" in out  # and 2 lists, 3 given again
    assert "refused" not in out and out.count(f"  {server}/story: imported as") == 1
    assert out.count("imported once") == 3  # each input given again said once, as a note


def test_a_comment_line_is_never_the_title(tmp_path: Path, capsys) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("# saved from the wire\nNavy seizes semi-submersible off Oaxaca\n\nThe navy seized a "
                    "semi-submersible vessel carrying three tonnes of cocaine off the coast of Oaxaca.\n",
                    encoding="utf-8")
    code, out, err = add(capsys, tmp_path / "corpus", str(text))
    assert code == 0, err
    [path] = written(tmp_path / "corpus")
    assert frontmatter.load(path)["title"] == "Navy seizes semi-submersible off Oaxaca"
    assert "# saved from the wire" in out  # listed among what was dropped


def test_another_scheme_is_refused_as_typed_and_a_missing_corpus_is_not_created(tmp_path: Path, capsys) -> None:
    code, _, err = add(capsys, tmp_path / "corpus", "ftp://x/y")
    assert code == 1 and err == "ftp://x/y: error: the address scheme ftp:// is not supported (only http:// and https://)\n"
    (tmp_path / "a.txt").write_text("A Title\n\nSome text of the article here.\n", encoding="utf-8")
    missing = tmp_path / "missing"
    code = main(["add", str(tmp_path / "a.txt"), "-f", config_for(missing)])
    err = capsys.readouterr().err
    reason = "no such corpus folder; create it or correct the briefing plugin's `corpus` in mkdocs.yml"
    assert code == 1 and err == f"{missing}: error: {reason}\n"
    assert not missing.exists()


def test_title_and_url_flags_are_for_one_input(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.txt").write_text("A Title\n\nSome text of the article here.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("B Title\n\nSome other text of the article.\n", encoding="utf-8")
    code, _, err = add(capsys, tmp_path / "corpus", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                       "--title", "One title")
    assert code == 1 and "one input only" in err and written(tmp_path / "corpus") == []


def test_a_list_of_addresses_with_a_broken_one_is_refused_before_any_fetch(tmp_path: Path, capsys) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text("https://example.org/a\nhttps://[broken\n", encoding="utf-8")
    code, _, err = add(capsys, tmp_path / "corpus", str(urls))
    assert code == 1 and err == f"{urls}: error: is a list of web addresses, but line 2 is not a complete one: " \
                                "'https://[broken'\n"


@pytest.mark.parametrize("line", ["www.example.org/b", "ftp://example.org/b", "example.org/b"])
def test_a_list_of_addresses_with_a_line_of_another_kind_is_refused_naming_it(tmp_path: Path, capsys,
                                                                               line: str) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# urls\nhttps://example.org/a\n{line}\n", encoding="utf-8")
    code, _, err = add(capsys, tmp_path / "corpus", str(urls))
    assert code == 1 and err == f"{urls}: error: is a list of web addresses, but line 3 is not an http:// or " \
                                f"https:// one: {line!r}\n"
    assert written(tmp_path / "corpus") == []


def test_the_same_file_twice_is_imported_once(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.txt").write_text("Harbor Repairs Begin\n\nRepairs of the harbor begin on Monday, the town said.\n", encoding="utf-8")
    code, out, err = add(capsys, tmp_path / "corpus", str(tmp_path / "a.txt"), str(tmp_path / "a.txt"))
    assert (code, err) == (0, "") and "imported once" in out and len(written(tmp_path / "corpus")) == 1


# --- the site builds from what was imported ----------------------------------------------------


def test_imported_pages_pdfs_and_texts_build_into_the_site(server: str, tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", corpus=False)
    article_pdf(tmp_path / "report.pdf")
    (tmp_path / "quote.html").write_text(article_page(
        "Officials weigh new crossing", extra="<blockquote><p>We need *more* inspectors & [scanners].</p>"
                                              "</blockquote><ul><li>Laredo</li><li>Nogales</li></ul>"),
        encoding="utf-8")
    added = run_briefing("add", str(tmp_path / "report.pdf"), str(tmp_path / "quote.html"), f"{server}/story",
                         cwd=project)
    assert added.returncode == 0, added.stderr
    built = run_briefing("build", "--quiet", cwd=project)
    assert built.returncode == 0, built.stdout + built.stderr
    page = (project / "site" / "articles" / "officials-weigh-new-crossing" / "index.html").read_text(encoding="utf-8")
    assert re.search(r"<blockquote[^>]*><p>We need \*more\* inspectors &amp; \[scanners\]\.</p></blockquote>", page)
    assert (project / "site" / "articles" / "maritime-drug-interdiction-in-the-eastern-pacific" / "index.html").exists()


@pytest.mark.parametrize("head", [
    '<meta property="og:title" content="Cartels move south — Border Wire">',
    "<title>Cartels move south... — Border Wire</title>",  # trafilatura alone takes "Border Wire"
])
def test_the_site_name_is_never_the_title(head: str, tmp_path: Path, capsys) -> None:
    page = tmp_path / "page.html"
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page.write_text(f'<html><head>{head}<meta property="og:site_name" content="Border Wire"></head>'
                    f"<body><div>{body}</div></body></html>", encoding="utf-8")
    assert add(capsys, tmp_path / "corpus", str(page))[0] == 0
    post = frontmatter.load(written(tmp_path / "corpus")[0])
    assert post["title"].startswith("Cartels move south") and post["publisher"] == "Border Wire"
    assert "Border Wire" not in post["title"]


@pytest.mark.parametrize("title", ["Index", "Page 2"])
def test_a_title_that_makes_an_id_of_the_sites_own_pages_is_refused(title: str, tmp_path: Path, capsys) -> None:
    source = tmp_path / "a.txt"
    source.write_text("The navy seized a semi-submersible off Oaxaca on Sunday, officials said.\n", encoding="utf-8")
    code, _, err = add(capsys, tmp_path / "corpus", str(source), "--title", title)
    assert code == 1 and "which the site uses for its article list" in err and "--title" in err
    assert written(tmp_path / "corpus") == []


def test_a_tracking_parameter_does_not_make_the_same_page_another_address(server: str, tmp_path: Path,
                                                                         capsys) -> None:
    """The user's trial: `add …/updated.html?utm_source=x` after `add …/updated.html` (the page changed in
    between) is the same address, refused as such; the address is recorded without the parameter."""
    html = {"Content-Type": "text/html; charset=utf-8"}
    ROUTES["/updated.html"] = (200, html, article_page("Border crossings to open at night").encode())
    code, _, err = add(capsys, tmp_path, f"{server}/updated.html?utm_source=x&fbclid=abc")
    assert (code, err) == (0, "")
    assert frontmatter.load(written(tmp_path)[0])["url"] == f"{server}/updated.html"
    ROUTES["/updated.html"] = (200, html, article_page("Border crossings to open at night",
                                                       "<p>The plan now starts in July, officials said.</p>").encode())
    code, _, err = add(capsys, tmp_path, f"{server}/updated.html")
    assert code == 1 and "has the same address as" in err and "overwrite" not in err
    assert len(written(tmp_path)) == 1


def test_a_real_query_parameter_is_another_address(server: str, tmp_path: Path, capsys) -> None:
    """Counter-example: `?page=2` names another page; its article is imported."""
    html = {"Content-Type": "text/html; charset=utf-8"}
    ROUTES["/list"] = (200, html, article_page("Night crossings open at Laredo").encode())
    ROUTES["/list?page=2"] = (200, html, article_page("Night crossings open at Nogales",
                                                      "<p>Nogales opens its lanes a week later.</p>").encode())
    assert add(capsys, tmp_path, f"{server}/list")[0] == 0
    code, _, err = add(capsys, tmp_path, f"{server}/list?page=2")
    assert (code, err) == (0, "")
    assert len(written(tmp_path)) == 2
