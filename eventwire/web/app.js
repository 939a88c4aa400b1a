/* eventwire dashboard: map, timeline, breakdowns and table over the same filters; event detail with
   evidence.  The view (filters, sort, page, map view, tab, open event) lives in the URL. */
(function () {
  "use strict";

  // Okabe & Ito's colour-blind-safe palette; label text is black or white, whichever contrasts more.
  const TYPE_COLORS = {
    "Battles": "#D55E00",
    "Explosions/Remote violence": "#0072B2",
    "Violence against civilians": "#CC79A7",
    "Protests": "#009E73",
    "Riots": "#F0E442",
    "Strategic developments": "#56B4E9",
  };
  const OTHER_COLOR = "#999999";
  const FIELD_COLORS = ["#ffe08a", "#b5e3ff", "#c9f2c7", "#ffc9de", "#e2d4ff", "#ffd6b0", "#d3f0ee", "#f0e0c0"];
  const ACTOR_TYPES = { 1: "State forces", 2: "Rebel groups", 3: "Political militias", 4: "Identity militias",
                        5: "Rioters", 6: "Protesters", 7: "Civilians", 8: "External/Other forces" };
  const TIME_PRECISION = { 1: "the day", 2: "the week or a span of days", 3: "the month" };
  const GEO_PRECISION = { 1: "the place itself", 2: "near the place, or a part of a region", 3: "the province or region only" };
  const PAGE_SIZE = 25;
  // the fields an event's decided_by names, in the order the event view lists their rules
  const RULE_FIELDS = [["sub_event_type", "Sub-event type"], ["actor1", "Actor 1 type"], ["actor1_name", "Actor 1 name"],
    ["actor2", "Actor 2 type"], ["actor2_name", "Actor 2 name"], ["event_date", "Date"], ["location", "Location"],
    ["fatalities", "Fatalities"], ["modality", "Modality"]];
  const CLUSTER_PX = 44;
  const MULTI = ["country", "event_type", "sub_event_type", "actor_type", "modality"];
  const FILTER_KEYS = ["date_from", "date_to", "country", "admin1", "event_type", "sub_event_type", "actor",
                       "actor_type", "min_fatalities", "min_confidence", "modality", "q", "in_view", "per_article"];

  const state = { filters: {}, sort: "-date", cursors: [null], page: 0, next: null, facets: null,
                  metric: "count", by: "type", openId: null, stats: null, compare: null,
                  timings: { ready: null, apply: [] } };
  const form = document.getElementById("filters");
  let map, markerLayer, heatLayer, mapRequest = 0, applyTimer = null, opener = null;

  const color = (t) => TYPE_COLORS[t] || OTHER_COLOR;
  const plural = (n, word, many) => `${Number(n).toLocaleString()} ${n === 1 ? word : (many || word + "s")}`;

  // ------------------------------------------------------------------ colour contrast (WCAG 2)

  function luminance(hex) {
    const v = hex.replace("#", "");
    const ch = [0, 2, 4].map((i) => parseInt(v.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)));
    return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
  }
  function contrast(a, b) {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  }
  const textOn = (bg) => (contrast(bg, "#000000") >= contrast(bg, "#ffffff") ? "#000000" : "#ffffff");

  // ------------------------------------------------------------------ small helpers

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "style") node.style.cssText = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat(Infinity)) {
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

  function query(params) {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) if (v !== "" && v !== null && v !== undefined) qs.set(k, v);
    return qs.toString();
  }

  async function api(path, params) {
    const qs = query(params);
    const res = await fetch(path + (qs ? "?" + qs : ""));
    const body = await res.json();
    if (!res.ok || body.ok === false) throw new Error(body.error || res.statusText);
    return body;
  }

  const typeSwatch = (t) => el("span", { class: "sw", style: `background:${color(t)}`, "aria-hidden": "true" });
  const actorTypeName = (code) => ACTOR_TYPES[code] || (code ? `type ${code}` : "");
  function interactionName(code) {
    if (code === null || code === undefined || code === "") return "";
    const s = String(code);
    const a = ACTOR_TYPES[s[0]], b = s.length > 1 ? ACTOR_TYPES[s[1]] : null;
    const parts = s[1] === "0" ? `${a} acting alone` : b ? `${a} vs ${b}` : a;
    return `${parts} (${s})`;
  }

  // ------------------------------------------------------------------ filters and URL state

  function formValues() {
    const f = {};
    for (const name of FILTER_KEYS) {
      const field = form.elements[name];
      if (!field) continue;
      if (field.type === "checkbox") { if (field.checked) f[name] = true; continue; }
      if (MULTI.includes(name)) {
        const vals = [...field.selectedOptions].map((o) => o.value).filter(Boolean);
        if (vals.length) f[name] = vals;
        continue;
      }
      if (field.value !== "") f[name] = field.value;
    }
    return f;
  }

  function setForm(f) {
    for (const name of FILTER_KEYS) {
      const field = form.elements[name];
      if (!field) continue;
      if (field.type === "checkbox") field.checked = !!f[name];
      else if (MULTI.includes(name)) {
        const want = new Set((f[name] || []).map(String));
        for (const o of field.options) o.selected = want.has(o.value);
      } else field.value = f[name] ?? "";
    }
  }

  function validate(f) {
    if (f.date_from && f.date_to && f.date_from > f.date_to)
      return `"From" (${f.date_from}) is after "To" (${f.date_to}): no event can match. Swap or clear one of them.`;
    if (f.min_confidence !== undefined && !(Number(f.min_confidence) >= 0 && Number(f.min_confidence) <= 1))
      return "Min. confidence is a number from 0 to 1.";
    return "";
  }

  // The API parameters of the current filters (with the map's bounds for "map area only").
  function filterParams() {
    const p = {};
    for (const [k, v] of Object.entries(state.filters)) {
      if (k === "in_view" || k === "per_article") continue;
      p[k] = Array.isArray(v) ? v.join(",") : v;
    }
    if (state.filters.per_article) p.dedup = "false";
    if (state.filters.in_view && map) {
      const b = map.getBounds();
      const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
      p.bbox = [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90),
                clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)].map((v) => v.toFixed(4)).join(",");
    }
    return p;
  }

  function updateExportLinks() {
    const qs = query(filterParams());
    document.getElementById("csv-link").href = "/events.csv" + (qs ? "?" + qs : "");
    document.getElementById("geojson-link").href = "/events.geojson" + (qs ? "?" + qs : "");
  }

  function urlOf() {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(state.filters)) p.set(k, Array.isArray(v) ? v.join(k === "admin1" ? "|" : ",") : String(v));
    if (state.sort !== "-date") p.set("sort", state.sort);
    if (state.page > 0) { p.set("page", String(state.page)); p.set("cursor", state.cursors[state.page]); }
    if (state.metric !== "count") p.set("metric", state.metric);
    if (state.by !== "type") p.set("by", state.by);
    if (map) { const c = map.getCenter(); p.set("map", `${c.lat.toFixed(3)},${c.lng.toFixed(3)},${map.getZoom()}`); }
    if (state.openId) p.set("event", state.openId);
    return "?" + p.toString();
  }

  function saveURL(push) {
    const url = urlOf();
    if (url === location.search) return;
    const entry = { cursors: state.cursors };
    if (push) history.pushState(entry, "", url); else history.replaceState(entry, "", url);
  }

  function readURL() {
    const p = new URLSearchParams(location.search);
    const f = {};
    for (const k of FILTER_KEYS) {
      if (!p.has(k)) continue;
      const v = p.get(k);
      if (k === "in_view" || k === "per_article") f[k] = v === "true";
      else if (MULTI.includes(k)) f[k] = v.split(",").filter(Boolean);
      else f[k] = v;
    }
    state.filters = f;
    state.sort = p.get("sort") || "-date";
    state.metric = p.get("metric") === "fatalities" ? "fatalities" : "count";
    state.by = p.get("by") || "type";
    const page = parseInt(p.get("page") || "0", 10);
    const saved = (history.state && history.state.cursors) || null;
    if (page > 0 && p.get("cursor")) {
      state.cursors = saved && saved[page] === p.get("cursor") ? saved.slice() : [null];
      state.cursors[page] = p.get("cursor");
      state.page = page;
    } else { state.cursors = [null]; state.page = 0; }
    state.openId = p.get("event");
    const m = (p.get("map") || "").split(",").map(Number);
    return m.length === 3 && m.every(Number.isFinite) ? { center: [m[0], m[1]], zoom: m[2] } : null;
  }

  // ------------------------------------------------------------------ facets

  function fillSelect(name, items) {
    const sel = form.elements[name];
    const keep = new Set([...sel.selectedOptions].map((o) => o.value));
    sel.replaceChildren(...items.map(([value, label]) => el("option", { value, selected: keep.has(String(value)) }, label)));
  }

  async function loadFacets() {
    const f = await api("/facets");
    state.facets = f;
    fillSelect("country", f.countries.map((c) => [c.iso3 || c.country, `${c.country} (${c.count.toLocaleString()})`]));
    fillSelect("event_type", f.event_types.map((t) => [t.event_type, t.event_type]));
    fillSelect("actor_type", f.actor_types.map((t) => [String(t.type), `${t.type} ${t.name}`]));
    fillSubTypes();
  }

  function fillSubTypes() {
    const chosen = [...form.elements.event_type.selectedOptions].map((o) => o.value);
    const subs = [];
    for (const t of state.facets.event_types)
      if (!chosen.length || chosen.includes(t.event_type)) for (const s of t.sub_event_types) subs.push([s, s]);
    fillSelect("sub_event_type", subs);
  }

  let suggestTimer = null;
  function suggestActors() {
    clearTimeout(suggestTimer);
    const text = form.elements.actor.value.trim();
    if (text.length < 2) return;
    suggestTimer = setTimeout(async () => {
      let data;
      try { data = await api("/actors/suggest", { q: text, limit: 12 }); } catch (e) { return; }
      document.getElementById("actor-options").replaceChildren(...data.actors.map((a) =>
        el("option", { value: a.name, label: `${a.name} — ${actorTypeName(a.type)}` })));
    }, 200);
  }

  // ------------------------------------------------------------------ map

  function legendControl() {
    const ctl = L.control({ position: "topright" });
    ctl.onAdd = () => {
      const box = L.DomUtil.create("div", "legend");
      box.id = "legend";
      box.append(...Object.keys(TYPE_COLORS).map((t) => el("span", { class: "item" }, typeSwatch(t), t)));
      L.DomEvent.disableClickPropagation(box);
      return box;
    };
    return ctl;
  }

  function initMap(view) {
    map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 12 });
    if (view) map.setView(view.center, view.zoom); else map.setView([20, 20], 2);
    map.attributionControl.addAttribution("Country outlines: Natural Earth via world-atlas");
    legendControl().addTo(map);
    heatLayer = L.layerGroup().addTo(map);
    markerLayer = L.layerGroup().addTo(map);
    map.on("moveend", () => {
      loadMap();
      saveURL(false);
      if (state.filters.in_view) { updateExportLinks(); refresh(); }
    });
    return fetch("/vendor/world-atlas/countries-110m.json")
      .then((r) => r.json())
      .then((topo) => {
        const countries = topojson.feature(topo, topo.objects.countries);
        L.geoJSON(countries, {
          interactive: false,
          style: { color: "#7d8a96", weight: 0.7, fillColor: "#f3f1ea", fillOpacity: 1 },
          className: "country",
        }).addTo(map).bringToBack();
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

  function textTip(text) { return el("span", {}, text); }

  // Points closer than CLUSTER_PX on screen are drawn as one cluster, at every zoom.
  function groupPoints(points) {
    const cells = new Map();
    for (const p of points) {
      const xy = map.project([p.lat, p.lon], map.getZoom());
      const key = `${Math.floor(xy.x / CLUSTER_PX)}:${Math.floor(xy.y / CLUSTER_PX)}`;
      if (!cells.has(key)) cells.set(key, []);
      cells.get(key).push(p);
    }
    return [...cells.values()];
  }

  function majority(items, key) {
    const n = new Map();
    for (const it of items) n.set(it[key], (n.get(it[key]) || 0) + (it.count || 1));
    return [...n.entries()].sort((a, b) => b[1] - a[1])[0][0];
  }

  function drawCluster(lat, lon, count, fatalities, etype, onClick) {
    const r = Math.min(34, 9 + 4 * Math.log10(count + 1) + 1.2 * Math.log2(1 + fatalities));
    const fill = color(etype);
    const m = L.circleMarker([lat, lon], { radius: r, color: "#222", weight: 1.2, fillColor: fill, fillOpacity: 0.9,
                                           className: "ew-cluster", bubblingMouseEvents: false });
    m.bindTooltip(textTip(`${plural(count, "event")}, ${plural(fatalities, "death")} (mostly ${etype})`));
    m.on("click", onClick);
    m.addTo(markerLayer);
    const path = m.getElement();
    if (path) path.setAttribute("data-count", String(count));
    L.marker([lat, lon], {
      interactive: false, keyboard: false,
      icon: L.divIcon({ className: "cluster-label", html: "", iconSize: [40, 12] }),
    }).addTo(markerLayer).getElement().append(el("span", { style: `color:${textOn(fill)}` }, String(count)));
    if (document.getElementById("heat").checked) drawHeat(lat, lon, count);
  }

  function drawHeat(lat, lon, weight) {
    L.circleMarker([lat, lon], { radius: Math.min(80, 18 + 10 * Math.sqrt(weight)), stroke: false,
                                 fillColor: "#b30000", fillOpacity: 0.12, interactive: false, className: "ew-heat" })
      .addTo(heatLayer);
  }

  async function loadMap() {
    const id = ++mapRequest;
    const params = Object.assign(filterParams(), { zoom: map.getZoom(), view: viewParam() });
    let data;
    try { data = await api("/map", params); } catch (e) { status(e.message, true); return; }
    if (id !== mapRequest) return;
    markerLayer.clearLayers();
    heatLayer.clearLayers();
    const heat = document.getElementById("heat").checked;
    if (data.mode === "points") {
      for (const group of groupPoints(data.points)) {
        if (group.length === 1) {
          const p = group[0];
          const m = L.circleMarker([p.lat, p.lon], {
            radius: Math.min(22, 5 + 2.2 * Math.sqrt(p.fatalities || 0)),
            color: "#222", weight: 0.8, fillColor: color(p.event_type), fillOpacity: 0.9, className: "ew-marker",
          });
          m.bindTooltip(textTip(`${p.event_date || "undated"} · ${p.sub_event_type} · ${p.location || ""} · ${plural(p.fatalities, "death")}`));
          m.on("click", () => openDetail(p.event_id, null));
          m.addTo(markerLayer);
          if (heat) drawHeat(p.lat, p.lon, 1);
          continue;
        }
        const lat = group.reduce((a, p) => a + p.lat, 0) / group.length;
        const lon = group.reduce((a, p) => a + p.lon, 0) / group.length;
        const deaths = group.reduce((a, p) => a + (p.fatalities || 0), 0);
        drawCluster(lat, lon, group.length, deaths, majority(group, "event_type"), () => {
          const bounds = L.latLngBounds(group.map((p) => [p.lat, p.lon]));
          if (map.getZoom() >= map.getMaxZoom() || bounds.getNorthEast().equals(bounds.getSouthWest(), 1e-6))
            openDetail(group[0].event_id, null);
          else map.fitBounds(bounds.pad(0.3), { maxZoom: map.getMaxZoom() });
        });
      }
    } else {
      for (const c of data.clusters) {
        if (c.count === 1) {
          const m = L.circleMarker([c.lat, c.lon], { radius: 5, color: "#222", weight: 0.8, fillColor: color(c.event_type),
                                                     fillOpacity: 0.9, className: "ew-marker" });
          m.bindTooltip(textTip(`1 event (${c.event_type}), ${plural(c.fatalities, "death")}`));
          m.on("click", () => map.setView([c.lat, c.lon], Math.min(map.getZoom() + 3, 12)));
          m.addTo(markerLayer);
          if (heat) drawHeat(c.lat, c.lon, 1);
          continue;
        }
        drawCluster(c.lat, c.lon, c.count, c.fatalities, c.event_type,
                    () => map.setView([c.lat, c.lon], Math.min(map.getZoom() + 2, 12)));
      }
    }
  }

  function zoomToResults(s) {
    if (!s.bbox || state.filters.in_view) return;
    const [w, south, e, n] = s.bbox;
    const bounds = L.latLngBounds([south, w], [n, e]);
    const target = map.getBoundsZoom(bounds.pad(0.15));
    const center = bounds.getCenter();
    if (map.getZoom() === Math.min(target, 8) && map.getCenter().distanceTo(center) < 1000) return;
    map.fitBounds(bounds.pad(0.15), { maxZoom: 8, animate: false });
  }

  // ------------------------------------------------------------------ timeline

  function drawTimeline(s) {
    const svg = document.getElementById("timeline");
    const metric = state.metric;
    const W = svg.clientWidth || 500, H = svg.clientHeight || 260;
    const pad = { l: 40, r: 8, t: 8, b: 22 };
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
    drawOutliers(s);
    if (!s.by_time.length) { mk("text", { x: W / 2, y: H / 2, "text-anchor": "middle" }, "no dated events"); return; }
    const buckets = new Map();
    for (const r of s.by_time) {
      if (!buckets.has(r.date)) buckets.set(r.date, []);
      buckets.get(r.date).push(r);
    }
    const dates = [...buckets.keys()].sort();
    const step = { day: 1, week: 7, month: 30.44 }[s.interval];
    const t0 = Date.parse(dates[0]), t1 = Date.parse(dates[dates.length - 1]);
    const nb = Math.max(1, Math.round((t1 - t0) / 864e5 / step) + 1);
    const bw = (W - pad.l - pad.r) / nb;
    const value = (r) => (metric === "fatalities" ? r.fatalities : r.count);
    const max = Math.max(1, ...dates.map((d) => buckets.get(d).reduce((a, r) => a + value(r), 0)));
    const y = (v) => H - pad.b - (v / max) * (H - pad.t - pad.b);
    const xOf = (d) => pad.l + Math.round((Date.parse(d) - t0) / 864e5 / step) * bw;
    const order = Object.keys(TYPE_COLORS);
    for (const d of dates) {
      let acc = 0;
      const rows = buckets.get(d).slice().sort((a, b) => order.indexOf(a.event_type) - order.indexOf(b.event_type));
      for (const r of rows) {
        if (!value(r)) continue;
        const rect = mk("rect", {
          class: "bar", x: xOf(d), y: y(acc + value(r)), width: Math.max(1, bw - (bw > 3 ? 1 : 0)),
          height: Math.max(0.5, y(acc) - y(acc + value(r))), fill: color(r.event_type), "data-date": d,
        });
        const title = document.createElementNS(ns, "title");
        title.textContent = `${d}: ${plural(r.count, "event")} (${r.event_type}), ${plural(r.fatalities, "death")}`;
        rect.append(title);
        rect.addEventListener("click", () => zoomToBucket(d, s.interval));
        acc += value(r);
      }
    }
    mk("line", { x1: pad.l, x2: W - pad.r, y1: H - pad.b, y2: H - pad.b, stroke: "#666" });
    // date labels at least 80 px apart, never two for one position, none cut at the edges
    let lastX = -Infinity;
    const label = (d) => (s.interval === "month" ? d.slice(0, 7) : d);
    for (const d of dates) {
      const x = xOf(d) + bw / 2;
      if (x - lastX < 80 || x < pad.l + 30 && d !== dates[0] || x > W - pad.r - 30 && lastX > -Infinity && W - pad.r - lastX < 110) continue;
      lastX = x;
      const anchor = x < pad.l + 35 ? "start" : x > W - pad.r - 35 ? "end" : "middle";
      mk("line", { x1: x, x2: x, y1: H - pad.b, y2: H - pad.b + 4, stroke: "#666" });
      mk("text", { x, y: H - 6, "text-anchor": anchor, class: "tick" }, label(d));
    }
    mk("text", { x: pad.l - 4, y: pad.t + 8, "text-anchor": "end" }, String(max));
    mk("text", { x: pad.l - 4, y: H - pad.b, "text-anchor": "end" }, "0");
    mk("text", { x: W - pad.r, y: pad.t + 8, "text-anchor": "end" }, metric === "fatalities" ? "deaths" : "events");
    enableBrush(svg, { t0, step, bw, pad, W, H, interval: s.interval });
  }

  function drawOutliers(s) {
    const box = document.getElementById("outliers");
    if (!s.outlier_events) { box.replaceChildren(); return; }
    const byDate = new Map();
    for (const r of s.outliers) byDate.set(r.date, (byDate.get(r.date) || 0) + r.count);
    box.replaceChildren(el("p", {},
      `${plural(s.outlier_events, "event")} dated far outside the rest (${s.axis[0]} to ${s.axis[1]}) `,
      "left off the axis — worth checking: ",
      [...byDate.entries()].map(([d, n]) => el("button", { type: "button", class: "outlier",
        onclick: () => zoomToBucket(d, "day"), title: "show these events" }, `${d} (${n})`))));
  }

  function enableBrush(svg, g) {
    let startX = null, rect = null;
    const toDate = (x) => {
      const i = Math.max(0, (x - g.pad.l) / g.bw);
      return new Date(g.t0 + Math.floor(i) * g.step * 864e5);
    };
    const local = (ev) => {
      const r = svg.getBoundingClientRect();
      return ((ev.clientX - r.left) / r.width) * g.W;
    };
    svg.onpointerdown = (ev) => {
      startX = local(ev);
      rect = document.createElementNS("http://www.w3.org/2000/svg", "rect");
      rect.setAttribute("class", "brush");
      rect.setAttribute("y", g.pad.t);
      rect.setAttribute("height", g.H - g.pad.t - g.pad.b);
      rect.setAttribute("x", startX);
      rect.setAttribute("width", 0);
      svg.append(rect);
    };
    svg.onpointermove = (ev) => {
      if (startX === null) return;
      const x = local(ev);
      rect.setAttribute("x", Math.min(x, startX));
      rect.setAttribute("width", Math.abs(x - startX));
    };
    svg.onpointerup = (ev) => {
      if (startX === null) return;
      const x = local(ev);
      const a = Math.min(x, startX), b = Math.max(x, startX);
      startX = null;
      rect.remove();
      if (b - a < 6) return;  // a click: the bar's own handler zooms to its bucket
      const from = toDate(a), to = toDate(b);
      to.setUTCDate(to.getUTCDate() + Math.round(g.step) - 1);
      form.elements.date_from.value = from.toISOString().slice(0, 10);
      form.elements.date_to.value = to.toISOString().slice(0, 10);
      apply(true);
    };
  }

  function zoomToBucket(d, interval) {
    const start = new Date(d + "T00:00:00Z");
    const end = new Date(start);
    if (interval === "week") end.setUTCDate(end.getUTCDate() + 6);
    else if (interval === "month") { end.setUTCMonth(end.getUTCMonth() + 1); end.setUTCDate(0); }
    form.elements.date_from.value = d;
    form.elements.date_to.value = end.toISOString().slice(0, 10);
    apply(true);
  }

  // ------------------------------------------------------------------ breakdowns

  function addFilter(name, value) {
    const field = form.elements[name];
    if (MULTI.includes(name)) {
      for (const o of field.options) if (o.value === String(value)) o.selected = true;
    } else field.value = value;
    if (name === "event_type") fillSubTypes();
    apply(true);
  }

  function barRows(items, label, onPick, colorOf) {
    const max = Math.max(1, ...items.map((r) => (state.metric === "fatalities" ? r.fatalities : r.count)));
    return el("div", { class: "bars" }, items.map((r) => {
      const v = state.metric === "fatalities" ? r.fatalities : r.count;
      return [
        el("button", { type: "button", class: "bar-label", title: `filter: ${label(r)}`, onclick: () => onPick(r) }, label(r)),
        el("div", { class: "track", "aria-hidden": "true" },
          el("div", { class: "fill", style: `width:${(100 * v) / max}%;background:${colorOf(r)}` })),
        el("span", {}, `${plural(r.count, "event")} · ${plural(r.fatalities, "death")}`),
      ];
    }));
  }

  function drawBreakdown() {
    const s = state.stats;
    const box = document.getElementById("breakdown");
    for (const b of document.querySelectorAll(".tabs button"))
      b.setAttribute("aria-selected", String(b.dataset.by === state.by));
    if (!s) return;
    if (state.by === "compare") { box.replaceChildren(compareForm()); if (state.compare) drawCompare(); return; }
    const views = {
      type: [s.by_type, (r) => r.event_type, (r) => addFilter("event_type", r.event_type), (r) => color(r.event_type)],
      sub_type: [s.by_sub_type || [], (r) => r.sub_event_type, (r) => addFilter("sub_event_type", r.sub_event_type),
                 (r) => color(r.event_type)],
      country: [s.by_country.slice(0, 15), (r) => r.country || "unknown", (r) => addFilter("country", r.iso3 || r.country),
                () => "#5d6d7e"],
      admin1: [(s.by_admin1 || []).filter((r) => r.admin1), (r) => `${r.admin1}, ${r.country || ""}`,
               (r) => addFilter("admin1", r.admin1), () => "#5d6d7e"],
      actor: [s.by_actor || [], (r) => `${r.actor} (${actorTypeName(r.type)})`, (r) => addFilter("actor", r.actor),
              () => "#5d6d7e"],
    };
    const [items, label, pick, col] = views[state.by] || views.type;
    box.replaceChildren(items.length ? barRows(items, label, pick, col) : el("p", { class: "muted" }, "no events"));
  }

  function compareForm() {
    const c = state.compare || {};
    const input = (name, v) => el("input", { type: "date", name, value: v || "" });
    return el("form", { class: "compare-form", onsubmit: (e) => {
      e.preventDefault();
      const d = new FormData(e.target);
      state.compare = Object.fromEntries(d.entries());
      drawCompare();
    } },
      el("label", {}, "Period A from", input("a_from", c.a_from)), el("label", {}, "to", input("a_to", c.a_to)),
      el("label", {}, "Period B from", input("b_from", c.b_from)), el("label", {}, "to", input("b_to", c.b_to)),
      el("button", { type: "submit" }, "Compare"),
      el("div", { id: "compare-result", style: "flex-basis:100%" }));
  }

  async function drawCompare() {
    const c = state.compare;
    const out = document.getElementById("compare-result");
    if (!out || !c.a_from || !c.a_to || !c.b_from || !c.b_to) {
      if (out) out.replaceChildren(el("p", { class: "muted" }, "choose both periods"));
      return;
    }
    const base = filterParams();
    let a, b;
    try {
      [a, b] = await Promise.all([
        api("/stats", Object.assign({}, base, { date_from: c.a_from, date_to: c.a_to })),
        api("/stats", Object.assign({}, base, { date_from: c.b_from, date_to: c.b_to }))]);
    } catch (e) { status(e.message, true); return; }
    const types = [...new Set([...a.by_type, ...b.by_type].map((r) => r.event_type))];
    const get = (s, t) => s.by_type.find((r) => r.event_type === t) || { count: 0, fatalities: 0 };
    const change = (x, y) => {
      const d = y - x;
      return el("span", { class: d > 0 ? "up" : d < 0 ? "down" : "" },
        `${d > 0 ? "+" : ""}${d}${x ? ` (${d > 0 ? "+" : ""}${Math.round((100 * d) / x)}%)` : ""}`);
    };
    out.replaceChildren(el("table", { class: "compare" },
      el("tr", {}, el("th", {}, "Event type"), el("th", {}, "A events"), el("th", {}, "B events"), el("th", {}, "change"),
         el("th", {}, "A deaths"), el("th", {}, "B deaths"), el("th", {}, "change")),
      [...types, null].map((t) => {
        const x = t ? get(a, t) : { count: a.total, fatalities: a.fatalities };
        const y = t ? get(b, t) : { count: b.total, fatalities: b.fatalities };
        return el("tr", {}, el("td", {}, t ? [typeSwatch(t), t] : el("strong", {}, "All")),
          el("td", {}, x.count), el("td", {}, y.count), el("td", {}, change(x.count, y.count)),
          el("td", {}, x.fatalities), el("td", {}, y.fatalities), el("td", {}, change(x.fatalities, y.fatalities)));
      })));
  }

  // ------------------------------------------------------------------ stats (timeline, summary, breakdowns)

  async function loadStats(zoom) {
    let s;
    try { s = await api("/stats", Object.assign(filterParams(), { breakdowns: "true" })); }
    catch (e) { status(e.message, true); return; }
    state.stats = s;
    const per = state.filters.per_article ? "article events" : "events";
    document.getElementById("summary").textContent =
      `${plural(s.total, per.slice(0, -1), per)}, ${plural(s.fatalities, "death")}, per ${s.interval}` +
      (s.undated ? ` · ${plural(s.undated, "undated event")}` : "");
    document.getElementById("unmapped").textContent =
      s.unmapped ? `${plural(s.unmapped, "event")} not on the map (no coordinates)` : "";
    document.getElementById("admin1-options").replaceChildren(
      ...(s.by_admin1 || []).filter((r) => r.admin1).map((r) => el("option", { value: r.admin1 })));
    drawTimeline(s);
    drawBreakdown();
    if (zoom) zoomToResults(s);
  }

  // ------------------------------------------------------------------ table

  async function loadTable() {
    const params = Object.assign(filterParams(), { limit: PAGE_SIZE, sort: state.sort });
    const cursor = state.cursors[state.page];
    if (cursor) params.cursor = cursor;
    let data;
    try { data = await api("/events", params); } catch (e) { status(e.message, true); return; }
    const tbody = document.querySelector("#events tbody");
    const cell = (label, ...content) => el("td", { "data-label": label }, ...content);
    tbody.replaceChildren(...data.events.map((e) => {
      const loc = e.location || {};
      const open = (ev) => openDetail(e.event_id, ev.currentTarget);
      return el("tr", { "data-id": e.event_id, tabindex: "0", onclick: open,
                        "aria-label": `${e.event_date || "undated"}, ${e.sub_event_type}, ${loc.name || "unknown place"}`,
                        onkeydown: (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); open(ev); } } },
        cell("Date", e.event_date || "undated"),
        cell("Type", typeSwatch(e.event_type), e.event_type),
        cell("Sub-event", e.sub_event_type),
        cell("Actor 1", (e.actor1 || {}).name || ""),
        cell("Actor 2", (e.actor2 || {}).name || ""),
        cell("Location", [loc.name, loc.admin1].filter(Boolean).join(", ")),
        cell("Country", loc.country || ""),
        cell("Deaths", String((e.fatalities || {}).best ?? "")));
    }));
    if (!data.events.length) tbody.append(el("tr", {}, el("td", { colspan: 8, class: "muted" }, "no events match")));
    state.next = data.next_cursor;
    const from = state.page * PAGE_SIZE;
    document.getElementById("page-info").textContent = data.total === null ? "" :
      `${data.total ? from + 1 : 0}–${from + data.events.length} of ${data.total.toLocaleString()}`;
    document.getElementById("prev").disabled = state.page === 0;
    document.getElementById("next").disabled = !state.next;
    for (const th of document.querySelectorAll("th[data-sort]")) {
      const on = state.sort.replace("-", "") === th.dataset.sort;
      th.setAttribute("aria-sort", on ? (state.sort.startsWith("-") ? "descending" : "ascending") : "none");
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

  // The evidence of the report that came from ``articleId``: the canonical record's own, or a member's.
  function evidenceFor(ev, articleId) {
    if (!ev.sources || ev.article_id === articleId) return ev.evidence || {};
    const src = ev.sources.find((s) => s.article_id === articleId);
    return (src && src.evidence) || {};
  }

  function evidenceSpans(ev, article) {
    const text = article.text;
    const evidence = evidenceFor(ev, article.article_id);
    const spans = [];
    const fields = Object.keys(evidence);
    fields.forEach((f, i) => {
      const e = evidence[f];
      if (Number.isInteger(e.start) && Number.isInteger(e.end) && e.start < e.end && e.end <= text.length)
        spans.push({ field: f, start: e.start, end: e.end, color: FIELD_COLORS[i % FIELD_COLORS.length] });
    });
    const reports = ((ev.fatalities || {}).reports || []).filter((r) => !r.article_id || r.article_id === article.article_id);
    const extra = [
      ...reports.map((r, i) => ["fatality report " + (i + 1), r.evidence]),
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
    const box = el("div", { class: "article-text", "data-article": article.article_id });
    for (const seg of segmentsOf(article.text, spans)) {
      const piece = article.text.slice(seg.start, seg.end);
      if (!seg.fields.length) { box.append(piece); continue; }
      const names = seg.fields.map((s) => s.field);
      const inner = seg.fields.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
      box.append(el("mark", { class: "ev", "data-fields": names.join(" "), title: names.join(", "),
                              style: `background:${inner.color}` }, piece));
    }
    return box;
  }

  // mark the evidence of a field; a click or focus also scrolls to it (a hover does not: scrolling the
  // panel under the pointer would move the row being hovered away)
  function flash(field, scroll = true) {
    const marks = [...document.querySelectorAll("#detail mark.ev")];
    marks.forEach((m) => m.classList.toggle("active", m.dataset.fields.split(" ").includes(field)));
    const first = marks.find((m) => m.classList.contains("active"));
    if (first && scroll) first.scrollIntoView({ block: "nearest" });
  }

  // why dedup joined this event's reports, and the events it kept apart as possible duplicates
  function dedupSection(d) {
    const why = (link) => Object.entries(link.features || {}).map(([k, v]) => `${k}: ${v.found}`).join(", ");
    const merges = d.merge_evidence || [];
    const possible = d.possible_duplicate_of || [];
    if (!merges.length && !possible.length) return null;
    return el("div", { class: "dedup" },
      merges.length ? el("h3", {}, "Why these reports were merged") : null,
      merges.length ? el("ul", {}, merges.map((m) => el("li", {},
        `${m.event_ids.join(" + ")} · ${m.confirmed ? "confirmed by an analyst" : "score " + m.score} · ${why(m)}`))) : null,
      possible.length ? el("h3", {}, "Possible duplicates (kept apart)") : null,
      possible.length ? el("ul", {}, possible.map((p) => el("li", {},
        el("a", { href: `?event=${encodeURIComponent(p.event_id)}`,
                  onclick: (e) => { e.preventDefault(); openDetail(p.event_id, null); } }, p.event_id),
        ` · score ${p.score} · ${why(p.evidence || {})}`))) : null);
  }

  function articleLabel(d, articleId) {
    const a = d.articles.find((x) => x.article_id === articleId) || {};
    const s = d.sources.find((x) => x.article_id === articleId) || {};
    return `${a.source || s.source || "article"}${a.date || s.date ? ", " + (a.date || s.date) : ""}`;
  }

  function articleViewer(ev, d) {
    const holder = el("div", {});
    const show = (article) => {
      const spans = evidenceSpans(ev, article);
      for (const b of holder.querySelectorAll(".article-tabs button"))
        b.setAttribute("aria-selected", String(b.dataset.article === article.article_id));
      const old = holder.querySelector(".article-body");
      const body = el("div", { class: "article-body" },
        article.title ? el("p", {}, el("strong", {}, article.title)) : null,
        el("div", { class: "legend-fields" }, spans.map((s) =>
          el("button", { type: "button", class: "field-chip", style: `background:${s.color}`, onclick: () => flash(s.field) },
             s.field))),
        renderArticle(article, spans));
      if (old) old.replaceWith(body); else holder.append(body);
    };
    if (!d.articles.length) return el("p", { class: "muted" }, "the article text is not stored");
    if (d.articles.length > 1)
      holder.append(el("div", { class: "article-tabs", role: "tablist", "aria-label": "articles reporting this event" },
        d.articles.map((a) => el("button", { type: "button", role: "tab", "data-article": a.article_id,
                                             onclick: () => show(a) }, articleLabel(d, a.article_id)))));
    show(d.articles.find((a) => a.article_id === ev.article_id) || d.articles[0]);
    return holder;
  }

  function rulesByField(ev, rulebook) {
    // each set field with the rule that decided it and the codebook section that rule implements
    const by = ev.decided_by || {};
    const isSet = { actor1: !!ev.actor1, actor1_name: !!ev.actor1, actor2: !!ev.actor2, actor2_name: !!ev.actor2,
                    location: !!ev.location };
    const rows = RULE_FIELDS.filter(([f]) => isSet[f] !== false || by[f]).map(([f, label]) => {
      const id = by[f];
      const book = id ? rulebook[id] : null;
      return el("tr", { "data-rule-field": f }, el("th", { scope: "row" }, label),
        el("td", {}, id ? el("code", {}, id) : el("span", { class: "muted" }, "decided before rule tracing")),
        el("td", {}, book ? book.codebook : (id ? el("span", { class: "muted" }, "not in the rulebook") : "")));
    });
    return el("table", { class: "rules-by-field" },
      el("tr", {}, el("th", {}, "Field"), el("th", {}, "Rule"), el("th", {}, "Codebook section")), rows);
  }

  function detailBody(d) {
    const ev = d.event;
    const loc = ev.location || {};
    const fat = ev.fatalities || {};
    const merged = (ev.sources || []).length > 1;
    const fieldEv = (name) => (ev.evidence || {})[name] ? name : null;
    const row = (label, value, field) => [
      el("dt", {}, label),
      el("dd", field ? { class: "has-evidence", "data-field": field, title: "show the evidence", tabindex: "0",
                         onmouseenter: () => flash(field, false), onfocus: () => flash(field), onclick: () => flash(field) } : {},
         value ?? ""),
    ];
    const actor = (a) => a ? `${a.name} (${actorTypeName(a.type)}${a.country ? ", " + a.country : ""})` : "";
    const place = [loc.name, loc.admin2, loc.admin1, loc.country].filter(Boolean).join(", ");
    return [
      el("h2", { id: "detail-title", tabindex: "-1" },
         `${ev.sub_event_type} — ${loc.name || "unknown place"}, ${ev.event_date || "undated"}`),
      el("div", { class: "detail-type muted" }, typeSwatch(ev.event_type),
         `${ev.event_type} · ${ev.disorder_type || ""} · id ${ev.event_id}`,
         merged ? ` · merged from ${plural(ev.sources.length, "report")}` : ""),
      el("dl", {},
        row("Date", `${ev.event_date || "undated"} (known to ${TIME_PRECISION[ev.time_precision] || "an unknown precision"})`,
            fieldEv("event_date")),
        row("Sub-event type", ev.sub_event_type, fieldEv("sub_event_type") || fieldEv("event_type")),
        row("Actor 1", actor(ev.actor1), fieldEv("actor1")),
        row("Assoc. actor 1", (ev.assoc_actor_1 || []).map((a) => a.name).join("; ")),
        row("Actor 2", actor(ev.actor2), fieldEv("actor2")),
        row("Assoc. actor 2", (ev.assoc_actor_2 || []).map((a) => a.name).join("; ")),
        row("Interaction", interactionName(ev.interaction)),
        row("Location", place + (loc.latitude !== undefined && loc.latitude !== null
            ? ` (${loc.latitude}, ${loc.longitude}; ${GEO_PRECISION[loc.geo_precision] || "precision unknown"})` : ""),
            fieldEv("location")),
        row("Fatalities", `${fat.best} (low ${fat.low}, high ${fat.high})${merged ? "; best is the lowest positive figure of the reports" : ""}`,
            fieldEv("fatalities")),
        row("Civilian targeting", ev.civilian_targeting ? "yes" : "no"),
        row("Modality", ev.modality, fieldEv("modality")),
        row("Confidence", ev.confidence),
        ev.model ? row("Model", `${ev.model.dir} (p = ${ev.model.probability})`) : null,
        row("PLOVER / CAMEO", `${(ev.plover || {}).event || ""} ${(ev.plover || {}).mode || ""} / ${ev.cameo || ""}`),
        row(merged ? "Notes (chosen report)" : "Notes", ev.notes)),
      el("h3", {}, "Fatalities by source"),
      (fat.reports || []).length
        ? el("table", { class: "reports" }, el("tr", {}, el("th", {}, "Claimant"), el("th", {}, "Count"),
              el("th", {}, "Article"), el("th", {}, "Evidence")),
            fat.reports.map((r, i) => el("tr", { onmouseenter: () => flash("fatality report " + (i + 1)) },
              el("td", {}, r.claimant || "unattributed"), el("td", {}, String(r.count)),
              el("td", {}, articleLabel(d, r.article_id || ev.article_id)), el("td", {}, r.evidence))))
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
      dedupSection(d),
      el("h3", {}, d.articles.length > 1 ? "Articles with evidence" : "Article text with evidence"),
      articleViewer(ev, d),
      el("h3", {}, "Rules"),
      rulesByField(ev, d.rulebook || {}),
      (ev.rules || []).length ? el("p", { class: "muted" }, `Every rule that fired, in order (${ev.rules.length}):`) : null,
      (ev.rules || []).length
        ? el("ol", { class: "rules" }, ev.rules.map((r) => el("li", {}, el("code", {}, r))))
        : el("p", { class: "muted" }, "no rules recorded (coded before rules were traced)"),
      el("h3", {}, "Provenance"),
      el("p", { class: "muted" }, `run ${d.run_id || "unknown"}${d.ingested_at ? ", stored " + d.ingested_at : ""} · `,
         el("a", { href: `?event=${encodeURIComponent(ev.event_id)}` }, "link to this event")),
      d.coder_versions ? el("details", {}, el("summary", {}, "Coder versions"),
        el("dl", {}, Object.entries(d.coder_versions).map(([k, v]) => [el("dt", {}, k),
          el("dd", {}, typeof v === "object" ? JSON.stringify(v) : String(v))]))) : null,
    ];
  }

  async function openDetail(id, from, fromHistory) {
    let d;
    try { d = await api("/events/" + encodeURIComponent(id), state.filters.per_article ? { dedup: "false" } : {}); }
    catch (e) { status(e.message, true); return; }
    opener = from || document.activeElement;
    const body = document.getElementById("detail-body");
    body.dataset.eventId = d.event.event_id;
    body.replaceChildren(...detailBody(d));
    const dialog = document.getElementById("detail");
    dialog.hidden = false;
    document.getElementById("detail-title").focus();
    state.openId = id;
    if (!fromHistory) saveURL(true);
  }

  function closeDetail(fromHistory) {
    const dialog = document.getElementById("detail");
    if (dialog.hidden) return;
    dialog.hidden = true;
    state.openId = null;
    if (!fromHistory) saveURL(true);
    if (opener && document.contains(opener)) opener.focus();
    opener = null;
  }

  function trapFocus(e) {
    const dialog = document.getElementById("detail");
    if (dialog.hidden || e.key !== "Tab") return;
    const items = [...dialog.querySelectorAll("a[href], button, [tabindex]:not([tabindex='-1']), summary")]
      .filter((n) => n.offsetParent !== null);
    if (!items.length) return;
    const first = items[0], last = items[items.length - 1];
    if (e.shiftKey && (document.activeElement === first || !dialog.contains(document.activeElement))) {
      e.preventDefault(); last.focus();
    } else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus(); }
  }

  // ------------------------------------------------------------------ wiring

  function refresh(zoom) {
    state.cursors = [null];
    state.page = 0;
    return Promise.all([loadTable(), loadStats(zoom)]);
  }

  async function apply(push) {
    clearTimeout(applyTimer);
    const f = formValues();
    const problem = validate(f);
    document.getElementById("filter-message").textContent = problem;
    form.classList.remove("pending");
    if (problem) return;
    const t0 = performance.now();
    state.filters = f;
    state.cursors = [null];
    state.page = 0;
    if (push !== false) saveURL(true);
    updateExportLinks();
    status("loading…");
    await Promise.all([refresh(true), loadMap()]);
    state.timings.apply.push(performance.now() - t0);
    status("");
  }

  function schedule(delay) {
    form.classList.add("pending");
    status("filters changed: updating…");
    clearTimeout(applyTimer);
    applyTimer = setTimeout(() => apply(true), delay);
  }

  function wire() {
    form.addEventListener("submit", (e) => { e.preventDefault(); apply(true); });
    form.addEventListener("change", (e) => {
      if (e.target.name === "event_type") fillSubTypes();
      if (e.target.name === "actor" || e.target.name === "q" || e.target.name === "admin1") return;
      schedule(250);
    });
    form.addEventListener("input", (e) => {
      if (e.target.name === "actor") suggestActors();
      if (["actor", "q", "admin1", "min_fatalities", "min_confidence"].includes(e.target.name)) schedule(600);
    });
    document.getElementById("reset-filters").addEventListener("click", () => {
      form.reset();
      fillSubTypes();
      apply(true);
    });
    document.getElementById("copy-link").addEventListener("click", async () => {
      try { await navigator.clipboard.writeText(location.href); status("link copied"); }
      catch (e) { status("copy this page's address: " + location.href); }
      setTimeout(() => status(""), 1500);
    });
    document.getElementById("toggle-filters").addEventListener("click", (e) => {
      form.hidden = !form.hidden;
      e.currentTarget.setAttribute("aria-expanded", String(!form.hidden));
    });
    document.getElementById("next").addEventListener("click", () => {
      if (!state.next) return;
      state.cursors[state.page + 1] = state.next;
      state.page += 1;
      loadTable().then(() => saveURL(true));
    });
    document.getElementById("prev").addEventListener("click", () => {
      if (state.page === 0) return;
      state.page -= 1;
      loadTable().then(() => saveURL(true));
    });
    for (const th of document.querySelectorAll("th[data-sort]")) {
      th.querySelector("button").addEventListener("click", () => {
        const key = th.dataset.sort;
        state.sort = state.sort === "-" + key ? key : "-" + key;
        state.cursors = [null];
        state.page = 0;
        loadTable().then(() => saveURL(true));
      });
    }
    for (const r of document.querySelectorAll("input[name=metric]")) {
      r.addEventListener("change", () => {
        state.metric = r.value;
        if (state.stats) { drawTimeline(state.stats); drawBreakdown(); }
        saveURL(false);
      });
    }
    for (const b of document.querySelectorAll(".tabs button")) {
      b.addEventListener("click", () => { state.by = b.dataset.by; drawBreakdown(); saveURL(false); });
    }
    document.getElementById("heat").addEventListener("change", loadMap);
    document.getElementById("close-detail").addEventListener("click", () => closeDetail(false));
    document.addEventListener("keydown", (e) => {
      if (e.key === "Escape") closeDetail(false);
      trapFocus(e);
    });
    window.addEventListener("popstate", async () => {
      const view = readURL();
      setForm(state.filters);
      if (state.facets) fillSubTypes();
      setForm(state.filters);
      syncControls();
      updateExportLinks();
      if (view) { map.setView(view.center, view.zoom, { animate: false }); }
      await Promise.all([loadTable(), loadStats(false), loadMap()]);
      if (state.openId) openDetail(state.openId, null, true); else closeDetail(true);
    });
  }

  function syncControls() {
    for (const r of document.querySelectorAll("input[name=metric]")) r.checked = r.value === state.metric;
  }

  async function start() {
    try {
      const view = readURL();
      if (window.matchMedia("(max-width: 600px)").matches) {
        form.hidden = true;
        document.getElementById("toggle-filters").setAttribute("aria-expanded", "false");
      }
      await Promise.all([initMap(view), loadFacets()]);
      setForm(state.filters);
      fillSubTypes();
      setForm(state.filters);
      syncControls();
      wire();
      updateExportLinks();
      status("loading…");
      await Promise.all([loadTable(), loadStats(!view), loadMap()]);
      status("");
      saveURL(false);
      if (state.openId) await openDetail(state.openId, null, true);
      state.timings.ready = performance.now();
      document.body.dataset.ready = "true";
    } catch (e) {
      status(e.message, true);
    }
  }
  window.eventwire = { state, openDetail, el, palette: TYPE_COLORS, textOn, contrast };
  start();
})();
