// Squad overview: fetches /api/squad and renders one row per athlete; headers sort the table.
"use strict";

const columns = ["handle", "sport", "sex", "age", "level", "load7Days", "sessions7Days", "minutes7Days", "wellnessAnswered28Days", "lastSession", "openInjury"];
const numeric = new Set(["age", "load7Days", "sessions7Days", "minutes7Days", "wellnessAnswered28Days"]);
let rows = [];
let sortKey = "handle";
let ascending = true;

function format(key, value) {
  if (value === null || value === undefined) return "";
  if (key === "wellnessAnswered28Days") return `${Math.round(value * 100)} %`;
  if (key === "load7Days" || key === "minutes7Days") return Math.round(value).toString();
  return String(value);
}

function render() {
  const body = document.querySelector("#squad tbody");
  const sorted = [...rows].sort((a, b) => {
    const x = a[sortKey] ?? "", y = b[sortKey] ?? "";
    const order = numeric.has(sortKey) ? x - y : String(x).localeCompare(String(y));
    return ascending ? order : -order;
  });
  body.replaceChildren(...sorted.map(athlete => {
    const tr = document.createElement("tr");
    tr.dataset.athlete = athlete.handle;
    for (const key of columns) {
      const td = document.createElement("td");
      td.textContent = format(key, athlete[key]);
      if (numeric.has(key)) td.className = "num";
      if (key === "openInjury" && athlete[key]) td.className = "flag";
      if (key === "load7Days") td.dataset.load = "";
      tr.append(td);
    }
    return tr;
  }));
}

async function load() {
  try {
    const response = await fetch("api/squad");
    if (!response.ok) throw new Error((await response.json()).detail ?? response.statusText);
    const squad = await response.json();
    rows = squad.athletes;
    document.getElementById("as-of").textContent = `${rows.length} athletes · as of ${squad.asOf} · load = session RPE × minutes, last 7 days`;
    render();
  } catch (error) {
    const box = document.getElementById("error");
    box.textContent = `Could not load the squad: ${error.message}`;
    box.hidden = false;
  }
}

document.querySelectorAll("#squad th").forEach(th => th.addEventListener("click", () => {
  const key = th.dataset.key;
  ascending = key === sortKey ? !ascending : true;
  sortKey = key;
  render();
}));

load();
