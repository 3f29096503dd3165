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

// Draws the Overview's sentiment chart: posts per week in each class, stacked.
(function () {
  "use strict";
  var canvas = document.getElementById("sentiment-chart");
  if (!canvas || typeof Chart === "undefined") {
    return;
  }
  var colours = { negative: "#dc2626", neutral: "#94a3b8", positive: "#16a34a" };
  var data = JSON.parse(canvas.dataset.chart);
  var reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  new Chart(canvas, {
    type: "bar",
    data: {
      labels: data.labels,
      datasets: data.series.map(function (series) {
        return { label: series.label, data: series.data, backgroundColor: colours[series.sentiment] || "#64748b", borderWidth: 0 };
      })
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion ? false : { duration: 400 },
      interaction: { mode: "index", intersect: false },
      scales: {
        x: { stacked: true, ticks: { maxTicksLimit: 12 }, grid: { display: false } },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }
      },
      plugins: {
        legend: { position: "bottom" },
        tooltip: {
          callbacks: {
            title: function (items) { return "Week of " + items[0].label; },
            footer: function (items) {
              var all = items.reduce(function (sum, item) { return sum + item.parsed.y; }, 0);
              var negative = items.filter(function (item) { return item.dataset.label === "Negative"; })[0];
              return all && negative ? Math.round(100 * negative.parsed.y / all) + "% negative" : "";
            }
          }
        }
      }
    }
  });
})();
