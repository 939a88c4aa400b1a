/* eventwire dashboard: map, timeline and table over the same filters; event detail with evidence. */
(function () {
  "use strict";

  const TYPE_COLORS = {
    "Battles": "#d7263d",
    "Explosions/Remote violence": "#f46036",
    "Violence against civilians": "#7b2cbf",
    "Protests": "#1b998b",
    "Riots": "#e2a400",
    "Strategic developments": "#2e86de",
  };
  const OTHER_COLOR = "#777";
  const FIELD_COLORS = ["#ffe08a", "#b5e3ff", "#c9f2c7", "#ffc9de", "#e2d4ff", "#ffd6b0", "#d3f0ee", "#f0e0c0"];
  const PAGE_SIZE = 25;

  const state = { filters: {}, sort: "-date", cursors: [null], page: 0, next: null, facets: null };
  const form = document.getElementById("filters");
  let map, markerLayer, mapRequest = 0;

  const color = (t) => TYPE_COLORS[t] || OTHER_COLOR;

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "style") node.style.cssText = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function status(msg, isError) {
    const s = document.getElementById("status");
    s.textContent = msg || "";
    s.className = msg ? (isError ? "show error" : "show") : "";
  }

  async function api(path, params) {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) if (v !== "" && v !== null && v !== undefined) qs.set(k, v);
    const url = path + (qs.toString() ? "?" + qs : "");
    const res = await fetch(url);
    const body = await res.json();
    if (!res.ok || body.ok === false) throw new Error(body.error || res.statusText);
    return body;
  }

  function filterParams() {
    const p = Object.assign({}, state.filters);
    if (p.in_view) {
      const b = map.getBounds();
      const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
      p.bbox = [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90),
                clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)].map((v) => v.toFixed(4)).join(",");
    }
    delete p.in_view;
    return p;
  }

  function readForm() {
    const data = new FormData(form);
    const f = {};
    for (const [k, v] of data.entries()) if (v !== "") f[k] = k === "in_view" ? true : v;
    state.filters = f;
    const qs = new URLSearchParams(filterParams()).toString();
    document.getElementById("csv-link").href = "/events.csv" + (qs ? "?" + qs : "");
    document.getElementById("geojson-link").href = "/events.geojson" + (qs ? "?" + qs : "");
  }

  // ------------------------------------------------------------------ facets

  function fillSelect(name, items) {
    const sel = form.elements[name];
    const keep = sel.value;
    sel.length = 1;
    for (const [value, label] of items) sel.append(el("option", { value }, label));
    sel.value = keep;
  }

  async function loadFacets() {
    const f = await api("/facets");
    state.facets = f;
    fillSelect("country", f.countries.map((c) => [c.iso3 || c.country, `${c.country} (${c.count})`]));
    fillSelect("event_type", f.event_types.map((t) => [t.event_type, t.event_type]));
    fillSelect("actor_type", f.actor_types.map((t) => [t.type, `${t.type} ${t.name}`]));
    fillSubTypes();
    const legend = document.getElementById("legend");
    legend.replaceChildren(...Object.entries(TYPE_COLORS).map(([t, c]) =>
      el("span", {}, el("span", { class: "sw", style: `background:${c}` }), t)));
  }

  function fillSubTypes() {
    const chosen = form.elements.event_type.value;
    const subs = [];
    for (const t of state.facets.event_types)
      if (!chosen || t.event_type === chosen) for (const s of t.sub_event_types) subs.push([s, s]);
    fillSelect("sub_event_type", subs);
  }

  // ------------------------------------------------------------------ map

  function initMap() {
    map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([20, 20], 2);
    map.attributionControl.addAttribution("Country outlines: Natural Earth via world-atlas");
    markerLayer = L.layerGroup().addTo(map);
    map.on("moveend", () => {
      loadMap();
      if (state.filters.in_view) refresh();
    });
    return fetch("/vendor/world-atlas/countries-110m.json")
      .then((r) => r.json())
      .then((topo) => {
        const countries = topojson.feature(topo, topo.objects.countries);
        L.geoJSON(countries, {
          interactive: false,
          style: { color: "#7d8a96", weight: 0.7, fillColor: "#f3f1ea", fillOpacity: 1 },
          className: "country",
        }).addTo(map);
        map.getPane("overlayPane").setAttribute("data-outlines", String(countries.features.length));
      });
  }

  function viewParam() {
    const b = map.getBounds();
    const west = b.getWest(), east = b.getEast();
    if (east - west >= 360) return "-180,-90,180,90";
    const wrap = (x) => ((((x + 180) % 360) + 360) % 360) - 180;
    const s = Math.max(-90, b.getSouth()), n = Math.min(90, b.getNorth());
    return [wrap(west), s, wrap(east), n].map((v) => v.toFixed(4)).join(",");
  }

  async function loadMap() {
    const id = ++mapRequest;
    const params = Object.assign(filterParams(), { zoom: map.getZoom(), view: viewParam() });
    let data;
    try { data = await api("/map", params); } catch (e) { status(e.message, true); return; }
    if (id !== mapRequest) return;
    markerLayer.clearLayers();
    if (data.mode === "points") {
      for (const p of data.points) {
        const m = L.circleMarker([p.lat, p.lon], {
          radius: Math.min(22, 4 + 2.2 * Math.sqrt(p.fatalities || 0)),
          color: "#222", weight: 0.8, fillColor: color(p.event_type), fillOpacity: 0.8,
          className: "ew-marker",
        });
        m.bindTooltip(el("span", {}, `${p.event_date} · ${p.sub_event_type} · ${p.location || ""} · ${p.fatalities} deaths`));
        m.on("click", () => openDetail(p.event_id));
        m.addTo(markerLayer);
      }
    } else {
      for (const c of data.clusters) {
        const r = Math.min(34, 7 + 4 * Math.log10(c.count + 1) + 1.2 * Math.log2(1 + c.fatalities));
        const m = L.circleMarker([c.lat, c.lon], {
          radius: r, color: "#fff", weight: 1.5, fillColor: color(c.event_type), fillOpacity: 0.75,
          className: "ew-cluster",
        });
        m.bindTooltip(el("span", {}, `${c.count} events, ${c.fatalities} deaths (mostly ${c.event_type})`));
        m.on("click", () => map.setView([c.lat, c.lon], Math.min(map.getZoom() + 2, 12)));
        m.addTo(markerLayer);
        L.marker([c.lat, c.lon], {
          interactive: false,
          icon: L.divIcon({ className: "cluster-label", html: String(c.count), iconSize: [40, 12] }),
        }).addTo(markerLayer);
      }
    }
  }

  // ------------------------------------------------------------------ timeline

  async function loadTimeline() {
    const svg = document.getElementById("timeline");
    let s;
    try { s = await api("/stats", filterParams()); } catch (e) { status(e.message, true); return; }
    document.getElementById("summary").textContent =
      `${s.total.toLocaleString()} events, ${s.fatalities.toLocaleString()} deaths, per ${s.interval}`;
    const W = svg.clientWidth || 500, H = svg.clientHeight || 300;
    const pad = { l: 36, r: 6, t: 6, b: 20 };
    svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
    svg.replaceChildren();
    const ns = "http://www.w3.org/2000/svg";
    const mk = (tag, attrs, text) => {
      const n = document.createElementNS(ns, tag);
      for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
      if (text !== undefined) n.textContent = text;
      svg.append(n);
      return n;
    };
    if (!s.by_time.length) { mk("text", { x: W / 2, y: H / 2, "text-anchor": "middle" }, "no events"); return; }
    const buckets = new Map();
    for (const r of s.by_time) {
      if (!buckets.has(r.date)) buckets.set(r.date, []);
      buckets.get(r.date).push(r);
    }
    const dates = [...buckets.keys()].sort();
    const step = { day: 1, week: 7, month: 31 }[s.interval];
    const t0 = Date.parse(dates[0]), t1 = Date.parse(dates[dates.length - 1]);
    const nb = Math.max(1, Math.round((t1 - t0) / 864e5 / step) + 1);
    const bw = (W - pad.l - pad.r) / nb;
    const max = Math.max(...dates.map((d) => buckets.get(d).reduce((a, r) => a + r.count, 0)));
    const y = (v) => H - pad.b - (v / max) * (H - pad.t - pad.b);
    const order = Object.keys(TYPE_COLORS);
    for (const d of dates) {
      const i = Math.round((Date.parse(d) - t0) / 864e5 / step);
      let acc = 0;
      const rows = buckets.get(d).slice().sort((a, b) => order.indexOf(a.event_type) - order.indexOf(b.event_type));
      for (const r of rows) {
        const rect = mk("rect", {
          class: "bar", x: pad.l + i * bw, y: y(acc + r.count), width: Math.max(1, bw - (bw > 3 ? 1 : 0)),
          height: Math.max(0.5, y(acc) - y(acc + r.count)), fill: color(r.event_type), "data-date": d,
        });
        const title = document.createElementNS(ns, "title");
        title.textContent = `${d}: ${r.count} ${r.event_type}, ${r.fatalities} deaths`;
        rect.append(title);
        rect.addEventListener("click", () => zoomToBucket(d, s.interval));
        acc += r.count;
      }
    }
    mk("line", { x1: pad.l, x2: W - pad.r, y1: H - pad.b, y2: H - pad.b, stroke: "#888" });
    mk("text", { x: pad.l, y: H - 5 }, dates[0]);
    mk("text", { x: W - pad.r, y: H - 5, "text-anchor": "end" }, dates[dates.length - 1]);
    mk("text", { x: pad.l - 4, y: pad.t + 8, "text-anchor": "end" }, String(max));
    mk("text", { x: pad.l - 4, y: H - pad.b, "text-anchor": "end" }, "0");
  }

  function zoomToBucket(d, interval) {
    const start = new Date(d + "T00:00:00Z");
    const end = new Date(start);
    if (interval === "week") end.setUTCDate(end.getUTCDate() + 6);
    else if (interval === "month") { end.setUTCMonth(end.getUTCMonth() + 1); end.setUTCDate(0); }
    form.elements.date_from.value = d;
    form.elements.date_to.value = end.toISOString().slice(0, 10);
    apply();
  }

  // ------------------------------------------------------------------ table

  async function loadTable() {
    const params = Object.assign(filterParams(), { limit: PAGE_SIZE, sort: state.sort });
    const cursor = state.cursors[state.page];
    if (cursor) params.cursor = cursor;
    let data;
    try { data = await api("/events", params); } catch (e) { status(e.message, true); return; }
    const tbody = document.querySelector("#events tbody");
    tbody.replaceChildren(...data.events.map((e) => {
      const loc = e.location || {};
      return el("tr", { "data-id": e.event_id, onclick: () => openDetail(e.event_id) },
        el("td", {}, e.event_date),
        el("td", {}, el("span", { class: "sw", style: `background:${color(e.event_type)}` }), e.event_type),
        el("td", {}, e.sub_event_type),
        el("td", {}, (e.actor1 || {}).name || ""),
        el("td", {}, (e.actor2 || {}).name || ""),
        el("td", {}, [loc.name, loc.admin1].filter(Boolean).join(", ")),
        el("td", {}, loc.country || ""),
        el("td", {}, String((e.fatalities || {}).best ?? "")));
    }));
    if (!data.events.length) tbody.append(el("tr", {}, el("td", { colspan: 8, class: "muted" }, "no events match")));
    state.next = data.next_cursor;
    const from = state.page * PAGE_SIZE;
    document.getElementById("page-info").textContent = data.total === null ? "" :
      `${data.total ? from + 1 : 0}–${from + data.events.length} of ${data.total.toLocaleString()}`;
    document.getElementById("prev").disabled = state.page === 0;
    document.getElementById("next").disabled = !state.next;
    for (const th of document.querySelectorAll("th[data-sort]")) {
      th.classList.remove("sorted-asc", "sorted-desc");
      if (state.sort.replace("-", "") === th.dataset.sort)
        th.classList.add(state.sort.startsWith("-") ? "sorted-desc" : "sorted-asc");
    }
  }

  // ------------------------------------------------------------------ detail

  function segmentsOf(text, spans) {
    const cuts = new Set([0, text.length]);
    for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
    const points = [...cuts].sort((a, b) => a - b);
    const out = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      out.push({ start: a, end: b, fields: spans.filter((s) => s.start <= a && b <= s.end) });
    }
    return out;
  }

  function evidenceSpans(ev, text) {
    const spans = [];
    const fields = Object.keys(ev.evidence || {});
    fields.forEach((f, i) => {
      const e = ev.evidence[f];
      if (Number.isInteger(e.start) && Number.isInteger(e.end) && e.start < e.end && e.end <= text.length)
        spans.push({ field: f, start: e.start, end: e.end, color: FIELD_COLORS[i % FIELD_COLORS.length] });
    });
    const extra = [
      ...((ev.fatalities || {}).reports || []).map((r, i) => ["fatality report " + (i + 1), r.evidence]),
      ...(ev.claims || []).map((c, i) => ["claim " + (i + 1), c.evidence]),
    ];
    extra.forEach(([field, quote], i) => {
      if (!quote) return;
      const at = text.indexOf(quote);
      if (at >= 0) spans.push({ field, start: at, end: at + quote.length,
                                color: FIELD_COLORS[(fields.length + i) % FIELD_COLORS.length] });
    });
    return spans;
  }

  function renderArticle(article, spans) {
    const box = el("div", { class: "article-text" });
    for (const seg of segmentsOf(article.text, spans)) {
      const piece = article.text.slice(seg.start, seg.end);
      if (!seg.fields.length) { box.append(piece); continue; }
      const names = seg.fields.map((s) => s.field);
      const inner = seg.fields.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
      box.append(el("mark", {
        class: "ev", "data-fields": names.join(" "), title: names.join(", "),
        style: `background:${inner.color}`,
      }, piece));
    }
    return box;
  }

  function flash(field) {
    const marks = [...document.querySelectorAll("#detail mark.ev")];
    marks.forEach((m) => m.classList.toggle("active", m.dataset.fields.split(" ").includes(field)));
    const first = marks.find((m) => m.classList.contains("active"));
    if (first) first.scrollIntoView({ block: "nearest" });
  }

  async function openDetail(id) {
    let d;
    try { d = await api("/events/" + encodeURIComponent(id)); } catch (e) { status(e.message, true); return; }
    const ev = d.event;
    const loc = ev.location || {};
    const fat = ev.fatalities || {};
    const article = d.articles.find((a) => a.article_id === ev.article_id) || d.articles[0];
    const spans = article ? evidenceSpans(ev, article.text) : [];
    const fieldEv = (name) => (ev.evidence || {})[name] ? name : null;
    const row = (label, value, field) => [
      el("dt", {}, label),
      el("dd", field ? { class: "has-evidence", "data-field": field, title: "show the evidence",
                         onmouseenter: () => flash(field), onclick: () => flash(field) } : {}, value ?? ""),
    ];
    const actor = (a) => a ? `${a.name} (type ${a.type}${a.country ? ", " + a.country : ""})` : "";
    const body = document.getElementById("detail-body");
    body.replaceChildren(
      el("h2", {}, `${ev.sub_event_type} — ${loc.name || "unknown place"}, ${ev.event_date}`),
      el("div", { class: "detail-type muted" },
        el("span", { class: "sw", style: `background:${color(ev.event_type)}` }),
        `${ev.event_type} · ${ev.disorder_type} · id ${ev.event_id}`),
      el("dl", {},
        row("Date", `${ev.event_date} (precision ${ev.time_precision})`, fieldEv("event_date")),
        row("Sub-event type", ev.sub_event_type, fieldEv("sub_event_type") || fieldEv("event_type")),
        row("Actor 1", actor(ev.actor1), fieldEv("actor1")),
        row("Assoc. actor 1", (ev.assoc_actor_1 || []).map((a) => a.name).join("; ")),
        row("Actor 2", actor(ev.actor2), fieldEv("actor2")),
        row("Assoc. actor 2", (ev.assoc_actor_2 || []).map((a) => a.name).join("; ")),
        row("Interaction", ev.interaction),
        row("Location", [loc.name, loc.admin2, loc.admin1, loc.country].filter(Boolean).join(", ") +
            (loc.latitude !== undefined ? ` (${loc.latitude}, ${loc.longitude}; precision ${loc.geo_precision})` : ""),
            fieldEv("location")),
        row("Fatalities", `best ${fat.best} (low ${fat.low}, high ${fat.high})`, fieldEv("fatalities")),
        row("Civilian targeting", ev.civilian_targeting ? "yes" : "no"),
        row("Modality", ev.modality, fieldEv("modality")),
        row("Confidence", ev.confidence),
        row("PLOVER / CAMEO", `${(ev.plover || {}).event || ""} ${(ev.plover || {}).mode || ""} / ${ev.cameo || ""}`),
        row("Notes", ev.notes)),
      el("h3", {}, "Fatalities by source"),
      (fat.reports || []).length
        ? el("table", { class: "reports" }, el("tr", {}, el("th", {}, "Claimant"), el("th", {}, "Count"), el("th", {}, "Evidence")),
            fat.reports.map((r, i) => el("tr", { onmouseenter: () => flash("fatality report " + (i + 1)) },
              el("td", {}, r.claimant || "unattributed"), el("td", {}, String(r.count)), el("td", {}, r.evidence))))
        : el("p", { class: "muted" }, "no fatality figures reported"),
      el("h3", {}, "Claims"),
      (ev.claims || []).length
        ? el("table", { class: "claims" }, el("tr", {}, el("th", {}, "Claimant"), el("th", {}, "Stance"), el("th", {}, "Evidence")),
            ev.claims.map((c, i) => el("tr", { onmouseenter: () => flash("claim " + (i + 1)) },
              el("td", {}, c.claimant), el("td", {}, c.stance), el("td", {}, c.evidence))))
        : el("p", { class: "muted" }, "no claims"),
      el("h3", {}, "Sources"),
      el("ul", {}, d.sources.map((s) => el("li", {},
        s.url ? el("a", { href: s.url, rel: "noreferrer noopener", target: "_blank" }, s.source || s.url) : (s.source || "unnamed source"),
        ` · ${s.date || ""} · article ${s.article_id}`))),
      el("h3", {}, "Article text with evidence"),
      el("div", { class: "legend-fields" }, spans.map((s) =>
        el("span", { class: "field-chip", style: `background:${s.color}`, onclick: () => flash(s.field) }, s.field))),
      article ? renderArticle(article, spans) : el("p", { class: "muted" }, "the article text is not stored"),
    );
    document.getElementById("detail").hidden = false;
  }

  // ------------------------------------------------------------------ wiring

  function refresh() {
    state.cursors = [null];
    state.page = 0;
    return Promise.all([loadTable(), loadTimeline()]);
  }

  async function apply() {
    readForm();
    status("loading…");
    await Promise.all([refresh(), loadMap()]);
    status("");
  }

  form.addEventListener("submit", (e) => { e.preventDefault(); apply(); });
  form.elements.event_type.addEventListener("change", fillSubTypes);
  document.getElementById("reset").addEventListener("click", () => { form.reset(); fillSubTypes(); apply(); });
  document.getElementById("next").addEventListener("click", () => {
    if (!state.next) return;
    state.cursors[state.page + 1] = state.next;
    state.page += 1;
    loadTable();
  });
  document.getElementById("prev").addEventListener("click", () => {
    if (state.page === 0) return;
    state.page -= 1;
    loadTable();
  });
  for (const th of document.querySelectorAll("th[data-sort]")) {
    th.addEventListener("click", () => {
      const key = th.dataset.sort;
      state.sort = state.sort === "-" + key ? key : "-" + key;
      state.cursors = [null];
      state.page = 0;
      loadTable();
    });
  }
  document.getElementById("close-detail").addEventListener("click", () => { document.getElementById("detail").hidden = true; });
  document.addEventListener("keydown", (e) => { if (e.key === "Escape") document.getElementById("detail").hidden = true; });

  async function start() {
    try {
      await Promise.all([initMap(), loadFacets()]);
      await apply();
      document.body.dataset.ready = "true";
    } catch (e) {
      status(e.message, true);
    }
  }
  window.eventwire = { state, openDetail };
  start();
})();
