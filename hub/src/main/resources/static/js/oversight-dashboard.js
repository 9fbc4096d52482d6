/* The auditor's dashboard: reads the figures URL and the translated labels from #dashboard's data- attributes
   (the Content-Security-Policy forbids inline script) and draws three Chart.js charts. */
(function () {
  'use strict';

  function distinct(values) {
    return Array.from(new Set(values)).sort();
  }

  function showEmpty(canvas, text) {
    var note = document.createElement('p');
    note.className = 'help empty-chart';
    note.textContent = text;
    canvas.parentNode.replaceChild(note, canvas);
  }

  function volumeChart(canvas, figures, labels) {
    var days = distinct(figures.volume.map(function (row) { return row.day; }));
    var pairs = distinct(figures.volume.map(function (row) { return row.fromOffice + ' \u2192 ' + row.toOffice; }));
    var datasets = pairs.map(function (pair) {
      return {
        label: pair,
        data: days.map(function (day) {
          var row = figures.volume.find(function (r) {
            return r.day === day && r.fromOffice + ' \u2192 ' + r.toOffice === pair;
          });
          return row ? row.messages : 0;
        })
      };
    });
    return new Chart(canvas, {
      type: 'bar',
      data: { labels: days, datasets: datasets },
      options: { animation: false, maintainAspectRatio: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 },
          title: { display: true, text: labels.messages } } } }
    });
  }

  function latencyChart(canvas, figures, labels) {
    return new Chart(canvas, {
      type: 'line',
      data: {
        labels: figures.latency.map(function (row) { return row.day; }),
        datasets: [
          { label: labels.median, data: figures.latency.map(function (row) { return row.medianSeconds; }) },
          { label: labels.p95, data: figures.latency.map(function (row) { return row.p95Seconds; }) }
        ]
      },
      options: { animation: false, maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, title: { display: true, text: labels.seconds } } } }
    });
  }

  function refusalsChart(canvas, figures, labels) {
    return new Chart(canvas, {
      type: 'bar',
      data: {
        labels: figures.refusals.map(function (row) { return row.reasonCode; }),
        datasets: [{ label: labels.refusals, data: figures.refusals.map(function (row) { return row.refusals; }) }]
      },
      options: { animation: false, maintainAspectRatio: false, indexAxis: 'y',
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
  }

  function draw(dashboard, figures) {
    var labels = {
      median: dashboard.dataset.labelMedian, p95: dashboard.dataset.labelP95,
      refusals: dashboard.dataset.labelRefusals, seconds: dashboard.dataset.labelSeconds,
      messages: dashboard.dataset.labelMessages
    };
    var charts = [
      ['volume-chart', figures.volume, volumeChart],
      ['latency-chart', figures.latency, latencyChart],
      ['refusals-chart', figures.refusals, refusalsChart]
    ];
    charts.forEach(function (chart) {
      var canvas = document.getElementById(chart[0]);
      if (chart[1].length === 0) {
        showEmpty(canvas, dashboard.dataset.labelEmpty);
      } else {
        chart[2](canvas, figures, labels);
      }
    });
    dashboard.setAttribute('data-drawn', 'true');
  }

  document.addEventListener('DOMContentLoaded', function () {
    var dashboard = document.getElementById('dashboard');
    if (!dashboard || typeof Chart === 'undefined') {
      return;
    }
    fetch(dashboard.dataset.figures, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.json(); })
      .then(function (figures) { draw(dashboard, figures); });
  });
}());
