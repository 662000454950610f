"""Wrap the stored article texts in the page furniture their sites use, as a browser saves them."""

import html
import pathlib

CHROME_NAV = '<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li><li><a href="/environment/">Environment</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/subscribe/">Subscribe</a></li></ul></nav>'
FOOTER = '<footer><p>© {site}. All rights reserved.</p><ul><li><a href="/about/">About us</a></li><li><a href="/privacy/">Privacy policy</a></li><li><a href="/contact/">Contact</a></li></ul></footer>'


def page(
    path,
    *,
    site,
    title,
    head_title,
    paras,
    byline="",
    dateline="",
    meta_date="",
    canonical="",
    before="",
    after="",
    extra_head="",
):
    metas = [
        f'<meta property="og:site_name" content="{html.escape(site)}">',
        f'<meta property="og:title" content="{html.escape(title)}">',
    ]
    if meta_date:
        metas.append(f'<meta property="article:published_time" content="{meta_date}">')
    if canonical:
        metas.append(f'<link rel="canonical" href="{canonical}">')
    body = "\n".join(p if p.startswith("<") else f"<p>{html.escape(p)}</p>" for p in paras)
    by = f'<p class="byline">{html.escape(byline)}</p>' if byline else ""
    dl = f'<p class="date">{html.escape(dateline)}</p>' if dateline else ""
    doc = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(head_title)}</title>
{chr(10).join(metas)}
{extra_head}
</head><body>
<header><div class="logo">{html.escape(site)}</div>{CHROME_NAV}</header>
<main><article>
{before}
<h1>{html.escape(title)}</h1>
{by}
{dl}
{body}
</article>
{after}
</main>
{FOOTER.format(site=html.escape(site))}
</body></html>
"""
    pathlib.Path(path).write_text(doc, encoding="utf-8")
