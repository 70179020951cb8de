// Verbatim's search page. It talks only to the JSON API and never inserts HTML from it: every text is
// set with textContent, and a highlight becomes text nodes and <mark> elements built here.
"use strict";

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 250;
const $ = (id) => document.getElementById(id);

const els = {
  form: $("search-form"), input: $("q"), types: $("types"), status: $("status"), hits: $("hits"),
  speakerFacet: $("speaker-facet"), speakers: $("speakers"), monthFacet: $("month-facet"), months: $("months"),
  pager: $("pager"), resultsView: $("results-view"), articleView: $("article-view"), back: $("back"),
  articleTitle: $("article-title"), articleMeta: $("article-meta"), articleBody: $("article-body"),
};

// ---- state in the URL: ?q=&type=&speaker=&page=  or  ?article=&p=&q=

function readState() {
  const params = new URLSearchParams(location.search);
  const page = parseInt(params.get("page") || "1", 10);
  return {
    q: params.get("q") || "",
    type: params.get("type") || "",
    speaker: params.get("speaker") || "",
    page: Number.isFinite(page) && page > 0 ? page : 1,
    article: params.get("article") || "",
    p: params.get("p") || "",
  };
}

function urlFor(state) {
  const params = new URLSearchParams();
  for (const key of ["article", "p", "q", "type", "speaker"]) {
    if (state[key]) params.set(key, state[key]);
  }
  if (!state.article && state.page > 1) params.set("page", String(state.page));
  const query = params.toString();
  return query ? "?" + query : location.pathname;
}

// fromResults marks an article opened from a result list, so "Back to results" can simply go back.
function go(state, { replace = false, fromResults = false } = {}) {
  const url = urlFor(state);
  const current = location.search || location.pathname;
  if (url !== current) {
    history[replace ? "replaceState" : "pushState"]({ fromResults }, "", url);
  }
  render();
}

// ---- safe rendering

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "text") node.textContent = value;
    else if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'" };

function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, name) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return Object.hasOwn(ENTITIES, name) ? ENTITIES[name] : whole;
  });
}

// The API escapes article text and adds only <mark> and </mark>: split on those, decode the rest as text.
function appendHighlight(parent, highlight) {
  let mark = null;
  for (const piece of String(highlight || "").split(/(<mark>|<\/mark>)/)) {
    if (piece === "<mark>") mark = el("mark");
    else if (piece === "</mark>") { if (mark) parent.append(mark); mark = null; }
    else if (piece) (mark || parent).append(document.createTextNode(decodeEntities(piece)));
  }
  if (mark) parent.append(mark);
  return parent;
}

function plural(n, word) {
  return `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;
}

function setStatus(text, { error = false } = {}) {
  els.status.textContent = text;
  els.status.classList.toggle("error", error);
  els.status.setAttribute("role", error ? "alert" : "status");
}

// ---- fetching: a newer request cancels an older one, so answers never arrive out of order

let inFlight = null;

async function fetchJson(url) {
  if (inFlight) inFlight.abort();
  inFlight = new AbortController();
  const response = await fetch(url, { signal: inFlight.signal, headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({ error: `HTTP ${response.status}` }));
  if (!response.ok) {
    const error = new Error(body.error || `HTTP ${response.status}`);
    error.status = response.status;
    error.retryAfter = Number(response.headers.get("Retry-After")) || 0;
    throw error;
  }
  return body;
}

// A server still building its index answers 503 with Retry-After: the page then asks again by
// itself, so it comes alive when the index is ready.
let retryTimer = null;

function showFailure(what, error) {
  if (error.status === 503 && error.retryAfter > 0) {
    // expected and temporary: not an error
    setStatus(`Building the index… retrying in ${error.retryAfter} s.`);
    retryTimer = setTimeout(render, error.retryAfter * 1000);
    return;
  }
  setStatus(error.status ? `${what}: ${error.message}` : `Could not reach the server: ${error.message}`, { error: true });
}

// ---- results view

function render() {
  clearTimeout(retryTimer);
  const state = readState();
  if (document.activeElement !== els.input) els.input.value = state.q;
  if (state.article) {
    showArticle(state);
  } else {
    showResults(state);
  }
}

async function showResults(state) {
  els.articleView.hidden = true;
  els.resultsView.hidden = false;
  document.title = state.q ? `${state.q} — Verbatim` : "Verbatim — who said what";
  if (!state.q && !state.speaker && !state.type) {
    showWelcome();
    return;
  }
  const params = new URLSearchParams({ q: state.q, page: String(state.page), size: String(PAGE_SIZE) });
  if (state.type) params.set("type", state.type);
  if (state.speaker) params.set("speaker", state.speaker);
  setStatus("Searching…");
  let answer;
  try {
    answer = await fetchJson("/api/search?" + params);
  } catch (error) {
    if (error.name === "AbortError") return;
    clearResults();
    els.types.replaceChildren(); // the previous query's counts do not describe this one
    showFailure("Search failed", error);
    return;
  }
  renderTypes(state, answer.facets.type);
  renderHits(state, answer);
  renderSpeakers(state, answer.facets.speaker);
  renderMonths(answer.facets.date);
  renderPager(state, answer.total);
}

async function showWelcome() {
  clearResults();
  renderTypes(readState(), null);
  const box = el("li", { class: "empty" },
    el("p", { text: "Search who said what: type a few words, or try one of these:" }),
    el("ul", {}, ...["money", "\"good authority\"", "tweet*"].map((q) =>
      el("li", {}, el("a", { href: urlFor({ q }), text: q, onclick: (event) => { event.preventDefault(); go({ q }); } })))));
  els.hits.append(box);
  setStatus("");
  try {
    const stats = await fetchJson("/api/stats");
    setStatus(`${plural(stats.quotes, "quotation")} and ${plural(stats.paragraphs, "paragraph")} from ${plural(stats.articles, "article")}.`);
  } catch (error) {
    if (error.name !== "AbortError") showFailure("Index unavailable", error);
  }
}

function clearResults() {
  els.hits.replaceChildren();
  els.speakers.replaceChildren();
  els.months.replaceChildren();
  els.pager.replaceChildren();
  els.speakerFacet.hidden = true;
  els.monthFacet.hidden = true;
}

function renderTypes(state, counts) {
  const total = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : null;
  const chips = [["", "All", total], ["quote", "Quotes", counts && (counts.quote || 0)], ["paragraph", "Paragraphs", counts && (counts.paragraph || 0)]];
  els.types.replaceChildren(...chips.map(([type, label, count]) =>
    el("button", {
      type: "button", class: "chip", "aria-pressed": String(state.type === type),
      onclick: () => go({ ...readState(), type, page: 1 }),
    }, label, count === null ? null : el("span", { class: "count", text: `(${count.toLocaleString("en")})` }))));
}

function renderHits(state, answer) {
  clearResults();
  if (answer.total === 0) {
    const among = [state.type ? `among ${state.type}s` : "", state.speaker ? `by ${state.speaker}` : ""].filter(Boolean).join(" ");
    const message = el("li", { class: "empty" }, el("p", { text: `No results for “${answer.query}”${among ? ` ${among}` : ""}.` }));
    if (among) {
      message.append(el("p", {}, el("button", {
        type: "button", class: "clear-filters", text: "Clear filters",
        onclick: () => go({ ...readState(), type: "", speaker: "", page: 1 }),
      })));
    }
    if (answer.suggestion) {
      message.append(el("p", {}, "Did you mean ",
        el("button", { type: "button", class: "suggestion", text: answer.suggestion, onclick: () => go({ ...readState(), q: answer.suggestion, page: 1 }) }),
        "?"));
    }
    els.hits.append(message);
    const subject = answer.query ? ` for “${answer.query}”` : "";
    setStatus(`No results${subject}${among ? ` ${among}` : ""}.${answer.suggestion ? ` Did you mean “${answer.suggestion}”?` : ""}`);
    return;
  }
  const subject = answer.query ? ` for “${answer.query}”` : "";
  const pages = Math.ceil(answer.total / answer.size);
  const where = pages > 1 ? ` — page ${answer.page} of ${pages.toLocaleString("en")}` : "";
  setStatus(`${answer.total.toLocaleString("en")} ${answer.total === 1 ? "match" : "matches"}${subject}${state.speaker ? ` by ${state.speaker}` : ""}${where}.`);
  for (const hit of answer.hits) els.hits.append(renderHit(state, hit));
}

function articleLink(state, article, paragraph) {
  return { article: article.id, p: paragraph === undefined ? "" : String(paragraph), q: state.q };
}

function renderHit(state, hit) {
  const target = articleLink(state, hit.article, hit.paragraph);
  const open = (event) => { event.preventDefault(); go(target, { fromResults: true }); };
  const source = [hit.article.title, hit.article.date, hit.article.source].filter(Boolean).join(" · ");
  const link = el("a", { href: urlFor(target), onclick: open });
  if (hit.type === "quote") {
    link.append(appendHighlight(el("blockquote"), hit.highlight));
    link.append(el("p", { class: "speaker" }, hit.speaker || "Unknown speaker",
      hit.cue ? el("span", { class: "cue", text: ` (${hit.cue})` }) : null));
    link.append(el("p", { class: "source" }, el("span", { class: "kind", text: "Quote" }), source));
  } else {
    link.append(appendHighlight(el("p", { class: "passage" }), hit.highlight));
    link.append(el("p", { class: "source" }, el("span", { class: "kind", text: "Paragraph" }), `${source} · ¶${hit.paragraph + 1}`));
  }
  const item = el("li", { class: "hit", "data-type": hit.type }, link);
  if (hit.alsoIn && hit.alsoIn.length) {
    const others = el("p", { class: "also" }, "Also quoted in ");
    hit.alsoIn.forEach((article, i) => {
      const to = articleLink(state, article);
      others.append(i ? ", " : "", el("a", { href: urlFor(to), text: article.title || article.id, onclick: (e) => { e.preventDefault(); go(to, { fromResults: true }); } }));
    });
    item.append(others);
  }
  return item;
}

function renderSpeakers(state, speakers) {
  const entries = Object.entries(speakers || {});
  if (state.speaker && !entries.some(([name]) => name === state.speaker)) entries.unshift([state.speaker, null]);
  els.speakerFacet.hidden = entries.length === 0;
  els.speakers.replaceChildren(...entries.map(([name, count]) => {
    const chosen = name === state.speaker;
    return el("li", {}, el("button", {
      type: "button", "aria-pressed": String(chosen),
      title: chosen ? "Show every speaker again" : `Only quotations by ${name}`,
      onclick: () => go({ ...readState(), speaker: chosen ? "" : name, page: 1 }),
    }, el("span", { text: name }), el("span", { text: count === null ? "×" : count.toLocaleString("en") })));
  }));
}

function renderMonths(months) {
  const entries = Object.entries(months || {});
  els.monthFacet.hidden = entries.length === 0;
  const most = Math.max(1, ...entries.map(([, n]) => n));
  els.months.replaceChildren(...entries.map(([month, n]) => {
    const bar = el("span", { class: "bar" });
    bar.style.width = `${Math.max(4, Math.round((100 * n) / most))}%`;
    return el("li", {}, el("span", { text: month }), el("span", {}, bar), el("span", { class: "n", text: n.toLocaleString("en") }));
  }));
}

function renderPager(state, total) {
  const pages = Math.min(Math.ceil(total / PAGE_SIZE), Math.floor(10000 / PAGE_SIZE));
  if (pages <= 1) {
    els.pager.replaceChildren();
    return;
  }
  const to = (page) => () => { go({ ...readState(), page }); els.status.scrollIntoView({ block: "nearest" }); };
  els.pager.replaceChildren(
    el("button", { type: "button", disabled: state.page <= 1, onclick: to(state.page - 1), text: "← Previous" }),
    el("span", { text: `Page ${state.page} of ${pages.toLocaleString("en")}` }),
    el("button", { type: "button", disabled: state.page >= pages, onclick: to(state.page + 1), text: "Next →" }));
}

// ---- article view

async function showArticle(state) {
  els.resultsView.hidden = true;
  els.articleView.hidden = false;
  els.articleTitle.textContent = "Loading…";
  els.articleMeta.textContent = "";
  els.articleBody.replaceChildren();
  let article;
  try {
    article = await fetchJson(`/api/articles/${encodeURIComponent(state.article).replace(/%2F/g, "/")}?q=${encodeURIComponent(state.q)}`);
  } catch (error) {
    if (error.name === "AbortError") return;
    els.articleTitle.textContent = "Article not available";
    els.articleMeta.textContent = error.message;
    return;
  }
  document.title = `${article.title} — Verbatim`;
  els.articleTitle.textContent = article.title;
  els.articleMeta.textContent = [article.date, article.source, article.author].filter(Boolean).join(" · ");
  const quotesByParagraph = new Map();
  for (const quote of article.quotes) {
    if (!quotesByParagraph.has(quote.paragraph)) quotesByParagraph.set(quote.paragraph, []);
    quotesByParagraph.get(quote.paragraph).push(quote);
  }
  let target = null;
  for (const paragraph of article.paragraphs) {
    const node = appendHighlight(el("p", { id: `p${paragraph.index}` }, el("span", { class: "pn", text: `¶${paragraph.index + 1}` })), paragraph.highlight);
    const speakers = [...new Set((quotesByParagraph.get(paragraph.index) || []).map((q) => q.speaker).filter(Boolean))];
    if (speakers.length) node.title = `Quoted: ${speakers.join(", ")}`;
    if (String(paragraph.index) === state.p) {
      node.classList.add("target");
      node.tabIndex = -1;
      target = node;
    }
    els.articleBody.append(node);
  }
  if (target) {
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
  } else {
    els.back.focus();
  }
}

// ---- events

let typingTimer = null;

els.input.addEventListener("input", () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => go({ ...readState(), article: "", p: "", q: els.input.value.trim(), page: 1 }, { replace: true }), TYPING_DELAY_MS);
});

els.form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  go({ ...readState(), article: "", p: "", q: els.input.value.trim(), page: 1 });
});

function backToResults() {
  if (history.state && history.state.fromResults) history.back();
  else go({ q: readState().q });
}

els.back.addEventListener("click", backToResults);

$("home").addEventListener("click", (event) => { event.preventDefault(); els.input.value = ""; go({}); });

document.addEventListener("keydown", (event) => {
  const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
  if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    els.input.focus();
    els.input.select();
  } else if (event.key === "Escape" && !els.articleView.hidden) {
    backToResults();
  }
});

window.addEventListener("popstate", render);
render();
