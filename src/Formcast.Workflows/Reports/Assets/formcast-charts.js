// Athlete charts, shared by the static HTML report and the dashboard: both pass the same athlete timeline
// (GET /api/athletes/{athlete}/days, or the JSON embedded in a report page) to FormcastCharts.renderAthlete.
// Needs Chart.js (chart.umd.js) loaded first. All text goes in through textContent.
(function (global) {
  "use strict";

  const colours = {
    fitness: "#1f5fbf", fatigue: "#c2185b", form: "#2e7d32", load: "#9aa5b8", acwrEwma: "#d35400",
    acwrCoupled: "#7f8c8d", acwrUncoupled: "#8e44ad", readiness: "#1d2330", red: "#c62828", yellow: "#f2a900", normal: "#4f8f5b",
  };
  const contributorColours = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f"];

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  // A card with a title, the convention behind its numbers and a canvas (or a note when there is nothing to draw).
  function card(root, id, title, convention, empty) {
    const section = element("section", "fc-card");
    section.id = id;
    section.append(element("h2", null, title));
    if (convention) section.append(element("p", "fc-convention", convention));
    let canvas = null;
    if (empty) section.append(element("p", "fc-empty", empty));
    else {
      const holder = element("div", "fc-chart");
      canvas = element("canvas");
      canvas.setAttribute("role", "img");
      canvas.setAttribute("aria-label", title);
      holder.append(canvas);
      section.append(holder);
    }
    root.append(section);
    return canvas;
  }

  function line(label, data, colour, extra) {
    return Object.assign({ type: "line", label, data, borderColor: colour, backgroundColor: colour, borderWidth: 1.5, pointRadius: 0, spanGaps: false }, extra || {});
  }

  function baseOptions(extra) {
    return Object.assign({
      animation: false, responsive: true, maintainAspectRatio: false, interaction: { mode: "index", intersect: false },
      plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } } },
    }, extra || {});
  }

  function dateAxis() {
    return { ticks: { maxTicksLimit: 10, autoSkip: true, maxRotation: 0 } };
  }

  function fitnessChart(root, t) {
    const days = t.days;
    const canvas = card(root, "chart-fitness", "Fitness, fatigue and form",
      `Fitness: ${t.conventions.fitness}. Fatigue: ${t.conventions.fatigue}. Form: ${t.conventions.form}.`,
      days.length ? null : "No athlete-days yet.");
    if (!canvas) return null;
    return new Chart(canvas, {
      type: "line",
      data: {
        labels: days.map(d => d.date),
        datasets: [
          line("Fitness", days.map(d => d.fitness), colours.fitness),
          line("Fatigue", days.map(d => d.fatigue), colours.fatigue),
          line("Form", days.map(d => d.form), colours.form, { fill: { target: "origin", above: "#2e7d3222", below: "#c6282822" } }),
        ],
      },
      options: baseOptions({ scales: { x: dateAxis(), y: { title: { display: true, text: "load units (100 = 1 h at threshold)" } } } }),
    });
  }

  function loadChart(root, t) {
    const days = t.days;
    const canvas = card(root, "chart-load", "Daily load and acute:chronic workload ratios",
      `Load: ${t.conventions.load}. EWMA: ${t.conventions.acwrEwma}. Coupled: ${t.conventions.acwrRollingCoupled}. Uncoupled: ${t.conventions.acwrRollingUncoupled}.`,
      days.length ? null : "No athlete-days yet.");
    if (!canvas) return null;
    return new Chart(canvas, {
      data: {
        labels: days.map(d => d.date),
        datasets: [
          { type: "bar", label: "Daily load", data: days.map(d => d.load), backgroundColor: colours.load, yAxisID: "y", order: 2 },
          line("ACWR (EWMA)", days.map(d => d.acwrEwma), colours.acwrEwma, { yAxisID: "ratio", borderWidth: 2, order: 1 }),
          line("ACWR (rolling coupled)", days.map(d => d.acwrRollingCoupled), colours.acwrCoupled, { yAxisID: "ratio", borderDash: [4, 3], order: 1 }),
          line("ACWR (rolling uncoupled)", days.map(d => d.acwrRollingUncoupled), colours.acwrUncoupled, { yAxisID: "ratio", borderDash: [1, 3], order: 1 }),
        ],
      },
      options: baseOptions({
        scales: {
          x: dateAxis(),
          y: { position: "left", beginAtZero: true, title: { display: true, text: "daily load" } },
          ratio: { position: "right", beginAtZero: true, grid: { drawOnChartArea: false }, title: { display: true, text: "acute:chronic ratio" } },
        },
      }),
    });
  }

  function bandColour(band) {
    if (band === "red" || band === "below band") return colours.red;
    if (band === "yellow" || band === "above band") return colours.yellow;
    return colours.normal;
  }

  function readinessToday(root, t) {
    const day = [...t.days].reverse().find(d => d.contributors.some(c => c.zScore !== null));
    const title = day ? `Readiness contributors on ${day.date}` : "Readiness contributors";
    const scored = day ? day.contributors.filter(c => c.zScore !== null) : [];
    const canvas = card(root, "chart-readiness-today", title,
      `${t.conventions.readiness}. HRV: ${t.conventions.hrvContributor}. Others: ${t.conventions.wellnessContributors}.` +
        (day && day.readiness !== null ? ` Readiness that day: ${Math.round(day.readiness)} / 100.` : ""),
      scored.length ? null : "No contributor has a personal baseline yet.");
    if (!canvas) return null;
    return new Chart(canvas, {
      type: "bar",
      data: {
        labels: scored.map(c => c.label),
        datasets: [{ label: "z-score (+ is better)", data: scored.map(c => c.zScore), backgroundColor: scored.map(c => bandColour(c.band)) }],
      },
      options: baseOptions({
        indexAxis: "y",
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { afterLabel: item => scored[item.dataIndex].explanation } },
        },
        scales: { x: { suggestedMin: -3, suggestedMax: 3, title: { display: true, text: "z-score against your own baseline (+ is better)" } } },
      }),
    });
  }

  function readinessTrend(root, t) {
    const days = t.days.slice(-56);
    const names = [];
    days.forEach(d => d.contributors.forEach(c => { if (c.zScore !== null && !names.some(n => n.name === c.name)) names.push({ name: c.name, label: c.label }); }));
    const any = days.some(d => d.readiness !== null) || names.length > 0;
    const canvas = card(root, "chart-readiness-trend", "Readiness and its contributors, last 8 weeks",
      "Readiness 0–100 (left axis, 50 = at your baseline); each contributor's z-score against your own baseline (right axis, + is better).",
      any ? null : "No readiness in the last 8 weeks.");
    if (!canvas) return null;
    const datasets = [line("Readiness", days.map(d => d.readiness), colours.readiness, { yAxisID: "y", borderWidth: 2.5 })];
    names.forEach((n, i) => {
      const colour = contributorColours[i % contributorColours.length];
      datasets.push(line(n.label + " z", days.map(d => { const c = d.contributors.find(x => x.name === n.name); return c ? c.zScore : null; }), colour,
        { yAxisID: "z", borderWidth: 1, hidden: n.name !== "hrv" && n.name !== "resting_hr" && n.name !== "sleep_duration" }));
    });
    return new Chart(canvas, {
      type: "line",
      data: { labels: days.map(d => d.date), datasets },
      options: baseOptions({
        scales: {
          x: dateAxis(),
          y: { position: "left", min: 0, max: 100, title: { display: true, text: "readiness" } },
          z: { position: "right", suggestedMin: -3, suggestedMax: 3, grid: { drawOnChartArea: false }, title: { display: true, text: "z-score" } },
        },
      }),
    });
  }

  function zonesChart(root, t) {
    const z = t.heartRateZones;
    const zoned = z && z.zones.some(x => x.minutes > 0);
    const convention = z ? `${z.convention}. ${z.sessionsWithHeartRate} sessions with heart rate, ${z.sessionsWithoutHeartRate} without.` : null;
    const canvas = card(root, "chart-zones", z ? `Time in heart-rate zones, ${z.from} to ${z.to}` : "Time in heart-rate zones", convention,
      !z ? "No thresholds in force: heart-rate zones need maximal heart rate." : zoned ? null : "No heart-rate stream in the last 4 weeks.");
    if (!canvas) return null;
    return new Chart(canvas, {
      type: "bar",
      data: {
        labels: z.zones.map(x => `${x.label} (${x.high === null ? "≥ " + x.low : x.low + "–" + x.high} bpm)`),
        datasets: [{ label: "minutes", data: z.zones.map(x => x.minutes), backgroundColor: colours.fitness }],
      },
      options: baseOptions({
        plugins: { legend: { display: false }, tooltip: { callbacks: { afterLabel: item => `${Math.round(z.zones[item.dataIndex].share * 100)} % of zoned time` } } },
        scales: { y: { beginAtZero: true, title: { display: true, text: "minutes" } } },
      }),
    });
  }

  function textSections(root, t) {
    const caveats = element("section", "fc-card");
    caveats.id = "caveats";
    caveats.append(element("h2", null, "Data quality"));
    const list = element("ul", "fc-list");
    t.caveats.forEach(c => list.append(element("li", null, c)));
    caveats.append(list);
    root.append(caveats);

    const conventions = element("section", "fc-card fc-conventions");
    conventions.id = "conventions";
    conventions.append(element("h2", null, "How each number is computed"));
    const dl = element("dl");
    const names = {
      load: "Load", fitness: "Fitness", fatigue: "Fatigue", form: "Form", rampRate: "Ramp rate", acwrRollingCoupled: "ACWR rolling coupled",
      acwrRollingUncoupled: "ACWR rolling uncoupled", acwrEwma: "ACWR EWMA", monotony: "Monotony", strain: "Strain", readiness: "Readiness",
      hrvContributor: "HRV", wellnessContributors: "Wellness answers", dayStatus: "Day status",
    };
    Object.keys(names).forEach(key => { dl.append(element("dt", null, names[key]), element("dd", null, t.conventions[key])); });
    dl.append(element("dt", null, "Provenance"), element("dd", null, t.provenance + (t.conventionsMatch ? "" : " (computed with other conventions than described above)")));
    conventions.append(dl);
    root.append(conventions);
  }

  // Draws every chart of an athlete timeline into root; returns the Chart instances.
  function renderAthlete(root, timeline) {
    const grid = element("div", "fc-grid");
    root.append(grid);
    const charts = [fitnessChart(grid, timeline), loadChart(grid, timeline), readinessToday(grid, timeline), readinessTrend(grid, timeline), zonesChart(grid, timeline)]
      .filter(c => c !== null);
    textSections(root, timeline);
    return charts;
  }

  // Click a header to sort by its column (numbers by value, the rest as text); click again to reverse.
  function sortableTable(table) {
    const headers = [...table.querySelectorAll("thead th")];
    headers.forEach((th, index) => {
      th.classList.add("fc-sortable");
      th.addEventListener("click", () => {
        const ascending = th.getAttribute("aria-sort") !== "ascending";
        headers.forEach(h => h.removeAttribute("aria-sort"));
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        const body = table.tBodies[0];
        const rows = [...body.rows];
        const key = row => {
          const cell = row.cells[index];
          const value = cell.dataset.value ?? cell.textContent.trim();
          const number = Number.parseFloat(value);
          return value !== "" && !Number.isNaN(number) && cell.dataset.value !== undefined ? number : value;
        };
        rows.sort((a, b) => {
          const x = key(a), y = key(b);
          const order = typeof x === "number" && typeof y === "number" ? x - y
            : x === "" ? 1 : y === "" ? -1 : String(x).localeCompare(String(y));
          return ascending ? order : -order;
        });
        body.append(...rows);
      });
    });
  }

  global.FormcastCharts = { renderAthlete, sortableTable };
})(window);
