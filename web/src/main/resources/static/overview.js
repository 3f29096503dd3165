// Draws the Overview's activity chart from the JSON in the canvas's data-chart attribute.
(function () {
  "use strict";
  var canvas = document.getElementById("activity-chart");
  if (!canvas || typeof Chart === "undefined") {
    return;
  }
  var colours = {
    fediverse: "#6364ff", bluesky: "#1185fe", lens: "#3f8f29", forum: "#d97706", slack: "#611f69",
    discord: "#5865f2", x: "#27272a", youtube: "#dc2626", instagram: "#db2777", tiktok: "#0d9488", rss: "#ea580c"
  };
  var data = JSON.parse(canvas.dataset.chart);
  var reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  new Chart(canvas, {
    type: "line",
    data: {
      labels: data.labels,
      datasets: data.series.map(function (series) {
        var colour = colours[series.platform] || "#64748b";
        return {
          label: series.label,
          data: series.data,
          borderColor: colour,
          backgroundColor: colour + "33",
          fill: true,
          tension: 0.25,
          pointRadius: 0,
          pointHitRadius: 8,
          borderWidth: 2
        };
      })
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion ? false : { duration: 400 },
      interaction: { mode: "index", intersect: false },
      scales: {
        x: { ticks: { maxTicksLimit: 12 }, grid: { display: false } },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }
      },
      plugins: {
        legend: { position: "bottom" },
        tooltip: { callbacks: { title: function (items) { return "Week of " + items[0].label; } } }
      }
    }
  });
})();
