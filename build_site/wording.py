"""Counts written for readers: "1 article", "2 articles", never "1 articles"; a long text cut
for a one-line message; the English plural of a kind's id, for its labels, file and section; a
name as the argument of a command a page or a message prints."""

from __future__ import annotations


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """The count and its noun in the right number; `plural_form` for a noun not made with -s."""
    return f"{count} {singular if count == 1 else plural_form or singular + 's'}"


def first_of(items: list[str], shown: int) -> str:
    """The first `shown` items, then how many more: a long list stays one readable line."""
    rest = len(items) - shown
    return ", ".join(items[:shown]) + (f" and {rest} more" if rest > 0 else "")


def cut(text: str, limit: int) -> str:
    """The text, or its first `limit` - 1 characters and "…": a quote that keeps a message one line."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def english_plural(word: str) -> str:
    """The plural of a lower-case English noun by the regular rules ("agency": agencies, "crisis":
    crises, "virus": viruses, "place": places). Written out, not taken from a library: a kind's
    file and its site section are named by it, so it must never change with a dependency's version."""
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        return word[:-1] + "ies"
    if word.endswith("is") and len(word) > 2:  # crisis: crises, analysis: analyses
        return word[:-2] + "es"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def shell_argument(text: str) -> str:
    """`text` as one double-quoted argument of a POSIX shell, as the review queue's `accept` and
    `dismiss` commands print a name: backslash, quote, dollar and backtick escaped."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$").replace("`", "\\`")
    return f'"{escaped}"'
