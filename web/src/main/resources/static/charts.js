// Draws the charts from the JSON in each canvas's data-chart attribute: the Overview's activities per
// week by platform (see ActivityChart), and a dashboard's measures (see DashboardChart), whose points
// open what is behind them when clicked: the point's week or month, the series' filter and the
// dashboard's scope.
(function () {
  "use strict";
  if (typeof Chart === "undefined") {
    return;
  }
  var reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  var colours = {
    negative: "#dc2626", neutral: "#94a3b8", positive: "#16a34a",
    recommendations: "#7c3aed", answers: "#0ea5e9",
    "replies-to-brand": "#f59e0b", "brand-replies": "#2563eb",
    "share-of-voice": "#db2777",
    "level-1": "#4338ca", "level-2": "#6366f1", "level-3": "#a5b4fc", "level-4": "#e0e7ff",
    "moved-up": "#16a34a", "moved-down": "#dc2626", newcomers: "#0ea5e9"
  };

  function postsBehind(data, scope, element) {
    var series = data.series[element.datasetIndex];
    var value = series.data[element.index];
    if (value === null || value === 0 || series.drill === null) {
      return null;
    }
    var parameters = new URLSearchParams({ from: data.starts[element.index], until: data.ends[element.index] });
    if (scope) {
      parameters.set("scope", scope);
    }
    Object.keys(series.drill).forEach(function (name) { parameters.set(name, series.drill[name]); });
    return data.path + "?" + parameters.toString();
  }

  var platforms = {
    fediverse: "#6364ff", bluesky: "#1185fe", lens: "#3f8f29", forum: "#d97706", slack: "#611f69",
    discord: "#5865f2", x: "#27272a", youtube: "#dc2626", instagram: "#db2777", tiktok: "#0d9488", rss: "#ea580c"
  };

  function options(stacked, percent, tooltip) {
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion ? false : { duration: 400 },
      interaction: { mode: "index", intersect: false },
      scales: {
        x: { stacked: stacked, ticks: { maxTicksLimit: 12 }, grid: { display: false } },
        y: percent
          ? { beginAtZero: true, max: 100, ticks: { callback: function (v) { return v + "%"; } } }
          : { stacked: stacked, beginAtZero: true, ticks: { precision: 0 } }
      },
      plugins: { legend: { position: "bottom" }, tooltip: { callbacks: tooltip } }
    };
  }

  function title(items) {
    return "Week of " + items[0].label;
  }

  function periodTitle(period) {
    return period === "month" ? function (items) { return items[0].label; } : title;
  }

  // A click on a point opens what is behind it; the pointer says which points can be clicked.
  function clickable(settings, canvas, data, intersect) {
    settings.onHover = function (event, elements) {
      canvas.style.cursor = elements.length ? "pointer" : "default";
    };
    settings.onClick = function (event, elements, chart) {
      var hits = chart.getElementsAtEventForMode(event, "nearest", { intersect: intersect }, true);
      var url = hits.length ? postsBehind(data, canvas.dataset.scope, hits[0]) : null;
      if (url) {
        window.location.assign(url);
      }
    };
    return settings;
  }

  function drawActivity(canvas) {
    var data = JSON.parse(canvas.dataset.chart);
    var settings = options(true, false, { title: title, footer: function () { return "Click to see the activities"; } });
    new Chart(canvas, {
      type: "line",
      data: {
        labels: data.labels,
        datasets: data.series.map(function (series) {
          var colour = platforms[series.platform] || "#64748b";
          return {
            label: series.label, data: series.data, borderColor: colour, backgroundColor: colour + "33", fill: true,
            tension: 0.25, pointRadius: 0, pointHitRadius: 8, borderWidth: 2
          };
        })
      },
      options: clickable(settings, canvas, data, false)
    });
  }

  function draw(canvas) {
    var data = JSON.parse(canvas.dataset.chart);
    var bar = data.type === "bar";
    var settings = options(bar, data.percent, {
      title: periodTitle(data.period),
      label: function (item) { return item.dataset.label + ": " + item.formattedValue + (data.percent ? "%" : ""); },
      footer: function () { return data.path === "/activities" ? "Click to see the posts" : "Click to see the people"; }
    });
    new Chart(canvas, {
      type: data.type,
      data: {
        labels: data.labels,
        datasets: data.series.map(function (series) {
          var colour = colours[series.key] || "#64748b";
          return bar
            ? { label: series.label, data: series.data, backgroundColor: colour, borderWidth: 0 }
            : { label: series.label, data: series.data, borderColor: colour, backgroundColor: colour + "33",
                tension: 0.25, pointRadius: 2, pointHitRadius: 10, borderWidth: 2, spanGaps: false };
        })
      },
      options: clickable(settings, canvas, data, bar)
    });
  }

  var activity = document.getElementById("activity-chart");
  if (activity) {
    drawActivity(activity);
  }
  Array.prototype.forEach.call(document.querySelectorAll("canvas.measure-chart"), draw);
})();
