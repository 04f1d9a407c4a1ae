// Fahras web page: the whole search state lives in the URL, so a copied link reopens the search.
"use strict";

const FACETS = ["country", "official", "topic", "source"];
const $ = (id) => document.getElementById(id);

function stateFromUrl() {
  const params = new URLSearchParams(location.search);
  const state = { q: params.get("q") || "", page: Number(params.get("page") || 1), filters: {}, doc: params.get("doc") || "",
    sort: params.get("sort") || "relevance" };
  for (const dim of FACETS) {
    const values = params.getAll("filter." + dim);
    if (values.length) state.filters[dim] = values;
  }
  return state;
}

function urlFromState(state) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  if (state.page > 1) params.set("page", state.page);
  if (state.doc) params.set("doc", state.doc);
  if (state.sort && state.sort !== "relevance") params.set("sort", state.sort);
  for (const [dim, values] of Object.entries(state.filters)) {
    for (const value of values) params.append("filter." + dim, value);
  }
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

// Only the answer to the latest search is drawn: an earlier, slower one must not overwrite it.
let latest = 0;

async function render(state) {
  const ticket = ++latest;
  $("q").value = state.q;
  $("doc").hidden = !state.doc;
  $("results").hidden = !!state.doc;
  $("facets").hidden = !!state.doc;
  if (state.doc) return renderDocument(state, ticket);
  const params = urlFromState(state);
  params.delete("doc");
  $("sort").value = state.sort || "relevance";
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
    return;
  }
  const summary = `${data.total.value.toLocaleString("ar")} نتيجة (${data.took_ms.toLocaleString("ar")} ملّي ثانية)`;
  $("summary").replaceChildren(summary);
  if (data.timed_out) $("summary").append(el("div", { className: "warning", textContent: "انتهت مهلة البحث: النتائج جزئية، جرّب كلمات أدق" }));
  if (data.query.warning) $("summary").append(el("div", { className: "warning", textContent: data.query.warning }));
  $("hits").replaceChildren(...data.hits.map((hit) => renderHit(hit, state)));
  renderFacets(state, data.facets);
  renderPages(state, data);
}

function renderHit(hit, state) {
  const item = el("li");
  const open = el("a", { href: "?" + urlFromState({ ...state, doc: hit.id }).toString(), textContent: hit.title || hit.id });
  open.addEventListener("click", (event) => {
    event.preventDefault();
    go({ ...state, doc: hit.id });
  });
  item.append(el("h2", { dir: "auto" }, open));
  const meta = [hit.source, hit.published_at && hit.published_at.slice(0, 10), ...hit.country.map((c) => c.label)]
    .filter(Boolean).join(" · ");
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
  $("doc-meta").textContent = [doc.source, doc.published_at && doc.published_at.slice(0, 10), doc.url].filter(Boolean).join(" · ");
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
  $("doc-position").textContent = `${(current + 1).toLocaleString("ar")} / ${marks.length.toLocaleString("ar")}`;
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

function renderFacets(state, facets) {
  const boxes = [];
  for (const [dim, facet] of Object.entries(facets)) {
    if (!facet.values.length) continue;
    const set = el("fieldset", {}, el("legend", { textContent: facet.label }));
    for (const value of facet.values) {
      const box = el("input", { type: "checkbox", checked: value.selected, value: value.value });
      box.dataset.dim = dim;
      box.addEventListener("change", () => {
        const selected = new Set(state.filters[dim] || []);
        box.checked ? selected.add(value.value) : selected.delete(value.value);
        const filters = { ...state.filters, [dim]: [...selected] };
        if (!selected.size) delete filters[dim];
        go({ ...state, filters, page: 1 });
      });
      set.append(el("label", {}, el("span", {}, box, " ", value.label), el("span", { className: "count", textContent: value.count.toLocaleString("ar") })));
    }
    boxes.push(set);
  }
  $("facets").replaceChildren(...boxes);
}

function renderPages(state, data) {
  const pages = Math.ceil(data.total.value / data.per_page);
  const buttons = [];
  if (state.page > 1) buttons.push(el("button", { textContent: "السابق", onclick: () => go({ ...state, page: state.page - 1 }) }));
  if (state.page < pages) buttons.push(el("button", { textContent: "التالي", onclick: () => go({ ...state, page: state.page + 1 }) }));
  $("pages").replaceChildren(...buttons);
}

$("sort").addEventListener("change", () => go({ ...stateFromUrl(), sort: $("sort").value, page: 1 }));
$("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  go({ q: $("q").value.trim(), page: 1, filters: {}, doc: "", sort: $("sort").value });
});
window.addEventListener("popstate", () => render(stateFromUrl()));
render(stateFromUrl());
