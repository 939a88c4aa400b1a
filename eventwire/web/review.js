/* eventwire dashboard: review. A coder with the API key corrects an event beside its evidence;
   the server keeps the machine's version and an audit trail. Reviewed rows are marked in the table. */
(function () {
  "use strict";

  const FIELDS = ["sub_event_type", "event_date", "actor1", "actor2", "location", "fatalities"];
  let reviewed = new Set();
  let subTypes = [];

  const el = (...args) => window.eventwire.el(...args);  // the dashboard's element builder

  async function getJSON(url, options) {
    const res = await fetch(url, options);
    const body = await res.json();
    if (!res.ok || body.ok === false) throw new Error(body.error || res.statusText);
    return body;
  }

  function markRows() {
    for (const tr of document.querySelectorAll("#events tbody tr[data-id]")) {
      tr.classList.toggle("reviewed", reviewed.has(tr.dataset.id));
      tr.title = reviewed.has(tr.dataset.id) ? "reviewed by a coder" : "";
    }
  }

  async function loadReviewed() {
    try { reviewed = new Set((await getJSON("/reviews")).event_ids); } catch (e) { reviewed = new Set(); }
    markRows();
  }

  function actorInputs(name, actor) {
    return [
      el("input", { name: name + "_name", value: (actor || {}).name || "", placeholder: "name", size: 24 }),
      el("input", { name: name + "_type", type: "number", min: 1, max: 8, value: (actor || {}).type || "",
                    placeholder: "type 1-8", class: "narrow" }),
    ];
  }

  function changes(form, ev) {
    const f = form.elements, out = {};
    const actor = (n) => f[n + "_name"].value.trim()
      ? { name: f[n + "_name"].value.trim(), type: Number(f[n + "_type"].value), country: (ev[n] || {}).country || null }
      : null;
    if (f.sub_event_type.value !== ev.sub_event_type) out.sub_event_type = f.sub_event_type.value;
    if (f.event_date.value && f.event_date.value !== ev.event_date) out.event_date = f.event_date.value;
    for (const n of ["actor1", "actor2"]) {
      const a = actor(n), old = ev[n] || null;
      if (JSON.stringify(a && [a.name, a.type]) !== JSON.stringify(old && [old.name, old.type])) out[n] = a;
    }
    const loc = ev.location || {};
    if (f.location.value.trim() && f.location.value.trim() !== (loc.name || "")) out.location = { name: f.location.value.trim() };
    const deaths = f.fatalities.value === "" ? null : Number(f.fatalities.value);
    if (deaths !== null && deaths !== (ev.fatalities || {}).best) out.fatalities = deaths;
    return out;
  }

  function renderForm(ev, host) {
    const form = el("form", { id: "review-form", class: "review" },
      el("h3", {}, "Review", ev.review ? el("span", { class: "muted" }, ` — reviewed (${ev.review.fields.join(", ")}) by ${ev.review.reviewers.join(", ")}`) : ""),
      el("label", {}, "Sub-event type ", el("select", { name: "sub_event_type" },
        subTypes.map((s) => el("option", { value: s, selected: s === ev.sub_event_type }, s)))),
      el("label", {}, "Date ", el("input", { type: "date", name: "event_date", value: ev.event_date || "" })),
      el("label", {}, "Actor 1 ", actorInputs("actor1", ev.actor1)),
      el("label", {}, "Actor 2 ", actorInputs("actor2", ev.actor2)),
      el("label", {}, "Place ", el("input", { name: "location", value: (ev.location || {}).name || "", size: 24 })),
      el("label", {}, "Fatalities ", el("input", { type: "number", min: 0, name: "fatalities",
                                                  value: (ev.fatalities || {}).best ?? "", class: "narrow" })),
      el("label", {}, "Reviewer ", el("input", { name: "reviewer", value: localStorage.getItem("eventwire.reviewer") || "", required: true })),
      el("label", {}, "API key ", el("input", { name: "key", type: "password", value: sessionStorage.getItem("eventwire.key") || "", required: true })),
      el("button", { type: "submit" }, "Save review"),
      el("span", { class: "review-status muted" }));
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      const f = form.elements, fields = changes(form, ev);
      const say = form.querySelector(".review-status");
      if (!Object.keys(fields).length) { say.textContent = "nothing changed"; return; }
      localStorage.setItem("eventwire.reviewer", f.reviewer.value);
      sessionStorage.setItem("eventwire.key", f.key.value);
      try {
        const res = await getJSON("/events/" + encodeURIComponent(ev.event_id) + "/review", {
          method: "POST", headers: { "Content-Type": "application/json", "X-API-Key": f.key.value },
          body: JSON.stringify({ reviewer: f.reviewer.value, fields }) });
        say.textContent = `saved: ${res.changes.map((c) => c.field).join(", ")}`;
        reviewed.add(ev.event_id);
        markRows();
      } catch (err) { say.textContent = err.message; }
    });
    host.append(form);
  }

  async function onDetail() {
    const body = document.getElementById("detail-body");
    if (!body || body.querySelector("#review-form")) return;
    const id = body.dataset.eventId;
    if (!id) return;
    try {
      if (!subTypes.length) subTypes = ((await getJSON("/facets")).event_types || []).flatMap((t) => t.sub_event_types);
      const d = await getJSON("/events/" + encodeURIComponent(id));
      if (!body.querySelector("#review-form")) renderForm(d.event, body);
    } catch (e) { /* the detail panel shows its own errors */ }
  }

  function start() {
    const tbody = document.querySelector("#events tbody");
    if (tbody) new MutationObserver(markRows).observe(tbody, { childList: true });
    const body = document.getElementById("detail-body");
    if (body) new MutationObserver(onDetail).observe(body, { childList: true });
    loadReviewed();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
