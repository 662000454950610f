// The header search over Pagefind's chunked index (build_site/pagefind_search.py).
// Every piece of a result (title, snippet, filter values) is untrusted article text: it
// reaches the page only as text nodes, never as HTML.
(() => {
  const input = document.querySelector(".briefing-search__input");
  if (!input) return;
  const list = document.querySelector(".briefing-search__results");
  const box = input.parentElement;
  const chosen = {};
  let loading = null;

  // One load, shared: every query waits on the same promise, so their searches start in the
  // order they were typed (the last one typed is the one Pagefind's debounce keeps).
  function load() {
    loading ||= (async () => {
      const pagefind = await import(new URL(input.dataset.bundle + "pagefind.js", location.href).href);
      await pagefind.options({ baseUrl: new URL(input.dataset.base, location.href).pathname });
      showFilters(await pagefind.filters());
      return pagefind;
    })();
    return loading;
  }

  // Pagefind escapes the text of its snippets: the escapes undone, the text is never parsed as HTML.
  const ESCAPES = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#x27;": "'", "&amp;": "&" };
  function textOf(escaped) {
    return escaped.replace(/&(?:lt|gt|quot|amp|#39|#x27);/g, (entity) => ESCAPES[entity]);
  }

  // A snippet: Pagefind marks matches with <mark>; the text between is shown as text.
  function snippet(excerpt) {
    const paragraph = document.createElement("p");
    excerpt.split(/(<mark>.*?<\/mark>)/s).forEach((part) => {
      const marked = part.startsWith("<mark>");
      const text = document.createTextNode(textOf(marked ? part.slice(6, -7) : part));
      if (marked) {
        const mark = document.createElement("mark");
        mark.appendChild(text);
        paragraph.appendChild(mark);
      } else {
        paragraph.appendChild(text);
      }
    });
    return paragraph;
  }

  function showFilters(filters) {
    const names = Object.keys(filters || {}).sort();
    if (!names.length) return;
    const bar = document.createElement("div");
    bar.className = "briefing-search__filters";
    for (const name of names) {
      const select = document.createElement("select");
      select.setAttribute("aria-label", name);
      select.dataset.filter = name;
      select.appendChild(new Option(name + ": any", ""));
      for (const value of Object.keys(filters[name]).sort()) {
        select.appendChild(new Option(`${value} (${filters[name][value]})`, value));
      }
      select.addEventListener("change", () => {
        if (select.value) chosen[name] = select.value;
        else delete chosen[name];
        run();
      });
      bar.appendChild(select);
    }
    box.insertBefore(bar, list);
  }

  // A page the query names (a topic by its name, an alias or a spelling; an article by its
  // author: what the templates weigh 10) before the pages that only mention it. Pagefind's
  // score alone can put an article that repeats an alias above the alias's own topic.
  const NAME_WEIGHT = 10;
  function named(data) {
    return (data.weighted_locations || []).some((place) => place.weight >= NAME_WEIGHT) ? 1 : 0;
  }

  let latest = 0;

  // A currency sign parts an amount from its figure: the index holds "$3.4" as its figure's
  // digits, and Pagefind keeps the sign in a query, so "$3.4" would find nothing; a point,
  // a comma or a percent sign it drops from both ("3.4", "1,464" and "2.1%" are found).
  function searchable(text) {
    return text.replace(/\p{Sc}/gu, " ").trim();
  }

  async function run() {
    const query = input.value.trim();
    const asked = ++latest;
    const engine = await load();
    const search = await engine.debouncedSearch(query ? searchable(query) : null, { filters: chosen }, 120);
    if (search === null) return; // a newer keystroke took over
    const found = await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
    if (asked !== latest) return; // answered after a newer query: dropped
    found.sort((a, b) => named(b) - named(a)); // stable: otherwise Pagefind's order
    list.replaceChildren();
    list.dataset.query = query; // what the list shows results of
    for (const data of found) {
      const item = document.createElement("li");
      item.className = "briefing-search__result";
      const link = document.createElement("a");
      link.href = data.url;
      const title = document.createElement("strong");
      title.textContent = data.meta.title || data.url; // Pagefind keeps titles as plain text
      link.appendChild(title);
      link.appendChild(snippet(data.excerpt || ""));
      item.appendChild(link);
      list.appendChild(item);
    }
    list.hidden = !(query || Object.keys(chosen).length);
    if (!found.length && !list.hidden) {
      const none = document.createElement("li");
      none.textContent = "No results";
      list.appendChild(none);
    }
  }

  input.addEventListener("input", run);
  input.addEventListener("focus", load, { once: true });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      input.value = "";
      list.hidden = true;
      input.blur();
    }
  });
  document.addEventListener("keydown", (event) => {
    const target = event.target;
    const typing = target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
    }
  });
})();
