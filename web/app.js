// Verbatim's search page. It talks only to the JSON API and never inserts HTML from it: every text is
// set with textContent, and a highlight becomes text nodes and <mark> elements built here.
"use strict";

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 250;
const $ = (id) => document.getElementById(id);

const els = {
  form: $("search-form"), input: $("q"), types: $("types"), status: $("status"), hits: $("hits"),
  speakerFacet: $("speaker-facet"), speakers: $("speakers"), monthFacet: $("month-facet"), months: $("months"),
  dates: $("dates"), from: $("from"), to: $("to"), clearDates: $("clear-dates"), sidebar: $("sidebar"), filtersToggle: $("filters-toggle"),
  pager: $("pager"), resultsView: $("results-view"), articleView: $("article-view"), back: $("back"),
  articleTitle: $("article-title"), articleMeta: $("article-meta"), articleBody: $("article-body"),
  who: $("who"), whoList: $("who-list"),
  speakersView: $("speakers-view"), speakersStatus: $("speakers-status"), speakersRows: $("speakers-rows"), speakersTable: $("speakers-table"),
};

// ---- state in the URL: ?q=&type=&speaker=&from=&to=&page=  or  ?article=&p=&quote=&q=  or  ?view=speakers

function readState() {
  const params = new URLSearchParams(location.search);
  const page = parseInt(params.get("page") || "1", 10);
  return {
    q: params.get("q") || "",
    type: params.get("type") || "",
    speaker: params.get("speaker") || "",
    from: params.get("from") || "",
    to: params.get("to") || "",
    page: Number.isFinite(page) && page > 0 ? page : 1,
    article: params.get("article") || "",
    p: params.get("p") || "",
    quote: params.get("quote") || "",
    view: params.get("view") || "",
    // false: the words as typed, not the correction the server would show for a query that finds nothing
    correct: params.get("correct") !== "false",
  };
}

function urlFor(state) {
  const params = new URLSearchParams();
  for (const key of ["view", "article", "p", "quote", "q", "type", "speaker", "from", "to"]) {
    if (state[key]) params.set(key, state[key]);
  }
  if (!state.article && state.page > 1) params.set("page", String(state.page));
  if (state.correct === false) params.set("correct", "false");
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

// The API escapes article text and adds only <mark> and </mark>: split on those, decode the rest as
// text, and note where each mark begins and ends in it.
function readHighlight(highlight) {
  let text = "";
  let open = null;
  const marks = [];
  for (const piece of String(highlight || "").split(/(<mark>|<\/mark>)/)) {
    if (piece === "<mark>") open = text.length;
    else if (piece === "</mark>") { if (open !== null) marks.push([open, text.length]); open = null; }
    else text += decodeEntities(piece);
  }
  if (open !== null) marks.push([open, text.length]);
  return { text, marks };
}

function appendHighlight(parent, highlight) {
  const { text, marks } = readHighlight(highlight);
  return appendMarked(parent, text, marks, []);
}

const CLOSING_MARKS = "”\"’'»";

// Where a quotation's speaker is named: after its closing mark, and the punctuation the
// quotation leaves before it ("…the money,” he replied); at its end when no mark follows.
function afterClosingMark(text, end) {
  let at = end;
  while (at < end + 2 && ",.;:!?…".includes(text[at] || "x")) at++;
  return CLOSING_MARKS.includes(text[at] || "x") ? at + 1 : end;
}

// Appends text with its marked matches, each quotation in a span followed by its speaker's name.
// Quotations never overlap one another; a match may cross a quotation's edge, so the text is cut at
// every edge of either and each piece is put in the elements that cover it.
function appendMarked(parent, text, marks, quotes) {
  const cuts = new Set([0, text.length]);
  const labels = new Map(); // offset → the speakers named there, after a quotation's closing mark
  for (const [from, to] of marks) cuts.add(from).add(to);
  for (const quote of quotes) {
    cuts.add(quote.start).add(quote.end);
    const after = afterClosingMark(text, quote.end);
    cuts.add(after);
    if (!labels.has(after)) labels.set(after, []);
    labels.get(after).push(quote);
  }
  const offsets = [...cuts].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
  let span = null;
  let spanQuote = null;
  for (let i = 0; i < offsets.length; i++) {
    const from = offsets[i];
    for (const quote of labels.get(from) || []) {
      parent.append(el("span", { class: "said-by", "data-speaker": quote.speaker || "", text: quote.speaker || "Unknown speaker" }));
    }
    if (i === offsets.length - 1) break;
    const to = offsets[i + 1];
    const quote = quotes.find((q) => q.start <= from && from < q.end) || null;
    if (quote !== spanQuote) {
      span = quote && el("span", { class: "quote", id: `quote-${quote.id}`, "data-speaker": quote.speaker || "", title: quote.speaker ? `Said by ${quote.speaker}` : null });
      if (span) parent.append(span);
      spanQuote = quote;
    }
    const piece = document.createTextNode(text.slice(from, to));
    const marked = marks.some(([a, b]) => a <= from && from < b);
    (span || parent).append(marked ? el("mark", {}, piece) : piece);
  }
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
  // Resolved against the origin, not the page's URL: a page opened as http://user:key@host/ keeps
  // the credentials in its URL, and fetch refuses such URLs. The browser still signs the request in.
  const response = await fetch(new URL(url, location.origin), {
    signal: inFlight.signal,
    headers: { Accept: "application/json" },
  });
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
  } else if (state.view === "speakers") {
    showSpeakers();
  } else {
    showResults(state);
  }
}

function showView(view) {
  for (const section of [els.resultsView, els.articleView, els.speakersView]) section.hidden = section !== view;
}

async function showResults(state) {
  showView(els.resultsView);
  document.title = state.q ? `${state.q} — Verbatim` : "Verbatim — who said what";
  showDates(state);
  if (!state.q && !state.speaker && !state.type && !state.from && !state.to) {
    showWelcome();
    return;
  }
  const params = new URLSearchParams({ q: state.q, page: String(state.page), size: String(PAGE_SIZE) });
  for (const key of ["type", "speaker", "from", "to"]) {
    if (state[key]) params.set(key, state[key]);
  }
  if (!state.correct) params.set("correct", "false");
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
  renderMonths(state, answer.facets.date);
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
    const among = [state.type ? `among ${state.type}s` : "", state.speaker ? `by ${state.speaker}` : "", datesText(state)].filter(Boolean).join(" ");
    const message = el("li", { class: "empty" }, el("p", { text: `No results for “${answer.query}”${among ? ` ${among}` : ""}.` }));
    if (among) {
      message.append(el("p", {}, el("button", {
        type: "button", class: "clear-filters", text: "Clear filters",
        onclick: () => go({ ...readState(), type: "", speaker: "", from: "", to: "", page: 1 }),
      })));
    }
    if (answer.speakerSuggestion) {
      message.append(el("p", {}, "Did you mean the speaker ",
        el("button", { type: "button", class: "suggestion speaker-suggestion", text: answer.speakerSuggestion,
          onclick: () => go({ ...readState(), speaker: answer.speakerSuggestion, page: 1 }) }),
        "?"));
    }
    if (answer.suggestion) {
      message.append(el("p", {}, "Did you mean ",
        el("button", { type: "button", class: "suggestion", text: answer.suggestion, onclick: () => go({ ...readState(), q: answer.suggestion, page: 1, correct: true }) }),
        "?"));
    }
    els.hits.append(message);
    const subject = answer.query ? ` for “${answer.query}”` : "";
    setStatus(`No results${subject}${among ? ` ${among}` : ""}.${answer.suggestion ? ` Did you mean “${answer.suggestion}”?` : ""}`);
    return;
  }
  const corrected = answer.searched !== answer.query;
  const subject = answer.searched ? ` for “${answer.searched}”` : "";
  const pages = Math.ceil(answer.total / answer.size);
  const where = pages > 1 ? ` — page ${answer.page} of ${pages.toLocaleString("en")}` : "";
  // a quotation that several articles carry is one result; its copies are the extra mentions
  const mentions = answer.mentions > answer.total ? ` (${plural(answer.mentions, "mention")})` : "";
  const dates = datesText(state);
  setStatus(`${plural(answer.total, "result")}${mentions}${subject}${state.speaker ? ` by ${state.speaker}` : ""}${dates ? ` ${dates}` : ""}${where}.`
    + (corrected ? ` Nothing matched “${answer.query}”.` : ""));
  if (corrected) {
    els.hits.append(el("li", { class: "corrected" }, el("p", {}, "Showing results for ",
      el("strong", { text: answer.searched }), " — search instead for ",
      el("button", { type: "button", class: "as-typed", text: answer.query,
        onclick: () => go({ ...readState(), page: 1, correct: false }) }))));
  }
  const speaker = speakerNamed(state, answer);
  if (speaker) {
    els.hits.append(el("li", { class: "speaker-first" }, el("button", {
      type: "button", class: "quotes-by", onclick: () => go({ ...readState(), type: "quote", speaker: speaker.name, page: 1 }),
    }, `Quotes by ${speaker.name} `, el("span", { class: "count", text: `(${speaker.count.toLocaleString("en")})` }))));
  }
  for (const hit of answer.hits) els.hits.append(renderHit(state, hit));
}

function articleLink(state, article, paragraph, quote) {
  return { article: article.id, p: paragraph === undefined ? "" : String(paragraph), quote: quote || "", q: state.q };
}

function openLink(target, text) {
  return el("a", { class: "open", href: urlFor(target), text, onclick: (event) => { event.preventDefault(); go(target, { fromResults: true }); } });
}

// A card is not one big link: its words are text to read and select, and only the article's title
// opens the article, so a screen reader names the link by the title and not by the whole card.
function renderHit(state, hit) {
  const quote = hit.type === "quote";
  const item = el("li", { class: "hit", "data-type": hit.type, "data-id": hit.id });
  const details = [hit.article.date, hit.article.source, quote ? "" : `¶${hit.paragraph + 1}`].filter(Boolean).join(" · ");
  const source = el("p", { class: "source" }, el("span", { class: "kind", text: quote ? "Quote" : "Paragraph" }),
    openLink(articleLink(state, hit.article, hit.paragraph, quote ? hit.id : ""), hit.article.title || hit.article.id),
    details ? ` · ${details}` : null);
  if (quote) {
    item.append(appendHighlight(el("blockquote"), hit.highlight),
      el("p", { class: "speaker" },
        // the name marked where the query matched it: why a quotation without a marked word matched
        hit.speakerHighlight ? appendHighlight(el("span"), hit.speakerHighlight) : hit.speaker || "Unknown speaker",
        hit.cue ? el("span", { class: "cue", text: ` (${hit.cue})` }) : null),
      source, citeTools(hit));
  } else {
    item.append(appendHighlight(el("p", { class: "passage" }), hit.highlight), source);
  }
  if (hit.alsoIn && hit.alsoIn.length) {
    const others = el("p", { class: "also" }, "Also quoted in ");
    hit.alsoIn.forEach((article, i) => others.append(i ? ", " : "", openLink(articleLink(state, article), article.title || article.id)));
    item.append(others);
  }
  return item;
}

// ---- citing a quotation: "“…,” Sam Altman said (Title, 2025-01-25). <permalink>"

function permalink(hit) {
  return new URL(urlFor({ article: hit.article.id, p: String(hit.paragraph), quote: hit.id }), location.href).href;
}

function citation(hit) {
  const words = hit.text.replace(/[\s,.;:]+$/, "");
  const ending = /[?!…]$/.test(words) ? "" : ",";
  const speaker = hit.speaker || "an unnamed speaker";
  const where = [hit.article.title, hit.article.date].filter(Boolean).join(", ");
  return `“${words}${ending}” ${speaker} said${where ? ` (${where})` : ""}. ${permalink(hit)}`;
}

function citeTools(hit) {
  const shown = el("output", { class: "citation", hidden: true });
  const copy = async () => {
    const text = citation(hit);
    shown.textContent = text;
    shown.hidden = false;
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = "Copied";
    } catch {
      // no clipboard (permission, insecure origin): the citation is shown and selected to copy by hand
      getSelection().selectAllChildren(shown);
      button.textContent = "Select and copy";
    }
  };
  const button = el("button", { type: "button", class: "cite", text: "Copy citation", onclick: copy });
  return el("p", { class: "tools" }, button, " ", el("a", { class: "permalink", href: permalink(hit), text: "Permalink" }), shown);
}

// One pressable row of a list: a label, what goes between (a month's bar), and a count.
function pressable({ label, between = null, count, chosen = false, title = null, onclick }) {
  return el("li", {}, el("button", { type: "button", "aria-pressed": String(chosen), title, onclick },
    el("span", { text: label }), between, el("span", { class: "n", text: count })));
}

function renderSpeakers(state, speakers) {
  const entries = Object.entries(speakers || {});
  if (state.speaker && !entries.some(([name]) => name === state.speaker)) entries.unshift([state.speaker, null]);
  els.speakerFacet.hidden = entries.length === 0;
  els.speakers.replaceChildren(...entries.map(([name, count]) => {
    const chosen = name === state.speaker;
    return pressable({
      label: name, count: count === null ? "×" : count.toLocaleString("en"), chosen,
      title: chosen ? "Show every speaker again" : `Only quotations by ${name}`,
      onclick: () => go({ ...readState(), speaker: chosen ? "" : name, page: 1 }),
    });
  }));
}

// A month's bar chooses that month (from its first day to its last); choosing it again undoes it.
function renderMonths(state, months) {
  const entries = Object.entries(months || {});
  els.monthFacet.hidden = entries.length === 0;
  const most = Math.max(1, ...entries.map(([, n]) => n));
  els.months.replaceChildren(...entries.map(([month, n]) => {
    const { from, to } = monthBounds(month);
    const chosen = state.from === from && state.to === to;
    const bar = el("span", { class: "bar" });
    bar.style.width = `${Math.max(4, Math.round((100 * n) / most))}%`;
    return pressable({
      label: month, between: el("span", {}, bar), count: n.toLocaleString("en"), chosen,
      title: chosen ? "Every date again" : `Only ${month}`,
      onclick: () => go({ ...readState(), from: chosen ? "" : from, to: chosen ? "" : to, page: 1 }),
    });
  }));
}

function monthBounds(month) {
  const [year, number] = month.split("-").map(Number);
  const last = new Date(Date.UTC(year, number, 0)).getUTCDate(); // day 0 of the next month
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, "0")}` };
}

function datesText(state) {
  if (state.from && state.to) return `from ${state.from} to ${state.to}`;
  if (state.from) return `from ${state.from}`;
  return state.to ? `until ${state.to}` : "";
}

function showDates(state) {
  els.from.value = state.from;
  els.to.value = state.to;
  els.clearDates.hidden = !state.from && !state.to;
}

// When the words typed name a speaker of the results ("altman"), their quotations are one click away.
function speakerNamed(state, answer) {
  if (state.speaker || state.type === "paragraph" || !answer.query) return null;
  const words = fold(answer.query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (!words.length) return null;
  for (const [name, count] of Object.entries(answer.facets.speaker || {})) {
    const nameWords = fold(name).split(/[^\p{L}\p{N}]+/u);
    if (words.every((word) => nameWords.includes(word))) return { name, count };
  }
  return null;
}

function fold(text) {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
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
  showView(els.articleView);
  els.articleTitle.textContent = "Loading…";
  els.articleMeta.textContent = "";
  els.articleBody.replaceChildren();
  els.who.hidden = true;
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
  // the original page, only over http(s): a saved page's canonical URL could be javascript:
  if (/^https?:\/\//i.test(article.url || "")) {
    if (els.articleMeta.textContent) els.articleMeta.append(" · ");
    els.articleMeta.append(el("a", { href: article.url, rel: "noopener noreferrer", target: "_blank", text: "original" }));
  }
  const quotesByParagraph = new Map();
  for (const quote of article.quotes) {
    if (!quotesByParagraph.has(quote.paragraph)) quotesByParagraph.set(quote.paragraph, []);
    quotesByParagraph.get(quote.paragraph).push(quote);
  }
  renderWhoIsQuoted(article.quotes);
  let target = null;
  for (const paragraph of article.paragraphs) {
    const { text, marks } = readHighlight(paragraph.highlight);
    const node = el("p", { id: `p${paragraph.index}` }, el("span", { class: "pn", text: `¶${paragraph.index + 1}` }));
    // marks only when the highlight is of this very text, so that quotation offsets hold in it
    appendMarked(node, paragraph.text, text === paragraph.text ? marks : [], quotesByParagraph.get(paragraph.index) || []);
    if (String(paragraph.index) === state.p) {
      node.classList.add("target");
      node.tabIndex = -1;
      target = node;
    }
    els.articleBody.append(node);
  }
  const quote = state.quote && document.getElementById(`quote-${state.quote}`);
  if (quote) quote.classList.add("target");
  if (target) {
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
  } else {
    els.back.focus();
  }
}

// "Who is quoted": each speaker with their number of quotations; choosing one marks theirs.
function renderWhoIsQuoted(quotes) {
  const counts = new Map();
  for (const quote of quotes) {
    if (quote.speaker) counts.set(quote.speaker, (counts.get(quote.speaker) || 0) + 1);
  }
  const speakers = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  els.who.hidden = speakers.length === 0;
  els.articleBody.removeAttribute("data-chosen");
  els.whoList.replaceChildren(...speakers.map(([name, count]) => pressable({
    label: name, count: count.toLocaleString("en"), onclick: (event) => chooseSpeaker(event.currentTarget, name),
  })));
}

function chooseSpeaker(button, name) {
  const chosen = button.getAttribute("aria-pressed") !== "true";
  for (const other of els.whoList.querySelectorAll("button")) other.setAttribute("aria-pressed", String(other === button && chosen));
  if (chosen) els.articleBody.setAttribute("data-chosen", name);
  else els.articleBody.removeAttribute("data-chosen");
  for (const quote of els.articleBody.querySelectorAll(".quote")) {
    quote.classList.toggle("chosen", chosen && quote.dataset.speaker === name);
  }
  const first = els.articleBody.querySelector(".quote.chosen");
  if (first) first.scrollIntoView({ block: "nearest" });
}

// ---- speakers view: everyone quoted; a name opens their quotations, with the months they span

async function showSpeakers() {
  showView(els.speakersView);
  document.title = "Speakers — Verbatim";
  els.speakersRows.replaceChildren();
  els.speakersTable.hidden = true;
  els.speakersStatus.textContent = "Loading…";
  let answer;
  try {
    answer = await fetchJson("/api/speakers");
  } catch (error) {
    if (error.name === "AbortError") return;
    els.speakersStatus.textContent = error.status === 503 ? "Building the index… reload in a moment." : `Speakers not available: ${error.message}`;
    return;
  }
  els.speakersStatus.textContent = answer.speakers.length ? `${plural(answer.speakers.length, "speaker")} quoted.` : "Nobody is quoted in this index yet.";
  els.speakersTable.hidden = answer.speakers.length === 0;
  els.speakersRows.replaceChildren(...answer.speakers.map((speaker) => {
    const target = { type: "quote", speaker: speaker.name };
    return el("tr", {},
      el("th", { scope: "row" }, el("a", { href: urlFor(target), text: speaker.name, onclick: (event) => { event.preventDefault(); go(target); } })),
      el("td", { class: "n", text: speaker.quotes.toLocaleString("en") }),
      el("td", { text: speaker.first || "—" }),
      el("td", { text: speaker.last || "—" }));
  }));
}

// ---- events

let typingTimer = null;

els.input.addEventListener("input", () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => go({ ...readState(), article: "", p: "", q: els.input.value.trim(), page: 1, correct: true }, { replace: true }), TYPING_DELAY_MS);
});

els.form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  go({ ...readState(), article: "", p: "", q: els.input.value.trim(), page: 1, correct: true });
});

function chooseDates() {
  const from = els.from.value;
  const to = els.to.value;
  if (from && to && from > to) {
    setStatus("The first date is after the last one.", { error: true });
    return;
  }
  go({ ...readState(), from, to, page: 1 });
}

els.dates.addEventListener("submit", (event) => { event.preventDefault(); chooseDates(); });
els.from.addEventListener("change", chooseDates);
els.to.addEventListener("change", chooseDates);
els.clearDates.addEventListener("click", () => go({ ...readState(), from: "", to: "", page: 1 }));

// On a phone the filters sit behind a button above the results rather than below them.
els.filtersToggle.addEventListener("click", () => {
  const open = els.filtersToggle.getAttribute("aria-expanded") !== "true";
  els.filtersToggle.setAttribute("aria-expanded", String(open));
  els.sidebar.classList.toggle("open", open);
});

function backToResults() {
  if (history.state && history.state.fromResults) history.back();
  else go({ q: readState().q });
}

els.back.addEventListener("click", backToResults);

$("home").addEventListener("click", (event) => { event.preventDefault(); els.input.value = ""; go({}); });
$("speakers-link").addEventListener("click", (event) => { event.preventDefault(); go({ view: "speakers" }); });

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
