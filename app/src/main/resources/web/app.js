// Fahras web page: the whole search state lives in the URL, so a copied link reopens the search.
// The URL's parameters are the API's (filter.*, exclude.*, date_from, facet_size.* …) plus the
// page's own: doc (the open article) and digits (Arabic-Indic or Latin).
"use strict";

const FACETS = ["country", "official", "topic", "source"];
const MORE_STEP = 20;
const MAX_FACET_SIZE = 100;
const DEFAULT_FACET_SIZE = 10;
const DIGITS_KEY = "fahras.digits";
const $ = (id) => document.getElementById(id);

function storedDigits() {
  try {
    return localStorage.getItem(DIGITS_KEY);
  } catch (e) {
    return null; // storage refused (private mode): the URL still carries the choice
  }
}

function stateFromUrl() {
  const params = new URLSearchParams(location.search);
  const digits = params.get("digits") || storedDigits() || "arab";
  const state = { q: params.get("q") || "", page: Number(params.get("page") || 1), doc: params.get("doc") || "",
    sort: params.get("sort") || "relevance", mode: params.get("mode") || "stemmed", perPage: Number(params.get("per_page") || 0), dateFrom: params.get("date_from") || "", dateTo: params.get("date_to") || "",
    filters: {}, excludes: {}, facetSizes: {}, digits: digits === "latn" ? "latn" : "arab" };
  for (const dim of FACETS) {
    const values = params.getAll("filter." + dim);
    if (values.length) state.filters[dim] = values;
    const excluded = params.getAll("exclude." + dim);
    if (excluded.length) state.excludes[dim] = excluded;
    const size = Number(params.get("facet_size." + dim));
    if (size) state.facetSizes[dim] = size;
  }
  return state;
}

/** The search as API parameters: what the search, export and facet-value calls take. */
function searchParams(state) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  if (state.page > 1) params.set("page", state.page);
  if (state.perPage) params.set("per_page", state.perPage);
  if (state.sort && state.sort !== "relevance") params.set("sort", state.sort);
  if (state.mode && state.mode !== "stemmed") params.set("mode", state.mode);
  if (state.dateFrom) params.set("date_from", state.dateFrom);
  if (state.dateTo) params.set("date_to", state.dateTo);
  for (const [dim, values] of Object.entries(state.filters)) {
    for (const value of values) params.append("filter." + dim, value);
  }
  for (const [dim, values] of Object.entries(state.excludes)) {
    for (const value of values) params.append("exclude." + dim, value);
  }
  for (const [dim, size] of Object.entries(state.facetSizes)) params.set("facet_size." + dim, size);
  return params;
}

function urlFromState(state) {
  const params = searchParams(state);
  if (state.doc) params.set("doc", state.doc);
  params.set("digits", state.digits);
  return params;
}

function go(state, options = {}) {
  history.pushState(null, "", "?" + urlFromState(state).toString());
  render(state, options);
}

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  for (const child of children) node.append(child);
  return node;
}

// Numbers and dates in the digits the reader chose.
let digits = "arab";

function number(n) {
  return new Intl.NumberFormat("ar-u-nu-" + digits).format(n);
}

// Arabic counted nouns follow the number: نتيجة واحدة، نتيجتان، ٣ نتائج، ١١ نتيجة (CLDR's plural categories).
const pluralCategory = new Intl.PluralRules("ar");

function resultCount(n) {
  switch (pluralCategory.select(n)) {
    case "zero": return "لا نتائج";
    case "one": return "نتيجة واحدة";
    case "two": return "نتيجتان";
    case "few": return `${number(n)} نتائج`;
    default: return `${number(n)} نتيجة`;
  }
}

/** A publication day with the month by name: "٢٠ مايو ٢٠٢٤" reads the same way in any direction, "2024-05-20" does not. */
function day(instant) {
  if (!instant) return "";
  return new Intl.DateTimeFormat("ar-u-nu-" + digits, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" })
    .format(new Date(instant));
}

// What the API says when it refuses, in the journalist's words: the problem's machine-readable
// code (README, "Errors") picks the sentence; the English detail is for developers only.
const PROBLEMS = {
  query_too_long: () => `البحث أطول من ${number(1000)} حرف: اختصره ثم أعد البحث`,
  query_too_complex: () => "البحث واسع جداً (نجمة بعد حرف أو حرفين مثلاً): اكتب كلمات أدق",
  result_window: () => `لا تُعرض النتائج بعد أول ${number(10000)} نتيجة: ضيّق البحث، أو صدّر النتائج كلها`,
  not_found: () => "لم يُعثر على هذا المقال: لعله حُذف من الفهرس",
  bad_parameter: () => "في رابط هذه الصفحة خيار غير صحيح: ابدأ بحثاً جديداً",
  too_large: () => "الطلب أكبر مما يقبله الخادم",
  internal_error: () => "حدث خطأ في الخادم: أعد المحاولة بعد قليل",
};

function problemText(status, data) {
  const known = data && PROBLEMS[data.code];
  if (known) return known();
  if (status === 404) return PROBLEMS.not_found();
  if (status >= 500) return status === 503 ? "الخادم مشغول أو في صيانة: أعد المحاولة بعد قليل" : PROBLEMS.internal_error();
  return "تعذر تنفيذ الطلب";
}

/** A JSON answer of the API: {ok, data} or {ok: false, message} in Arabic, whatever went wrong on the way. */
async function fetchJson(url) {
  let response;
  try {
    response = await fetch(url);
  } catch (e) {
    return { ok: false, message: "تعذر الاتصال بالخادم: تحقق من الاتصال وأعد المحاولة" };
  }
  let data = null;
  try {
    data = await response.json();
  } catch (e) {
    // a proxy's HTML error page, or an empty body
  }
  if (response.ok && data) return { ok: true, data };
  return { ok: false, message: problemText(response.status, data) };
}

// Text from articles and feeds is untrusted: each field is isolated (<bdi>) so a direction
// override (U+202E) in a title or a source cannot reorder what stands beside it, and in addresses
// the invisible direction characters are shown, so a link never reads as another site.
const DIRECTION_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

function isolated(text, props = {}) {
  return el("bdi", props, text);
}

function withControlsShown(text) {
  const nodes = [];
  let at = 0;
  for (const found of text.matchAll(DIRECTION_CONTROLS)) {
    const code = found[0].codePointAt(0).toString(16).toUpperCase().padStart(4, "0");
    nodes.push(text.slice(at, found.index), el("span", { className: "control-char", textContent: `[U+${code}]`, title: "حرف اتجاه خفي" }));
    at = found.index + found[0].length;
  }
  nodes.push(text.slice(at));
  return nodes;
}

/** A source address: a link only for http and https, its text left-to-right with hidden controls shown. */
function addressNode(address) {
  const shown = el("bdi", { dir: "ltr", className: "address" }, ...withControlsShown(address));
  let url = null;
  try {
    url = new URL(address);
  } catch (e) {
    // not an absolute address: text only
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) return shown;
  return el("a", { href: url.href, rel: "noopener noreferrer nofollow" }, shown);
}

/** " · " between isolated parts, the empty ones left out. */
function joined(parts) {
  const nodes = [];
  for (const part of parts.filter(Boolean)) {
    if (nodes.length) nodes.push(" · ");
    nodes.push(typeof part === "string" ? isolated(part) : part);
  }
  return nodes;
}

function renderDigitsToggle(state) {
  digits = state.digits;
  document.documentElement.dataset.digits = digits;
  $("digits").textContent = digits === "arab" ? "أرقام لاتينية 123" : "أرقام عربية ١٢٣";
}

$("digits").addEventListener("click", () => {
  const next = digits === "arab" ? "latn" : "arab";
  try {
    localStorage.setItem(DIGITS_KEY, next);
  } catch (e) {
    // the URL keeps the choice anyway
  }
  const state = stateFromUrl();
  history.replaceState(null, "", "?" + urlFromState({ ...state, digits: next }).toString());
  render({ ...state, digits: next });
});

// Only the answer to the latest search is drawn: an earlier, slower one must not overwrite it.
let latest = 0;
// Source labels (sources.tsv) as the source facet gave them, for the hits' lines.
const sourceLabels = new Map();

async function render(state, options = {}) {
  const ticket = ++latest;
  renderDigitsToggle(state);
  $("q").value = state.q;
  $("doc").hidden = !state.doc;
  $("results").hidden = !!state.doc;
  $("facets").hidden = !!state.doc;
  if (state.doc) return renderDocument(state, ticket);
  const params = searchParams(state);
  $("sort").value = state.sort || "relevance";
  $("mode").value = state.mode || "stemmed";
  $("date-from").value = state.dateFrom;
  $("date-to").value = state.dateTo;
  const exported = new URLSearchParams(params);
  exported.delete("page");
  exported.delete("per_page");
  exported.set("limit", "all"); // every hit that matched, up to the server's export limit
  $("export-csv").href = "/api/v1/search/export?format=csv&" + exported.toString();
  $("export-jsonl").href = "/api/v1/search/export?format=jsonl&" + exported.toString();
  const followed = new URLSearchParams(params);
  ["page", "per_page", "sort"].forEach((name) => followed.delete(name));
  $("feed").href = "/api/v1/search.atom?" + followed.toString(); // newest first, for a feed reader
  const answer = await fetchJson("/api/v1/search?" + params.toString());
  if (ticket !== latest) return;
  if (!answer.ok) {
    $("summary").replaceChildren(el("span", { className: "problem", textContent: answer.message }));
    $("hits").replaceChildren();
    $("pages").replaceChildren();
    renderChips(state, {});
    return;
  }
  const data = answer.data;
  for (const value of data.facets.source?.values || []) sourceLabels.set(value.value, value.label);
  const total = (data.total.relation === "gte" ? "أكثر من " : "") + resultCount(data.total.value);
  $("summary").replaceChildren(`${total} (${number(data.took_ms)} ملّي ثانية)`);
  if (data.timed_out) $("summary").append(el("div", { className: "warning", textContent: "انتهت مهلة البحث: النتائج جزئية، جرّب كلمات أدق" }));
  if (data.query.warning) {
    for (const part of data.query.warning.split("; ")) $("summary").append(el("div", { className: "warning", textContent: warningInArabic(part) }));
  }
  $("hits").replaceChildren(...data.hits.map((hit) => renderHit(hit, state)));
  const focused = focusKey();
  renderFacets(state, data.facets);
  renderChips(state, data.facets);
  renderPages(state, data);
  $("facets-close").textContent = "عرض النتائج (" + resultCount(data.total.value) + ")";
  restoreFocus(focused);
  if (options.toResults) {
    $("results").scrollIntoView({ block: "start" });
    $("summary").focus({ preventScroll: true });
  }
}

function renderHit(hit, state) {
  const item = el("li");
  const open = el("a", { href: "?" + urlFromState({ ...state, doc: hit.id }).toString(), textContent: hit.title || hit.opening || hit.id });
  open.addEventListener("click", (event) => {
    event.preventDefault();
    go({ ...state, doc: hit.id });
  });
  item.append(el("h2", { dir: "auto" }, open));
  const source = hit.source ? sourceLabels.get(hit.source) || hit.source : "";
  item.append(el("div", { className: "meta" }, ...joined([source, day(hit.published_at), ...hit.country.map((c) => c.label)])));
  for (const snippet of hit.snippets.filter((s) => s.field === "body")) {
    // The server escapes the text and adds only <mark>; build nodes from the offsets instead of
    // trusting markup, so nothing from a scraped page can run here.
    item.append(el("p", { className: "snippet", dir: "auto" }, ...marked(snippet)));
  }
  return item;
}

/** Other articles like the document, each opening in the document view. */
function renderRelated(related, state) {
  $("doc-related").hidden = related.length === 0;
  $("doc-relatedlist").replaceChildren(...related.map((article) => {
    const link = el("a", { href: "?" + urlFromState({ ...state, doc: article.id }).toString(), textContent: article.title || article.id, dir: "auto" });
    link.addEventListener("click", (event) => {
      event.preventDefault();
      go({ ...state, doc: article.id });
    });
    const source = article.source ? sourceLabels.get(article.source) || article.source : "";
    return el("li", {}, link, el("span", { className: "meta" }, ...joined([source, day(article.published_at)])));
  }));
}

function marked(snippet) {
  return markText(snippet.text, snippet.matches, 0, snippet.text.length);
}

/** Text nodes and <mark> elements for text[from, to) with the given matches (UTF-16 offsets). */
function markText(text, matches, from, to) {
  const nodes = [];
  let at = from;
  for (const m of matches) {
    if (m.end <= from || m.start >= to) continue;
    const start = Math.max(m.start, from);
    const end = Math.min(m.end, to);
    nodes.push(text.slice(at, start), el("mark", { textContent: text.slice(start, end) }));
    at = end;
  }
  nodes.push(text.slice(at, to));
  return nodes;
}

/** A source's label (sources.tsv): known from the last search's facet, else asked of the facet's values. */
async function sourceLabel(code) {
  if (!code || sourceLabels.has(code)) return sourceLabels.get(code) || "";
  const answer = await fetchJson("/api/v1/facets/source/values?size=100&prefix=" + encodeURIComponent(code));
  const found = answer.ok && answer.data.values.find((value) => value.value === code);
  sourceLabels.set(code, found ? found.label : code);
  return sourceLabels.get(code);
}

// The document view: the clean text with every match marked, opened at the first one.
let marks = [];
let current = -1;

function documentUrl(state, extra) {
  const params = new URLSearchParams(extra);
  if (state.mode && state.mode !== "stemmed") params.set("mode", state.mode);
  return `/api/v1/documents/${encodeURIComponent(state.doc)}?` + params.toString();
}

async function renderDocument(state, ticket) {
  const answer = await fetchJson(documentUrl(state, state.q ? { q: state.q } : {}));
  if (ticket !== latest) return;
  $("doc-rawbox").hidden = true;
  $("doc-raw").setAttribute("aria-expanded", "false");
  if (!answer.ok) {
    $("doc-title").replaceChildren(el("span", { className: "problem", textContent: answer.message }));
    for (const id of ["doc-meta", "doc-entities", "doc-body"]) $(id).replaceChildren();
    return;
  }
  const doc = answer.data;
  $("doc-title").replaceChildren(...markText(doc.title || doc.id, doc.matches.title || [], 0, (doc.title || doc.id).length));
  const source = await sourceLabel(doc.source);
  if (ticket !== latest) return;
  $("doc-meta").replaceChildren(...joined([source, day(doc.published_at), doc.url && addressNode(doc.url)]));
  const entities = [];
  for (const [name, label] of [["country", "الدول"], ["official", "المسؤولون"], ["topic", "المواضيع"]]) {
    if (doc[name].length) {
      const values = [];
      for (const v of doc[name]) values.push(...(values.length ? ["، "] : []), isolated(v.label));
      entities.push(el("dt", { textContent: label }), el("dd", {}, ...values));
    }
  }
  $("doc-entities").replaceChildren(...entities);
  const paragraphs = [];
  let start = 0;
  for (const part of doc.body.split("\n\n")) {
    paragraphs.push(el("p", { dir: "auto" }, ...markText(doc.body, doc.matches.body || [], start, start + part.length)));
    start += part.length + 2;
  }
  $("doc-body").replaceChildren(...paragraphs);
  renderRelated(doc.related || [], state);
  marks = [...$("doc").querySelectorAll("#doc-title mark, #doc-body mark")];
  current = -1;
  // the keyboard and the screen reader start at the article, not at the vanished result link
  $("doc-title").focus({ preventScroll: true });
  move(1);
}

function move(step) {
  if (!marks.length) {
    $("doc-position").textContent = "لا مطابقات";
    return;
  }
  if (current >= 0) marks[current].classList.remove("current");
  current = (current + step + marks.length) % marks.length;
  marks[current].classList.add("current");
  marks[current].scrollIntoView({ block: "center" });
  $("doc-position").textContent = `${number(current + 1)} / ${number(marks.length)}`;
}

$("doc-next").addEventListener("click", () => move(1));
$("doc-prev").addEventListener("click", () => move(-1));
$("doc-back").addEventListener("click", () => go({ ...stateFromUrl(), doc: "" }));
$("doc-raw").addEventListener("click", async () => {
  if (!$("doc-rawbox").hidden) {
    $("doc-rawbox").hidden = true;
    $("doc-raw").setAttribute("aria-expanded", "false");
    return;
  }
  const answer = await fetchJson(documentUrl(stateFromUrl(), { view: "raw" }));
  $("doc-rawtext").replaceChildren(answer.ok ? answer.data.raw || "" : el("span", { className: "problem", textContent: answer.message }));
  $("doc-rawbox").hidden = false;
  $("doc-raw").setAttribute("aria-expanded", "true");
  $("doc-rawbox").scrollIntoView({ block: "start" });
});

// Facets: tick to filter, ⊘ to exclude, "more" for a longer list, and a box to search the values.

function toggled(map, dim, value, on) {
  const values = new Set(map[dim] || []);
  on ? values.add(value) : values.delete(value);
  const next = { ...map, [dim]: [...values] };
  if (!values.size) delete next[dim];
  return next;
}

function select(state, dim, value, on) {
  // a value is either kept or left out, never both
  const excludes = on ? toggled(state.excludes, dim, value, false) : state.excludes;
  go({ ...state, filters: toggled(state.filters, dim, value, on), excludes, page: 1 });
}

function exclude(state, dim, value, on) {
  const filters = on ? toggled(state.filters, dim, value, false) : state.filters;
  go({ ...state, excludes: toggled(state.excludes, dim, value, on), filters, page: 1 });
}

/**
 * A value's label, isolated from its neighbours. An official's label ("name — role (country)")
 * shows the name on one line and the role on a second line that truncates; the whole label on hover.
 */
function labelNode(label) {
  const at = label.indexOf(" — ");
  const node = el("bdi", { className: "label", title: label });
  if (at < 0) {
    node.textContent = label;
  } else {
    node.append(el("span", { className: "name", textContent: label.slice(0, at) }),
      el("span", { className: "role", textContent: label.slice(at + 3) }));
  }
  return node;
}

function valueRow(state, dim, value) {
  const row = el("li", { className: value.excluded ? "excluded" : "" });
  row.dataset.value = value.value;
  if (value.excluded) {
    row.append(labelNode(value.label));
    const undo = el("button", { type: "button", className: "undo", textContent: "↺", onclick: () => exclude(state, dim, value.value, false) });
    undo.setAttribute("aria-label", "إلغاء استبعاد " + value.label);
    undo.dataset.focus = `undo:${dim}:${value.value}`;
    row.append(undo);
    return row;
  }
  const box = el("input", { type: "checkbox", checked: value.selected, value: value.value });
  box.dataset.dim = dim;
  box.dataset.focus = `tick:${dim}:${value.value}`;
  box.addEventListener("change", () => select(state, dim, value.value, box.checked));
  row.append(el("label", {}, box, labelNode(value.label)));
  row.append(el("span", { className: "count", textContent: number(value.count) }));
  const out = el("button", { type: "button", className: "exclude", textContent: "⊘", onclick: () => exclude(state, dim, value.value, true) });
  out.setAttribute("aria-label", "استبعاد " + value.label);
  out.title = "استبعاد";
  out.dataset.focus = `exclude:${dim}:${value.value}`;
  row.append(out);
  return row;
}

// A tick redraws the facets: the keyboard stays on the same value (or its replacement control).
function focusKey() {
  return document.activeElement?.dataset?.focus || "";
}

function restoreFocus(key) {
  if (!key) return;
  const [, dim, value] = key.split(":");
  const same = [...document.querySelectorAll("[data-focus]")].find((node) => node.dataset.focus === key)
    || [...document.querySelectorAll("[data-focus]")].find((node) => node.dataset.focus.endsWith(`:${dim}:${value}`));
  if (same) same.focus();
}

function renderFacets(state, facets) {
  const sets = [];
  for (const [dim, facet] of Object.entries(facets)) {
    if (!facet.values.length) continue;
    const set = el("fieldset", {}, el("legend", { textContent: facet.label }));
    set.dataset.dim = dim;
    const finder = el("input", { type: "search", className: "facet-search", placeholder: "ابحث في " + facet.label + "…", autocomplete: "off" });
    finder.setAttribute("aria-label", "ابحث في " + facet.label);
    const found = el("ul", { className: "facet-found" });
    found.setAttribute("aria-live", "polite");
    finder.addEventListener("input", debounce(() => findValues(state, dim, finder.value, found), 200));
    set.append(finder, found);
    set.append(el("ul", { className: "facet-values" }, ...facet.values.map((value) => valueRow(state, dim, value))));
    const size = state.facetSizes[dim] || DEFAULT_FACET_SIZE;
    const tools = el("div", { className: "facet-tools" });
    if (facet.other_count > 0 && size < MAX_FACET_SIZE) {
      tools.append(el("button", { type: "button", className: "more", textContent: `المزيد (${number(facet.other_count)})`,
        onclick: () => go({ ...state, facetSizes: { ...state.facetSizes, [dim]: Math.min(MAX_FACET_SIZE, size + MORE_STEP) } }) }));
    }
    if (state.facetSizes[dim]) {
      const facetSizes = { ...state.facetSizes };
      delete facetSizes[dim];
      tools.append(el("button", { type: "button", className: "less", textContent: "أقل", onclick: () => go({ ...state, facetSizes }) }));
    }
    set.append(tools);
    sets.push(set);
  }
  $("facet-sets").replaceChildren(...sets);
}

/** Search within one facet's values, counted over the current search. */
async function findValues(state, dim, typed, list) {
  const prefix = typed.trim();
  list.dataset.prefix = prefix;
  if (!prefix) {
    list.replaceChildren();
    return;
  }
  const params = searchParams(state);
  params.set("prefix", prefix);
  params.set("size", 20);
  for (const name of ["page", "per_page", "sort", ...FACETS.map((d) => "facet_size." + d)]) params.delete(name);
  const answer = await fetchJson(`/api/v1/facets/${encodeURIComponent(dim)}/values?` + params.toString());
  if (list.dataset.prefix !== prefix) return; // typed on since: a newer call answers
  if (!answer.ok) {
    list.replaceChildren(el("li", { className: "problem", textContent: answer.message }));
    return;
  }
  list.replaceChildren(...(answer.data.values.length ? answer.data.values.map((value) => valueRow(state, dim, value))
    : [el("li", { className: "none", textContent: "لا قيم تبدأ بهذه الحروف" })]));
}

// The active filters as chips above the results, on every width: each removable on its own.
function renderChips(state, facets) {
  const labelOf = (dim, value) => (facets[dim]?.values || []).find((v) => v.value === value)?.label || value;
  const dimLabel = (dim) => facets[dim]?.label || dim;
  const chips = [];
  const chip = (text, name, next, className = "") => {
    const remove = el("button", { type: "button", textContent: "×", onclick: () => go({ ...next, page: 1 }) });
    remove.setAttribute("aria-label", "إزالة " + name);
    const item = el("li", { className }, isolated(text), remove);
    item.dataset.chip = name;
    chips.push(item);
  };
  for (const [dim, values] of Object.entries(state.filters)) {
    for (const value of values) {
      const label = labelOf(dim, value);
      chip(`${dimLabel(dim)}: ${label}`, `${dimLabel(dim)}: ${label}`, { ...state, filters: toggled(state.filters, dim, value, false) });
    }
  }
  for (const [dim, values] of Object.entries(state.excludes)) {
    for (const value of values) {
      const label = labelOf(dim, value);
      chip(`دون ${label}`, `استبعاد ${label}`, { ...state, excludes: toggled(state.excludes, dim, value, false) }, "excluded");
    }
  }
  if (state.dateFrom) chip(`من ${day(state.dateFrom)}`, `التاريخ من ${day(state.dateFrom)}`, { ...state, dateFrom: "" });
  if (state.dateTo) chip(`إلى ${day(state.dateTo)}`, `التاريخ إلى ${day(state.dateTo)}`, { ...state, dateTo: "" });
  $("chips").replaceChildren(...chips);
  $("active").hidden = !chips.length;
  $("facets-open").textContent = "تصفية النتائج" + (chips.length ? ` (${number(chips.length)})` : "");
}

function debounce(action, ms) {
  let timer;
  const debounced = () => {
    clearTimeout(timer);
    timer = setTimeout(action, ms);
  };
  debounced.cancel = () => clearTimeout(timer);
  return debounced;
}

/** The page numbers around the current one, the first and the last, with "…" only where pages are left out. */
function renderPages(state, data) {
  const last = Math.max(1, Math.min(Math.ceil(data.total.value / data.per_page), Math.floor(10000 / data.per_page)));
  const page = (n, text) => {
    const button = el("button", { type: "button", textContent: text || number(n), onclick: () => go({ ...state, page: n }, { toResults: true }) });
    if (n === state.page && !text) {
      button.setAttribute("aria-current", "page");
      button.disabled = true;
    }
    if (!text) button.setAttribute("aria-label", "الصفحة " + number(n));
    button.dataset.page = n;
    return button;
  };
  const gap = () => el("span", { className: "gap", textContent: "…", ariaHidden: "true" });
  const buttons = [];
  if (last > 1) {
    if (state.page > 1) buttons.push(page(state.page - 1, "السابق"));
    const from = Math.max(1, state.page - 2);
    const to = Math.min(last, state.page + 2);
    if (from > 1) buttons.push(page(1));
    if (from > 3) buttons.push(gap());
    else if (from === 3) buttons.push(page(2)); // one page left out: show it rather than "…"
    for (let n = from; n <= to; n++) buttons.push(page(n));
    if (to < last - 2) buttons.push(gap());
    else if (to === last - 2) buttons.push(page(last - 1));
    if (to < last) buttons.push(page(last));
    if (state.page < last) buttons.push(page(state.page + 1, "التالي"));
  }
  $("pages").replaceChildren(...buttons);
}

// The phone's facet panel: opens over the results, closes back to them.
function openFacets(open) {
  $("main").classList.toggle("facets-open", open);
  // what the panel covers is out of the keyboard's and the screen reader's reach while it is open
  for (const covered of [$("skip"), document.querySelector("header"), $("results")]) covered.inert = open;
  $("facets-open").setAttribute("aria-expanded", String(open));
  (open ? $("facets-close") : $("facets-open")).focus();
}

$("facets-open").addEventListener("click", () => openFacets(true));
$("facets-close").addEventListener("click", () => {
  openFacets(false);
  $("results").scrollIntoView({ block: "start" });
});
$("facets").addEventListener("keydown", (event) => {
  if (event.key === "Escape" && $("main").classList.contains("facets-open")) openFacets(false);
});

// Completions under the search box (a combobox): a country, official or topic becomes a ticked
// facet value. Sending the search closes them for good: a completion that answers later is dropped.
const suggestions = $("suggestions");
let suggestTicket = 0;

function closeSuggestions() {
  suggestTicket++;
  suggestInput.cancel();
  suggestions.hidden = true;
  $("q").setAttribute("aria-expanded", "false");
}

function pick(s) {
  closeSuggestions();
  const state = stateFromUrl();
  go({ ...state, q: "", doc: "", filters: toggled(state.filters, s.facet, s.value, true), page: 1 });
  $("q").focus();
}

async function suggest() {
  const ticket = ++suggestTicket;
  const typed = $("q").value.trim();
  if (typed.length < 2) {
    closeSuggestions();
    return;
  }
  const answer = await fetchJson("/api/v1/suggest?size=6&prefix=" + encodeURIComponent(typed));
  if (ticket !== suggestTicket || $("q").value.trim() !== typed) return; // sent, closed or typed on since
  if (!answer.ok || !answer.data.suggestions.length) {
    closeSuggestions();
    return;
  }
  suggestions.replaceChildren(...answer.data.suggestions.map((s, i) => {
    const option = el("li", { role: "option", id: "suggestion-" + i, tabIndex: -1 },
      labelNode(s.label), " ", el("span", { className: "count", textContent: number(s.count) }));
    option.setAttribute("aria-selected", "false");
    option.dataset.facet = s.facet;
    option.dataset.value = s.value;
    option.addEventListener("click", () => pick(s));
    option.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        pick(s);
      }
    });
    return option;
  }));
  suggestions.hidden = false;
  $("q").setAttribute("aria-expanded", "true");
}

const suggestInput = debounce(suggest, 200);
$("q").addEventListener("input", suggestInput);
// Arrow keys walk from the box through the completions; Escape closes them.
$("q-box").addEventListener("keydown", (event) => {
  if (event.key === "Escape") {
    closeSuggestions();
    $("q").focus();
    return;
  }
  if (suggestions.hidden || (event.key !== "ArrowDown" && event.key !== "ArrowUp")) return;
  event.preventDefault();
  const options = [...suggestions.querySelectorAll("[role=option]")];
  const at = options.indexOf(document.activeElement);
  const next = event.key === "ArrowDown" ? at + 1 : at - 1;
  for (const option of options) option.setAttribute("aria-selected", "false");
  if (next < 0) {
    $("q").focus();
    return;
  }
  const target = options[Math.min(next, options.length - 1)];
  target.setAttribute("aria-selected", "true");
  target.focus();
});
document.addEventListener("click", (event) => {
  if (!$("q-box").contains(event.target)) closeSuggestions();
});

$("help-toggle").addEventListener("click", () => {
  $("help").hidden = !$("help").hidden;
  $("help-toggle").setAttribute("aria-expanded", String(!$("help").hidden));
});

$("sort").addEventListener("change", () => go({ ...stateFromUrl(), sort: $("sort").value, page: 1 }));
$("mode").addEventListener("change", () => go({ ...stateFromUrl(), mode: $("mode").value, page: 1 }));
for (const [id, key] of [["date-from", "dateFrom"], ["date-to", "dateTo"]]) {
  $(id).addEventListener("change", () => go({ ...stateFromUrl(), [key]: $(id).value, page: 1 }));
}
$("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  closeSuggestions();
  // a new query keeps the facet choices and dates, and starts again at the first page
  go({ ...stateFromUrl(), q: $("q").value.trim(), page: 1, doc: "" });
});
window.addEventListener("popstate", () => render(stateFromUrl()));
render(stateFromUrl());

// The API's warnings are English sentences of a few fixed kinds; the reader sees each in Arabic.
function warningInArabic(warning) {
  if (warning.startsWith("date_from is after date_to")) return "تاريخ البداية بعد تاريخ النهاية، فبُحث في ما بينهما";
  const unknown = /^no article has (\w+) '(.*)'$/.exec(warning);
  if (unknown) return "لا مقال له القيمة «" + unknown[2] + "» في هذا التصنيف";
  return "لم تُفهم صيغة البحث، فبُحث عن الكلمات نفسها";
}
