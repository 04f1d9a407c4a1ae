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
    sort: params.get("sort") || "relevance", perPage: Number(params.get("per_page") || 0), dateFrom: params.get("date_from") || "", dateTo: params.get("date_to") || "",
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

function go(state) {
  history.pushState(null, "", "?" + urlFromState(state).toString());
  render(state);
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

async function render(state) {
  const ticket = ++latest;
  renderDigitsToggle(state);
  $("q").value = state.q;
  $("doc").hidden = !state.doc;
  $("results").hidden = !!state.doc;
  $("facets").hidden = !!state.doc;
  if (state.doc) return renderDocument(state, ticket);
  const params = searchParams(state);
  $("sort").value = state.sort || "relevance";
  $("date-from").value = state.dateFrom;
  $("date-to").value = state.dateTo;
  const exported = new URLSearchParams(params);
  exported.delete("page");
  $("export-csv").href = "/api/v1/search/export?format=csv&" + exported.toString();
  $("export-jsonl").href = "/api/v1/search/export?format=jsonl&" + exported.toString();
  const response = await fetch("/api/v1/search?" + params.toString());
  const data = await response.json();
  if (ticket !== latest) return;
  if (!response.ok) {
    $("summary").textContent = data.detail || "تعذر البحث";
    $("hits").replaceChildren();
    $("pages").replaceChildren();
    return;
  }
  const total = (data.total.relation === "gte" ? "أكثر من " : "") + resultCount(data.total.value);
  $("summary").replaceChildren(`${total} (${number(data.took_ms)} ملّي ثانية)`);
  if (data.timed_out) $("summary").append(el("div", { className: "warning", textContent: "انتهت مهلة البحث: النتائج جزئية، جرّب كلمات أدق" }));
  if (data.query.warning) $("summary").append(el("div", { className: "warning", textContent: "لم تُفهم صيغة البحث، فبُحث عن الكلمات نفسها" }));
  $("hits").replaceChildren(...data.hits.map((hit) => renderHit(hit, state)));
  renderFacets(state, data.facets);
  renderPages(state, data);
}

function renderHit(hit, state) {
  const item = el("li");
  const open = el("a", { href: "?" + urlFromState({ ...state, doc: hit.id }).toString(), textContent: hit.title || hit.opening || hit.id });
  open.addEventListener("click", (event) => {
    event.preventDefault();
    go({ ...state, doc: hit.id });
  });
  item.append(el("h2", { dir: "auto" }, open));
  const meta = [hit.source, day(hit.published_at), ...hit.country.map((c) => c.label)].filter(Boolean).join(" · ");
  item.append(el("div", { className: "meta", textContent: meta }));
  for (const snippet of hit.snippets.filter((s) => s.field === "body")) {
    // The server escapes the text and adds only <mark>; build nodes from the offsets instead of
    // trusting markup, so nothing from a scraped page can run here.
    item.append(el("p", { className: "snippet", dir: "auto" }, ...marked(snippet)));
  }
  return item;
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

// The document view: the clean text with every match marked, opened at the first one.
let marks = [];
let current = -1;

async function renderDocument(state, ticket) {
  const response = await fetch(`/api/v1/documents/${encodeURIComponent(state.doc)}?q=${encodeURIComponent(state.q)}`);
  const doc = await response.json();
  if (ticket !== latest) return;
  if (!response.ok) {
    $("doc-title").textContent = doc.detail || "تعذر فتح المقال";
    $("doc-body").replaceChildren();
    return;
  }
  $("doc-title").replaceChildren(...markText(doc.title || doc.id, doc.matches.title || [], 0, (doc.title || doc.id).length));
  $("doc-meta").textContent = [doc.source, day(doc.published_at), doc.url].filter(Boolean).join(" · ");
  const entities = [];
  for (const [name, label] of [["country", "الدول"], ["official", "المسؤولون"], ["topic", "المواضيع"]]) {
    if (doc[name].length) entities.push(el("dt", { textContent: label }), el("dd", { textContent: doc[name].map((v) => v.label).join("، ") }));
  }
  $("doc-entities").replaceChildren(...entities);
  const paragraphs = [];
  let start = 0;
  for (const part of doc.body.split("\n\n")) {
    paragraphs.push(el("p", { dir: "auto" }, ...markText(doc.body, doc.matches.body || [], start, start + part.length)));
    start += part.length + 2;
  }
  $("doc-body").replaceChildren(...paragraphs);
  $("doc-rawtext").hidden = true;
  marks = [...$("doc").querySelectorAll("#doc-title mark, #doc-body mark")];
  current = -1;
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
  const state = stateFromUrl();
  const response = await fetch(`/api/v1/documents/${encodeURIComponent(state.doc)}?view=raw`);
  const doc = await response.json();
  $("doc-rawtext").textContent = doc.raw || "";
  $("doc-rawtext").hidden = false;
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

function valueRow(state, dim, value) {
  const row = el("li", { className: value.excluded ? "excluded" : "" });
  row.dataset.value = value.value;
  if (value.excluded) {
    row.append(el("span", { className: "label", textContent: value.label, title: "مستبعد" }));
    row.append(el("button", { type: "button", className: "undo", textContent: "↺", title: "إلغاء الاستبعاد",
      onclick: () => exclude(state, dim, value.value, false) }));
    return row;
  }
  const box = el("input", { type: "checkbox", checked: value.selected, value: value.value });
  box.dataset.dim = dim;
  box.addEventListener("change", () => select(state, dim, value.value, box.checked));
  row.append(el("label", {}, box, " ", el("span", { className: "label", textContent: value.label })));
  row.append(el("span", { className: "count", textContent: number(value.count) }));
  row.append(el("button", { type: "button", className: "exclude", textContent: "⊘", title: "استبعاد " + value.label,
    onclick: () => exclude(state, dim, value.value, true) }));
  return row;
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
  $("facets").replaceChildren(...sets);
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
  for (const name of ["page", "sort", ...FACETS.map((d) => "facet_size." + d)]) params.delete(name);
  const response = await fetch(`/api/v1/facets/${encodeURIComponent(dim)}/values?` + params.toString());
  const data = await response.json();
  if (list.dataset.prefix !== prefix) return; // typed on since: a newer call answers
  if (!response.ok) {
    list.replaceChildren(el("li", { className: "warning", textContent: data.detail }));
    return;
  }
  list.replaceChildren(...(data.values.length ? data.values.map((value) => valueRow(state, dim, value))
    : [el("li", { className: "none", textContent: "لا قيم تبدأ بهذه الحروف" })]));
}

function debounce(action, ms) {
  let timer;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(action, ms);
  };
}

function renderPages(state, data) {
  const last = Math.max(1, Math.min(Math.ceil(data.total.value / data.per_page), Math.floor(10000 / data.per_page)));
  const page = (n, text) => {
    const button = el("button", { type: "button", textContent: text || number(n), onclick: () => go({ ...state, page: n }) });
    if (n === state.page && !text) {
      button.setAttribute("aria-current", "page");
      button.disabled = true;
    }
    button.dataset.page = n;
    return button;
  };
  const buttons = [];
  if (last > 1) {
    if (state.page > 1) buttons.push(page(state.page - 1, "السابق"));
    const from = Math.max(1, state.page - 2);
    const to = Math.min(last, state.page + 2);
    if (from > 1) buttons.push(page(1), "…");
    for (let n = from; n <= to; n++) buttons.push(page(n));
    if (to < last) buttons.push("…", page(last));
    if (state.page < last) buttons.push(page(state.page + 1, "التالي"));
  }
  $("pages").replaceChildren(...buttons);
}

// Completions under the search box: a country, official or topic becomes a ticked facet value.
const suggestions = $("suggestions");

async function suggest() {
  const typed = $("q").value.trim();
  if (typed.length < 2) {
    suggestions.hidden = true;
    return;
  }
  const response = await fetch("/api/v1/suggest?size=6&prefix=" + encodeURIComponent(typed));
  const data = await response.json();
  if ($("q").value.trim() !== typed) return; // typed on since: a newer call answers
  if (!response.ok || !data.suggestions.length) {
    suggestions.hidden = true;
    return;
  }
  suggestions.replaceChildren(...data.suggestions.map((s) => {
    const option = el("li", { role: "option" },
      el("button", { type: "button", onclick: () => {
        suggestions.hidden = true;
        const state = stateFromUrl();
        go({ ...state, q: "", doc: "", filters: toggled(state.filters, s.facet, s.value, true), page: 1 });
      } }, el("span", { className: "label", textContent: s.label }), " ", el("span", { className: "count", textContent: number(s.count) })));
    option.dataset.facet = s.facet;
    option.dataset.value = s.value;
    return option;
  }));
  suggestions.hidden = false;
}

$("q").addEventListener("input", debounce(suggest, 200));
// Arrow keys walk from the box through the completions; Escape closes them.
$("q-box").addEventListener("keydown", (event) => {
  if (event.key === "Escape") {
    suggestions.hidden = true;
    $("q").focus();
    return;
  }
  if (suggestions.hidden || (event.key !== "ArrowDown" && event.key !== "ArrowUp")) return;
  event.preventDefault();
  const options = [...suggestions.querySelectorAll("button")];
  const at = options.indexOf(document.activeElement);
  const next = event.key === "ArrowDown" ? at + 1 : at - 1;
  (next < 0 ? $("q") : options[Math.min(next, options.length - 1)]).focus();
});
document.addEventListener("click", (event) => {
  if (!$("q-box").contains(event.target)) suggestions.hidden = true;
});

$("help-toggle").addEventListener("click", () => {
  $("help").hidden = !$("help").hidden;
  $("help-toggle").setAttribute("aria-expanded", String(!$("help").hidden));
});

$("sort").addEventListener("change", () => go({ ...stateFromUrl(), sort: $("sort").value, page: 1 }));
for (const [id, key] of [["date-from", "dateFrom"], ["date-to", "dateTo"]]) {
  $(id).addEventListener("change", () => go({ ...stateFromUrl(), [key]: $(id).value, page: 1 }));
}
$("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  suggestions.hidden = true;
  // a new query keeps the facet choices and dates, and starts again at the first page
  go({ ...stateFromUrl(), q: $("q").value.trim(), page: 1, doc: "" });
});
window.addEventListener("popstate", () => render(stateFromUrl()));
render(stateFromUrl());
