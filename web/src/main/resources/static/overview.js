// Draws the Overview's charts from the JSON in each canvas's data-chart attribute: activities per
// week by platform, and posts per week by sentiment.
(function () {
  "use strict";
  if (typeof Chart === "undefined") {
    return;
  }
  var reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function weekly(canvas, type, datasets, tooltip) {
    var data = JSON.parse(canvas.dataset.chart);
    tooltip.title = function (items) { return "Week of " + items[0].label; };
    new Chart(canvas, {
      type: type,
      data: { labels: data.labels, datasets: data.series.map(datasets) },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reduceMotion ? false : { duration: 400 },
        interaction: { mode: "index", intersect: false },
        scales: {
          x: { stacked: true, ticks: { maxTicksLimit: 12 }, grid: { display: false } },
          y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }
        },
        plugins: { legend: { position: "bottom" }, tooltip: { callbacks: tooltip } }
      }
    });
  }

  var activity = document.getElementById("activity-chart");
  if (activity) {
    var platforms = {
      fediverse: "#6364ff", bluesky: "#1185fe", lens: "#3f8f29", forum: "#d97706", slack: "#611f69",
      discord: "#5865f2", x: "#27272a", youtube: "#dc2626", instagram: "#db2777", tiktok: "#0d9488", rss: "#ea580c"
    };
    weekly(activity, "line", function (series) {
      var colour = platforms[series.platform] || "#64748b";
      return {
        label: series.label, data: series.data, borderColor: colour, backgroundColor: colour + "33", fill: true,
        tension: 0.25, pointRadius: 0, pointHitRadius: 8, borderWidth: 2
      };
    }, {});
  }

  var sentiment = document.getElementById("sentiment-chart");
  if (sentiment) {
    var classes = { negative: "#dc2626", neutral: "#94a3b8", positive: "#16a34a" };
    weekly(sentiment, "bar", function (series) {
      return { label: series.label, data: series.data, backgroundColor: classes[series.sentiment] || "#64748b", borderWidth: 0 };
    }, {
      footer: function (items) {
        var all = items.reduce(function (sum, item) { return sum + item.parsed.y; }, 0);
        var negative = items.filter(function (item) { return item.dataset.label === "Negative"; })[0];
        return all && negative ? Math.round(100 * negative.parsed.y / all) + "% negative" : "";
      }
    });
  }
})();
