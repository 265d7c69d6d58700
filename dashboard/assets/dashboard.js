// The dashboard's one script (no inline script: the Content-Security-Policy forbids it).
// Draws the plots whose numbers a data-plot attribute carries (the same numbers are in the
// table under each plot), and keeps a broadcast's progress up to date by polling: the totals,
// the progress bar and the per-platform table, adding the rows of platforms whose first
// delivery settles after the page loaded.

const PLATFORM_FIELDS = ["total", "sent", "failed", "uncertain", "pending"];
const number = (value) => Number(value).toLocaleString("en-US");

/** Updates the per-platform table's rows from progress.json: adds missing ones in order, drops gone ones. */
function updatePlatforms(platforms) {
  const body = document.querySelector("table[data-platforms] tbody");
  if (!body || !Array.isArray(platforms)) return;
  // A row no longer in the numbers (a look-up's, once each went by chat or e-mail) goes.
  const names = new Set(platforms.map((entry) => entry.platform));
  for (const row of body.querySelectorAll("tr")) {
    if (!names.has(row.getAttribute("data-platform"))) row.remove();
  }
  for (const entry of platforms) {
    let row = [...body.querySelectorAll("tr[data-platform]")].find(
      (candidate) => candidate.getAttribute("data-platform") === entry.platform,
    );
    if (!row) {
      row = document.createElement("tr");
      row.setAttribute("data-platform", entry.platform);
      const head = document.createElement("th");
      head.scope = "row";
      head.textContent = entry.platform;
      row.append(head);
      for (const field of PLATFORM_FIELDS) {
        const cell = document.createElement("td");
        cell.setAttribute("data-cell", field);
        row.append(cell);
      }
      const after = [...body.querySelectorAll("tr[data-platform]")].find(
        (candidate) => candidate.getAttribute("data-platform").localeCompare(entry.platform) > 0,
      );
      body.insertBefore(row, after ?? null);
    }
    for (const field of PLATFORM_FIELDS) {
      const cell = row.querySelector(`[data-cell="${field}"]`);
      if (cell) cell.textContent = number(entry[field]);
    }
  }
}

function drawPlots() {
  if (typeof window.uPlot !== "function") return;
  for (const element of document.querySelectorAll("[data-plot]")) {
    const data = JSON.parse(element.getAttribute("data-plot"));
    const width = () => Math.max(280, element.clientWidth);
    const plot = new window.uPlot(
      {
        width: width(),
        height: 260,
        scales: { x: { time: false }, y: { range: [0, Math.max(1, data.total)] } },
        axes: [{ label: "minutes since the send" }, { label: "acknowledged" }],
        series: [
          { label: "minutes" },
          {
            label: "acknowledged",
            stroke: "#0b5cad",
            fill: "rgba(11, 92, 173, 0.12)",
            width: 2,
            paths: window.uPlot.paths.stepped({ align: 1 }),
          },
        ],
      },
      [data.x, data.y],
      element,
    );
    window.addEventListener("resize", () => plot.setSize({ width: width(), height: 260 }));
  }
}

function followProgress() {
  const section = document.querySelector("[data-progress-url]");
  if (!section || section.getAttribute("data-finished") === "true") return;
  const url = section.getAttribute("data-progress-url");
  const bar = section.querySelector("progress");
  const tick = async () => {
    try {
      const response = await fetch(url, { headers: { accept: "application/json" } });
      if (!response.ok) return;
      const progress = await response.json();
      for (const field of document.querySelectorAll("[data-field]")) {
        const value = progress[field.getAttribute("data-field")];
        if (value !== undefined)
          field.textContent = typeof value === "number" ? number(value) : String(value);
      }
      updatePlatforms(progress.platforms);
      if (bar) {
        bar.max = Math.max(1, progress.total);
        bar.value = progress.total - progress.pending;
        bar.textContent = `${progress.total - progress.pending} of ${progress.total}`;
      }
      if (progress.finished) {
        section.setAttribute("data-finished", "true");
        clearInterval(timer);
      }
    } catch {
      // The next tick tries again.
    }
  };
  const timer = setInterval(tick, 1000);
}

document.addEventListener("DOMContentLoaded", () => {
  drawPlots();
  followProgress();
});
