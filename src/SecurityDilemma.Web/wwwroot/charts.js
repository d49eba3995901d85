// Small SVG charts drawn by hand (no libraries, so the pages work offline): lines per state, a network, a heatmap.
"use strict";

const Charts = (() => {
  const NS = "http://www.w3.org/2000/svg";
  const palette = ["#2a62c9", "#c62828", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#ad1457", "#5d4037", "#455a64", "#9e9d24"];
  const color = i => palette[i % palette.length];

  function el(name, attrs, parent) {
    const e = document.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    if (parent) parent.appendChild(e);
    return e;
  }

  function clear(svg) { while (svg.firstChild) svg.removeChild(svg.firstChild); }

  // series: array (one per state) of arrays of numbers (one per year); years: total years for the x axis.
  function lines(svg, series, years, opts) {
    const o = Object.assign({ width: 420, height: 180, min: 0, max: null, format: v => v.toFixed(2) }, opts || {});
    clear(svg);
    svg.setAttribute("viewBox", `0 0 ${o.width} ${o.height}`);
    const pad = { l: 38, r: 8, t: 8, b: 20 };
    let max = o.max;
    if (max === null) {
      max = 0;
      for (const s of series) for (const v of s) if (Number.isFinite(v) && v > max) max = v;
      max = max > 0 ? max * 1.05 : 1;
    }
    const x = t => pad.l + (o.width - pad.l - pad.r) * (years > 1 ? (t - 1) / (years - 1) : 0.5);
    const y = v => o.height - pad.b - (o.height - pad.t - pad.b) * ((v - o.min) / (max - o.min));
    el("line", { x1: pad.l, y1: y(o.min), x2: o.width - pad.r, y2: y(o.min), stroke: "#bbb" }, svg);
    el("line", { x1: pad.l, y1: pad.t, x2: pad.l, y2: y(o.min), stroke: "#bbb" }, svg);
    el("text", { x: 2, y: pad.t + 8 }, svg).textContent = o.format(max);
    el("text", { x: 2, y: y(o.min) }, svg).textContent = o.format(o.min);
    el("text", { x: o.width - pad.r - 30, y: o.height - 4 }, svg).textContent = `year ${years}`;
    series.forEach((s, i) => {
      const pts = [];
      s.forEach((v, t) => { if (Number.isFinite(v)) pts.push(`${x(t + 1).toFixed(1)},${y(v).toFixed(1)}`); });
      if (pts.length > 0) el("polyline", { points: pts.join(" "), fill: "none", stroke: color(i), "stroke-width": 1.6, "data-state": i }, svg);
    });
    svg.dataset.points = String(series.reduce((n, s) => n + s.length, 0));
  }

  // states: [{name}], borders/alliances/wars: arrays of [a, b]; trust: optional matrix for colouring borders.
  function network(svg, states, borders, alliances, wars, atWar) {
    clear(svg);
    const w = 360, h = 300, cx = w / 2, cy = h / 2 + 4, r = Math.min(w, h) / 2 - 40;
    svg.setAttribute("viewBox", `0 0 ${w} ${h}`);
    const n = states.length;
    const pos = states.map((_, i) => [cx + r * Math.cos(2 * Math.PI * i / n - Math.PI / 2), cy + r * Math.sin(2 * Math.PI * i / n - Math.PI / 2)]);
    const link = (pairs, attrs, kind) => pairs.forEach(([a, b]) => {
      el("line", Object.assign({ x1: pos[a][0], y1: pos[a][1], x2: pos[b][0], y2: pos[b][1], "data-kind": kind }, attrs), svg);
    });
    link(borders, { stroke: "#c9ced8", "stroke-width": 1 }, "border");
    link(alliances, { stroke: "#2e7d32", "stroke-width": 4, "stroke-opacity": 0.7 }, "alliance");
    link(wars, { stroke: "#c62828", "stroke-width": 3, "stroke-dasharray": "6 3" }, "war");
    states.forEach((s, i) => {
      el("circle", { cx: pos[i][0], cy: pos[i][1], r: 9, fill: color(i), stroke: atWar && atWar[i] ? "#c62828" : "#fff", "stroke-width": 3 }, svg);
      const t = el("text", { x: pos[i][0], y: pos[i][1] + (pos[i][1] < cy ? -14 : 22), "text-anchor": "middle" }, svg);
      t.textContent = s.name;
    });
  }

  // A grid of cells coloured by value 0..1; cells: {[`${i},${j}`]: value}. x labels along the bottom, y labels on the left.
  function heatmap(svg, xs, ys, cells, opts) {
    const o = Object.assign({ xTitle: "", yTitle: "" }, opts || {});
    clear(svg);
    const w = 360, h = 260, pad = { l: 48, r: 8, t: 8, b: 40 };
    svg.setAttribute("viewBox", `0 0 ${w} ${h}`);
    const cw = (w - pad.l - pad.r) / xs.length, ch = (h - pad.t - pad.b) / ys.length;
    ys.forEach((yv, j) => {
      xs.forEach((xv, i) => {
        const v = cells[`${i},${j}`];
        const x = pad.l + i * cw, y = h - pad.b - (j + 1) * ch;
        const fill = v === undefined ? "#eef0f4" : `rgb(${Math.round(255 - 57 * v)},${Math.round(245 - 205 * v)},${Math.round(240 - 200 * v)})`;
        el("rect", { x: x + 1, y: y + 1, width: cw - 2, height: ch - 2, fill, "data-filled": v === undefined ? "0" : "1" }, svg);
        if (v !== undefined) el("text", { x: x + cw / 2, y: y + ch / 2 + 3, "text-anchor": "middle" }, svg).textContent = v.toFixed(2);
      });
      el("text", { x: 4, y: h - pad.b - (j + 0.5) * ch + 3 }, svg).textContent = String(yv);
    });
    xs.forEach((xv, i) => { el("text", { x: pad.l + (i + 0.5) * cw, y: h - pad.b + 12, "text-anchor": "middle" }, svg).textContent = String(xv); });
    el("text", { x: pad.l, y: h - 6 }, svg).textContent = o.xTitle;
    const yt = el("text", { x: 10, y: pad.t + 10 }, svg); yt.textContent = o.yTitle;
  }

  function legend(div, names) {
    div.textContent = "";
    names.forEach((name, i) => {
      const s = document.createElement("span");
      const dot = document.createElement("i");
      dot.style.background = color(i);
      s.appendChild(dot);
      s.appendChild(document.createTextNode(name));
      div.appendChild(s);
    });
  }

  return { lines, network, heatmap, legend, color };
})();

// Reads an NDJSON response line by line, calling onLine with each parsed object as soon as it arrives.
async function readNdjson(response, onLine) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let nl;
    while ((nl = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      if (line.trim()) onLine(JSON.parse(line));
    }
  }
  if (buffer.trim()) onLine(JSON.parse(buffer));
}

// POSTs JSON; returns the response when it is 2xx, otherwise throws the server's error object (with its field, line, column).
async function postJson(url, body) {
  const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  if (!response.ok) {
    let error;
    try { error = await response.json(); } catch (e) { error = { error: `${response.status} ${response.statusText}` }; }
    error.status = response.status;
    throw error;
  }
  return response;
}
