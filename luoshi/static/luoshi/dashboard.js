/* Dashboard charts: read the page's JSON block and draw each chart with ECharts.
   A static file because the Content-Security-Policy forbids inline scripts; the tables beside
   the charts carry the same data for screen readers, printing and readers without JavaScript. */
(function () {
  "use strict";
  var source = document.getElementById("dashboard-data");
  if (!source || typeof window.echarts === "undefined") { return; }
  var data = JSON.parse(source.textContent);
  var large = document.body.classList.contains("large-text");
  var contrast = document.body.classList.contains("high-contrast");
  var fontSize = large ? 18 : 13;
  // Colours differ in lightness too, and decal patterns tell the statuses apart without colour.
  var colours = { achieved: "#1b6e20", in_progress: "#b35c00", not_reported: "#6b6b6b" };
  var ink = contrast ? "#000" : "#1a1a1a";
  var base = {
    aria: { enabled: true, decal: { show: true } },
    textStyle: { fontSize: fontSize, color: ink },
    tooltip: { trigger: "axis", textStyle: { fontSize: fontSize } },
    legend: { top: 0, textStyle: { fontSize: fontSize, color: ink } },
    grid: { left: 8, right: 16, top: large ? 48 : 36, bottom: 8, containLabel: true },
    animation: false
  };

  function extend(a, b) {
    var out = {}, k;
    for (k in a) { if (Object.prototype.hasOwnProperty.call(a, k)) { out[k] = a[k]; } }
    for (k in b) { if (Object.prototype.hasOwnProperty.call(b, k)) { out[k] = b[k]; } }
    return out;
  }

  function statusSeries(rows, type) {
    return data.statuses.map(function (s) {
      return {
        name: s.label, type: type, stack: type === "bar" ? "status" : undefined,
        itemStyle: { color: colours[s.key] }, lineStyle: { color: colours[s.key] },
        symbol: type === "line" ? ({ achieved: "circle", in_progress: "triangle", not_reported: "rect" })[s.key] : undefined,
        symbolSize: 9,
        data: rows.map(function (r) { return r[s.key]; })
      };
    });
  }

  var builders = {
    by_category: function () {
      var rows = data.by_category;
      return extend(base, {
        xAxis: { type: "value", minInterval: 1, axisLabel: { fontSize: fontSize } },
        yAxis: { type: "category", inverse: true, data: rows.map(function (r) { return r.category; }),
                 axisLabel: { fontSize: fontSize, width: 120, overflow: "break" } },
        series: statusSeries(rows, "bar")
      });
    },
    by_unit: function () {
      var rows = data.by_unit;
      return extend(base, {
        legend: { show: false },
        xAxis: { type: "value", max: 100, axisLabel: { formatter: "{value}%", fontSize: fontSize } },
        yAxis: { type: "category", inverse: true, data: rows.map(function (r) { return r.unit; }),
                 axisLabel: { fontSize: fontSize, width: 120, overflow: "break" } },
        series: [{ name: "完成率", type: "bar", itemStyle: { color: colours.achieved },
                   label: { show: true, position: "right", formatter: "{c}%", fontSize: fontSize },
                   data: rows.map(function (r) { return r.rate; }) }]
      });
    },
    trend: function () {
      var rows = data.trend;
      return extend(base, {
        xAxis: { type: "category", data: rows.map(function (r) { return r.period; }), axisLabel: { fontSize: fontSize } },
        yAxis: { type: "value", minInterval: 1, axisLabel: { fontSize: fontSize } },
        series: statusSeries(rows, "line")
      });
    }
  };

  var charts = [];
  Array.prototype.forEach.call(document.querySelectorAll(".chart[data-chart]"), function (el) {
    var build = builders[el.getAttribute("data-chart")];
    if (!build) { return; }
    var rows = data[el.getAttribute("data-chart")] || [];
    if (!rows.length) { return; }
    el.hidden = false;
    el.classList.add("drawn");
    var height = Math.max(260, (el.getAttribute("data-chart") === "trend" ? 6 : rows.length) * (large ? 48 : 36) + 60);
    el.style.height = height + "px";
    var chart = window.echarts.init(el, null, { locale: "ZH", renderer: "canvas" });
    chart.setOption(build());
    charts.push(chart);
  });
  window.addEventListener("resize", function () {
    charts.forEach(function (c) { c.resize(); });
  });
}());
