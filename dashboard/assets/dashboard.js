// The dashboard's one script (no inline script: the Content-Security-Policy forbids it).
// Draws the plots whose numbers a data-plot attribute carries (the same numbers are in the
// table under each plot), and keeps a broadcast's progress up to date by polling.

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
          field.textContent = typeof value === "number" ? value.toLocaleString("en-US") : String(value);
      }
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
