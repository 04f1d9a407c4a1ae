// Fahras web page: the whole search state lives in the URL, so a copied link reopens the search.
"use strict";

const FACETS = ["country", "official", "topic", "source"];
const $ = (id) => document.getElementById(id);

function stateFromUrl() {
  const params = new URLSearchParams(location.search);
  const state = { q: params.get("q") || "", page: Number(params.get("page") || 1), filters: {} };
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
  const response = await fetch("/api/v1/search?" + urlFromState(state).toString());
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
  $("hits").replaceChildren(...data.hits.map(renderHit));
  renderFacets(state, data.facets);
  renderPages(state, data);
}

function renderHit(hit) {
  const item = el("li");
  item.append(el("h2", { dir: "auto", textContent: hit.title || hit.id }));
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
  const nodes = [];
  let at = 0;
  for (const m of snippet.matches) {
    nodes.push(snippet.text.slice(at, m.start), el("mark", { textContent: snippet.text.slice(m.start, m.end) }));
    at = m.end;
  }
  nodes.push(snippet.text.slice(at));
  return nodes;
}

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

$("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  go({ q: $("q").value.trim(), page: 1, filters: {} });
});
window.addEventListener("popstate", () => render(stateFromUrl()));
render(stateFromUrl());
