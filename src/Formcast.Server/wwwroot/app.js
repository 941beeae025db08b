// Squad overview: fetches /api/squad and renders one row per athlete; headers sort the table; handles open the athlete page.
"use strict";

const columns = ["handle", "sport", "load7Days", "fitness", "fatigue", "form", "acwrEwma", "monotony", "readiness", "wellnessAnswered28Days", "flags"];
const numeric = new Set(["load7Days", "fitness", "fatigue", "form", "acwrEwma", "monotony", "readiness", "wellnessAnswered28Days"]);
let rows = [];
let sortKey = "handle";
let ascending = true;

function format(key, value) {
  if (value === null || value === undefined) return "";
  if (key === "wellnessAnswered28Days") return `${Math.round(value * 100)} %`;
  if (key === "load7Days" || key === "readiness") return Math.round(value).toString();
  if (key === "acwrEwma" || key === "monotony") return value.toFixed(2);
  if (key === "form") return (value > 0 ? "+" : "") + value.toFixed(1);
  if (key === "fitness" || key === "fatigue") return value.toFixed(1);
  if (key === "flags") return value.join("; ");
  return String(value);
}

function flagsOf(athlete) {
  return athlete.openInjury && !athlete.flags.some(f => f.startsWith("injured")) ? [`injured: ${athlete.openInjury}`, ...athlete.flags] : athlete.flags;
}

function render() {
  const body = document.querySelector("#squad tbody");
  const sorted = [...rows].sort((a, b) => {
    const x = a[sortKey], y = b[sortKey];
    if (x === null || x === undefined) return 1;
    if (y === null || y === undefined) return -1;
    const order = numeric.has(sortKey) ? x - y : String(x).localeCompare(String(y));
    return ascending ? order : -order;
  });
  body.replaceChildren(...sorted.map(athlete => {
    const tr = document.createElement("tr");
    tr.dataset.athlete = athlete.handle;
    for (const key of columns) {
      const td = document.createElement("td");
      if (key === "handle") {
        const link = document.createElement("a");
        link.href = `athlete.html?athlete=${encodeURIComponent(athlete.handle)}`;
        link.textContent = athlete.handle;
        td.append(link);
      } else {
        td.textContent = format(key, key === "flags" ? flagsOf(athlete) : athlete[key]);
      }
      if (numeric.has(key)) td.className = "num";
      if (key === "flags" && flagsOf(athlete).length > 0) td.className = "flag";
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
    document.getElementById("as-of").textContent =
      `${rows.length} athletes · as of ${squad.asOf} · load on the common scale (100 = one hour at threshold), last 7 days`;
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
