// "New since your last visit": the dates of the reader's visits stay in this browser's
// localStorage and are sent nowhere. A visit lasts until an hour passes without a page
// view; lists of articles then mark those published after the previous visit began.
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

  const since = new Date(visit.previous).toISOString().slice(0, 10);
  const fresh = [...document.querySelectorAll("[data-published]")].filter((element) => element.dataset.published > since);
  for (const element of fresh) {
    element.classList.add("new-since-visit");
    const badge = document.createElement("span");
    badge.className = "new-since-visit__badge";
    badge.textContent = "new";
    element.prepend(badge, " ");
  }
  const content = document.querySelector(".md-content__inner");
  if (!content) return;
  const note = document.createElement("p");
  note.className = "visit-note";
  note.append(`Your previous visit: ${since}. ${fresh.length} article${fresh.length === 1 ? "" : "s"} on this page published since. `);
  const forget = document.createElement("button");
  forget.type = "button";
  forget.className = "visit-note__forget";
  forget.textContent = "Forget my visits";
  forget.addEventListener("click", () => {
    localStorage.removeItem(KEY);
    for (const element of fresh) {
      element.classList.remove("new-since-visit");
      element.querySelector(".new-since-visit__badge")?.nextSibling?.remove();
      element.querySelector(".new-since-visit__badge")?.remove();
    }
    note.remove();
  });
  note.append(forget);
  if (fresh.length) content.prepend(note);
})();
