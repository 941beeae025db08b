// One athlete: fetches /api/athletes/{athlete} and /api/athletes/{athlete}/days and draws the same charts as the
// HTML report (assets/formcast-charts.js). The athlete comes from ?athlete=handle.
"use strict";

function show(term, value, convention) {
  const dt = document.createElement("dt");
  dt.textContent = term;
  dt.title = convention;
  const dd = document.createElement("dd");
  dd.textContent = value === null || value === undefined ? "—" : value;
  dd.title = convention;
  document.getElementById("today").append(dt, dd);
}

async function json(url) {
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail ?? response.statusText);
  return body;
}

async function load() {
  const handle = new URLSearchParams(location.search).get("athlete");
  try {
    if (!handle) throw new Error("no athlete named in the address (?athlete=handle)");
    const base = `api/athletes/${encodeURIComponent(handle)}`;
    const [athlete, timeline] = await Promise.all([json(base), json(`${base}/days`)]);
    document.title = `Formcast — ${athlete.handle}`;
    document.getElementById("athlete").textContent = athlete.handle;
    const span = timeline.from ? `${timeline.days.length} days, ${timeline.from} to ${timeline.to}` : "no days stored yet";
    document.getElementById("who").textContent = `${athlete.sport} · ${athlete.sex} · ${athlete.level} · ${span}`;
    const back = document.createElement("a");
    back.href = "./";
    back.textContent = " · squad";
    document.getElementById("who").append(back);

    const last = timeline.days[timeline.days.length - 1];
    if (last) {
      const c = timeline.conventions;
      const fixed = (v, digits) => v === null ? null : v.toFixed(digits);
      show(`On ${last.date}`, `${last.status}, load ${fixed(last.load, 0)} (${last.loadSource})`, c.dayStatus);
      show("Fitness", fixed(last.fitness, 1), c.fitness);
      show("Fatigue", fixed(last.fatigue, 1), c.fatigue);
      show("Form", fixed(last.form, 1), c.form);
      show("ACWR (EWMA)", fixed(last.acwrEwma, 2), c.acwrEwma);
      show("Monotony", fixed(last.monotony, 2), c.monotony);
      show("Readiness", last.readiness === null ? null : `${Math.round(last.readiness)} / 100`, c.readiness);
    }
    FormcastCharts.renderAthlete(document.getElementById("charts"), timeline);
  } catch (error) {
    const box = document.getElementById("error");
    box.textContent = `Could not load the athlete: ${error.message}`;
    box.hidden = false;
  }
}

load();
