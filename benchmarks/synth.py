"""Synthetic projects for the benchmarks, made from the real corpus (fixed seeds).

Every project is a complete folder: a copy of the repository's mkdocs.yml and docs/, plus a
corpus/ whose articles are shuffled real paragraphs and whose codebook is the real one (or,
for the "limits" cases, a 500-topic codebook built from real n-grams).
"""
from __future__ import annotations

import datetime as dt
import random
import re
import shutil
from pathlib import Path

import frontmatter
import yaml

from build_site.matcher import alias_key
from build_site.model import DEFAULT_KINDS
from build_site.site_assets import FOLDER, SCRIPTS, STYLESHEETS, asset_paths, asset_source

REPO = Path(__file__).resolve().parent.parent
REAL = REPO / "corpus"

PUBLISHERS = [
    "Borderland Monitor", "Gulf Coast Ledger", "Sierra Madre Review", "Rio Grande Dispatch",
    "Pacific Security Weekly", "Hemisphere Affairs Digest", "Sonoran Desert Times",
    "Capital Policy Journal", "Northern Frontier Post", "Lakeside Strategic Review",
    "Continental Defense Notes", "Harbor City Chronicle", "Plains Intelligence Brief",
    "Mesa Verde Courier", "Atlantic Border Observer", "Cordillera Analysis Group",
    "Valley Public Radio Desk", "Twin Cities Security Forum", "Coastal Watch Bulletin",
    "Andes and Americas Quarterly",
]
AUTHORS = [
    "Ana Torres", "James Whitfield", "Lucía Fernández", "Mark Ellison", "Sofía Ramírez",
    "David Okafor", "Elena Marsh", "Carlos Mendoza", "Rachel Stein", "Tomás Aguilar",
    "Priya Nair", "Owen Gallagher",
]
TYPES = ["news", "analysis", "opinion"]
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2025, 12, 31)


def real_paragraphs() -> list[str]:
    """Every prose paragraph of the real articles (headings left out), in file order."""
    paragraphs: list[str] = []
    for path in sorted((REAL / "articles").glob("*.md")):
        body = frontmatter.loads(path.read_text(encoding="utf-8")).content
        for chunk in re.split(r"\n\s*\n", body):
            chunk = chunk.strip()
            if chunk and not chunk.startswith("#") and len(chunk.split()) >= 6:
                paragraphs.append(chunk)
    return paragraphs


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].strip("-")


def _title(paragraph: str, number: int) -> str:
    words = re.sub(r"[^\w\s'’-]", "", paragraph).split()[:7]
    return f"{' '.join(words)} {number}"


def _article_text(meta: dict[str, object], paragraphs: list[str]) -> str:
    head = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=1000)
    return f"---\n{head}---\n\n" + "\n\n".join(paragraphs) + "\n"


def copy_site_files(product: Path, target: Path) -> None:
    """mkdocs.yml, docs/ and the theme's own folder (`custom_dir`, a path inside the product)."""
    shutil.copy2(product / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(product / "docs", target / "docs")
    custom = re.search(r"^\s+custom_dir:\s*(\S+)", (product / "mkdocs.yml").read_text(encoding="utf-8"), re.MULTILINE)
    if custom and (product / custom.group(1)).is_dir() and not (target / custom.group(1)).exists():
        shutil.copytree(product / custom.group(1), target / custom.group(1))


def _copy_site_files(target: Path) -> None:
    copy_site_files(REPO, target)


def _fresh(target: Path) -> None:
    if target.exists():
        shutil.rmtree(target)
    (target / "corpus" / "articles").mkdir(parents=True)


def synthetic_articles(count: int, seed: int = 20250901) -> list[tuple[str, str]]:
    """(file name, file text) for `count` articles of 8-25 shuffled real paragraphs."""
    rng = random.Random(seed)
    pool = real_paragraphs()
    span = (LAST_DAY - FIRST_DAY).days
    files: list[tuple[str, str]] = []
    for number in range(1, count + 1):
        k = rng.randint(8, 25)
        chosen = rng.sample(pool, k) if k <= len(pool) else rng.choices(pool, k=k)
        title = _title(chosen[0], number)
        meta = {
            "title": title,
            "publisher": rng.choice(PUBLISHERS),
            "author": rng.choice(AUTHORS),
            "published": FIRST_DAY + dt.timedelta(days=rng.randrange(span + 1)),
            "url": f"https://example.org/{number}/{_slug(title)}",
            "type": rng.choice(TYPES),
        }
        files.append((f"{_slug(title.rsplit(' ', 1)[0])[:50].strip('-')}-{number}.md", _article_text(meta, chosen)))
    return files


def make_corpus_project(target: Path, count: int) -> Path:
    """A full project of `count` synthetic articles with the real codebook."""
    _fresh(target)
    _copy_site_files(target)
    shutil.copytree(REAL / "topics", target / "corpus" / "topics")
    for name, text in synthetic_articles(count):
        (target / "corpus" / "articles" / name).write_text(text, encoding="utf-8")
    return target


def make_big_article_project(target: Path, megabytes: float = 10.0, seed: int = 7) -> Path:
    """The five real articles plus one article of about `megabytes` MB of real paragraphs."""
    _fresh(target)
    _copy_site_files(target)
    shutil.copytree(REAL / "topics", target / "corpus" / "topics")
    for path in (REAL / "articles").glob("*.md"):
        shutil.copy2(path, target / "corpus" / "articles" / path.name)
    rng = random.Random(seed)
    pool = real_paragraphs()
    chosen: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        paragraph = rng.choice(pool)
        chosen.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 2
    meta = {"title": "A very long article", "publisher": PUBLISHERS[0], "published": dt.date(2024, 1, 15), "type": "analysis"}
    (target / "corpus" / "articles" / "a-very-long-article.md").write_text(_article_text(meta, chosen), encoding="utf-8")
    return target


# ---------------------------------------------------------------- the 500-topic codebook

_KIND_FILES = {"threat": "threats", "actor": "actors", "program": "programs", "challenge": "challenges"}
_STOP = set("""a an the and or of in on at to for by with from as is are was were be been that this
these those it its their his her our we they he she which who what than then there here not no
but if so into over under about after before between during while has have had will would can
could may might must shall should also more most such other""".split())


def _ngrams(paragraphs: list[str], n: int) -> list[str]:
    grams: list[str] = []
    for paragraph in paragraphs:
        words = re.findall(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]", paragraph)
        for i in range(len(words) - n + 1):
            gram = words[i : i + n]
            if gram[0].lower() in _STOP or gram[-1].lower() in _STOP:
                continue
            if any(w.isupper() for w in gram):  # acronyms match case-sensitively; keep it simple
                continue
            grams.append(" ".join(gram))
    return grams


def big_codebook(total: int = 500, seed: int = 11) -> dict[str, list[dict[str, object]]]:
    """The real codebook plus topics up to `total`, whose aliases overlap each other and the real ones.

    New aliases are (a) word prefixes and suffixes of the real multi-word aliases
    ("Northern Command" from "U.S. Northern Command") and (b) frequent 2- and 3-word
    n-grams of the real text ("border security", "security cooperation"), so one phrase
    often holds several candidate matches that the longest-first rule has to resolve.
    """
    rng = random.Random(seed)
    book: dict[str, list[dict[str, object]]] = {}
    claimed: set[str] = set()
    real_aliases: list[str] = []
    for kind, stem in _KIND_FILES.items():
        entries = yaml.safe_load((REAL / "topics" / f"{stem}.yml").read_text(encoding="utf-8")) or []
        book[kind] = entries
        for entry in entries:
            for name in [entry["name"], *(entry.get("aliases") or [])]:
                claimed.add(alias_key(name))
                real_aliases.append(name)
    existing = sum(len(v) for v in book.values())

    pieces: list[str] = []
    for alias in real_aliases:
        words = alias.split()
        for cut in range(1, len(words)):
            pieces += [" ".join(words[:cut]), " ".join(words[cut:])]
    paragraphs = real_paragraphs()
    counts: dict[str, int] = {}
    for gram in _ngrams(paragraphs, 2) + _ngrams(paragraphs, 3):
        counts[gram] = counts.get(gram, 0) + 1
    frequent = sorted(counts, key=lambda g: (-counts[g], g))
    candidates = list(dict.fromkeys([p for p in pieces if len(p) >= 4] + frequent))

    fresh: list[str] = []
    for phrase in candidates:
        key = alias_key(phrase)
        if key and key not in claimed and len(key) >= 4:
            claimed.add(key)
            fresh.append(phrase)
    rng.shuffle(fresh)

    kinds = list(_KIND_FILES)
    for number in range(1, total - existing + 1):
        kind = kinds[number % 4]
        take = min(rng.randint(1, 4), len(fresh))
        if take == 0:
            break
        names, fresh = fresh[:take], fresh[take:]
        book[kind].append({
            "id": f"synthetic-topic-{number}",
            "name": names[0],
            "aliases": names[1:],
            "summary": f"A synthetic topic made from real phrases of the corpus ({', '.join(names)}).",
        })
    return book


def make_big_codebook_project(target: Path, articles: int = 100, topics: int = 500) -> Path:
    """`articles` synthetic articles (as in the scale runs) with a codebook of `topics` topics."""
    _fresh(target)
    _copy_site_files(target)
    (target / "corpus" / "topics").mkdir()
    for kind, entries in big_codebook(topics).items():
        text = yaml.safe_dump(entries, sort_keys=False, allow_unicode=True, width=1000)
        (target / "corpus" / "topics" / f"{_KIND_FILES[kind]}.yml").write_text(text, encoding="utf-8")
    for name, text in synthetic_articles(articles):
        (target / "corpus" / "articles" / name).write_text(text, encoding="utf-8")
    return target


# ---------------------------------------------------------------- the floor: bare Material

def _floor_config(count_label: str) -> str:
    """The repository's mkdocs.yml without the briefing plugin, nav reduced to the sections, and
    with what the plugin adds to the theme's settings of every page: each kind's page in the nav
    (site_nav.nav_with_kinds) and the site's stylesheets and scripts (site_assets)."""
    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    text = re.sub(r"\n  - briefing:\n(?:      .*\n)+", "\n", text)
    if "briefing:" in text.split("plugins:")[1].split("markdown_extensions:")[0]:
        raise RuntimeError("could not remove the briefing plugin from mkdocs.yml")
    articles = "\n  - Articles: articles/index.md\n"
    if articles not in text or "extra_css:" in text or "extra_javascript:" in text:
        raise RuntimeError("mkdocs.yml's nav or assets are not as the floor expects")
    kinds = "".join(f"\n  - {kind.plural}: {kind.folder}/index.md" for kind in DEFAULT_KINDS)
    text = text.replace(articles, kinds + articles, 1)
    styles = "".join(f"\n  - {FOLDER}{name}" for name in STYLESHEETS)
    scripts = "".join(f"\n  - {FOLDER}{name}" for name in SCRIPTS)
    text += f"\nextra_css:{styles}\nextra_javascript:{scripts}\n"
    return text.replace("site_name:", f"# floor build for {count_label}\nsite_name:", 1)


def make_floor_project(target: Path, count: int) -> tuple[Path, int]:
    """A bare Material project with as many pages as the briefing build of `count` articles.

    Articles are their own Markdown bodies; a topic page per codebook topic (name, aliases,
    summary); the same index pages (home, four kind indexes, article index pages of 100 rows,
    eight analysis pages). Returns the project and its page count.
    """
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    copy_site_files(REPO, target)  # the same theme, and its own folder if it has one
    (target / "mkdocs.yml").write_text(_floor_config(f"{count} articles"), encoding="utf-8")
    docs = target / "docs"
    pages = 0

    def write(rel: str, text: str) -> None:
        nonlocal pages
        path = docs / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        pages += 1

    (docs / "briefing.json").write_text("{}\n", encoding="utf-8")  # about.md links to it
    for path in asset_paths():  # the files the assets' links load, as the briefing's site has them
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_text(asset_source(path), encoding="utf-8")
    write("index.md", f"# Briefing\n\n{count} articles.\n")
    for kind, folder in _KIND_FILES.items():
        entries = yaml.safe_load((REAL / "topics" / f"{folder}.yml").read_text(encoding="utf-8")) or []
        rows = "\n".join(f"- [{e['name']}]({e['id']}.md)" for e in entries)
        write(f"{folder}/index.md", f"# {folder.title()}\n\n{rows}\n")
        for e in entries:
            aliases = ", ".join(e.get("aliases") or [])
            write(f"{folder}/{e['id']}.md", f"# {e['name']}\n\n*{aliases}*\n\n{e['summary']}\n")
    articles = synthetic_articles(count)
    chunks = [articles[i : i + 100] for i in range(0, len(articles), 100)] or [[]]
    for number, chunk in enumerate(chunks, start=1):
        rows = "\n".join(f"- [{frontmatter.loads(text)['title']}]({name})" for name, text in chunk)
        write("articles/index.md" if number == 1 else f"articles/page-{number}.md", f"# Articles\n\n{rows}\n")
    for name, text in articles:
        post = frontmatter.loads(text)
        write(f"articles/{name}", f"# {post['title']}\n\n{post.content}\n")
    for page in ("index", "coverage", "graph", "timeline", "statements", "disagreements", "figures", "review"):
        write(f"analysis/{page}.md", f"# {page.title()}\n\nAnalysis page.\n")
    return target, pages + 1  # + about.md from docs/
