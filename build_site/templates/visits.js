// "New since your last visit": the moments of the reader's visits stay in this browser's
// localStorage and are sent nowhere. A visit lasts until an hour passes without a page view.
// Every item the build marked with `data-added` (an article in a list; evidence, a statement
// or a dated event drawn from one) whose article entered the briefing after the previous
// visit began is marked "new".
(() => {
  const KEY = "briefing.visits";
  const SESSION_MS = 60 * 60 * 1000;
  let stored = {};
  try {
    stored = JSON.parse(localStorage.getItem(KEY) || "{}") || {};
  } catch (error) {
    stored = {}; // unreadable: start afresh
  }
  const now = Date.now();
  const visit = {
    previous: typeof stored.previous === "number" ? stored.previous : null,
    current: typeof stored.current === "number" ? stored.current : null,
    seen: typeof stored.seen === "number" ? stored.seen : null,
  };
  if (visit.seen === null || now - visit.seen > SESSION_MS) {
    visit.previous = visit.current; // a new visit: the last one becomes the previous
    visit.current = now;
  }
  visit.seen = now;
  try {
    localStorage.setItem(KEY, JSON.stringify(visit));
  } catch (error) {
    return; // storage refused (private mode): nothing to remember, nothing to mark
  }
  if (visit.previous === null) return;

  // A date alone (`2025-09-03`, an article's published date standing in) is midnight UTC.
  const fresh = [...document.querySelectorAll("[data-added]")].filter(
    (element) => Date.parse(element.dataset.added) > visit.previous,
  );
  const badges = [];
  for (const element of fresh) {
    element.classList.add("new-since-visit");
    const badge = document.createElement("span");
    badge.className = "new-since-visit__badge";
    badge.textContent = "new";
    const host = element.tagName === "TR" ? element.cells[0] : element; // a row holds only cells
    host?.prepend(badge, " ");
    badges.push(badge);
  }
  const content = document.querySelector(".md-content__inner");
  if (!content || !fresh.length) return;
  const note = document.createElement("p");
  note.className = "visit-note";
  // In UTC, as the site writes every moment ("5 December 2026, 11:52 UTC"), to the minute.
  const since = `${new Date(visit.previous).toISOString().slice(0, 16).replace("T", " ")} UTC`;
  note.append(`Your previous visit: ${since}. ${fresh.length} item${fresh.length === 1 ? "" : "s"} on this page added since, marked “new”. `);
  const forget = document.createElement("button");
  forget.type = "button";
  forget.className = "visit-note__forget";
  forget.textContent = "Forget my visits";
  forget.addEventListener("click", () => {
    localStorage.removeItem(KEY);
    for (const element of fresh) element.classList.remove("new-since-visit");
    for (const badge of badges) {
      badge.nextSibling?.remove(); // the space after it
      badge.remove();
    }
    note.remove();
  });
  note.append(forget);
  const heading = content.querySelector("h1"); // under the page's title, not above it
  if (heading) heading.after(note);
  else content.prepend(note);
})();
