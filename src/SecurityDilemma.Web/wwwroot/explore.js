// The explorer: pick or upload a world, move the sliders, watch it run year by year, sweep the four worlds.
"use strict";

(() => {
  const $ = id => document.getElementById(id);
  let uploaded = null;          // the uploaded YAML once it validated
  let shipped = [];
  const sliders = [...document.querySelectorAll("input[type=range][data-setting]")];

  function sliderValue(input) {
    const v = Number(input.value);
    if (input.dataset.log) return Math.round(Math.pow(2, v) * 1000) / 1000;
    return input.dataset.int ? Math.round(v) : v;
  }

  function showSlider(input) {
    $(`${input.id}-out`).textContent = String(sliderValue(input));
  }

  function clearErrors() {
    document.querySelectorAll(".field-error").forEach(e => { e.textContent = ""; });
  }

  // Puts the server's error next to the control of its field (a slider, the upload, years, ...), or under Run.
  function showError(error) {
    const field = error.field || "general";
    const setting = field.startsWith("settings.") ? field : null;
    let target = document.querySelector(`.field-error[data-field="${CSS.escape(setting || field)}"]`);
    if (!target) target = document.querySelector('.field-error[data-field="general"]');
    target.textContent = error.error + (error.expected ? `\nexpected: ${error.expected}` : "");
  }

  function settings() {
    const s = {};
    for (const input of sliders) {
      if (input.dataset.touched) s[input.dataset.setting] = sliderValue(input);
    }
    return s;
  }

  function worldRequest() {
    const body = { seed: Number($("seed").value), years: Number($("years").value), settings: settings() };
    if (uploaded !== null) body.yaml = uploaded; else body.scenario = $("scenario").value;
    return body;
  }

  async function loadScenarios() {
    const response = await fetch("/api/scenarios");
    shipped = await response.json();
    for (const s of shipped) {
      const o = document.createElement("option");
      o.value = s.name;
      o.textContent = `${s.name} (${s.states} states)`;
      $("scenario").appendChild(o);
    }
    $("scenario").value = shipped.some(s => s.name === "spiral") ? "spiral" : shipped[0].name;
    scenarioChanged();
  }

  function scenarioChanged() {
    const s = shipped.find(x => x.name === $("scenario").value);
    if (!s) return;
    $("scenario-summary").textContent = s.summary;
    // The sliders start at the scenario's own values; only the ones moved afterwards are sent.
    for (const input of sliders) {
      const v = s.sliders[input.dataset.setting];
      if (v === undefined || v === null) continue;
      input.value = String(input.dataset.log ? Math.log2(v) : v);
      delete input.dataset.touched;
      showSlider(input);
    }
  }

  // Shows the uploaded file with numbered lines and the error under its line.
  function showListing(text, error) {
    const listing = $("upload-listing");
    listing.textContent = "";
    text.split("\n").forEach((line, k) => {
      const row = document.createElement("div");
      row.textContent = `${String(k + 1).padStart(3)}  ${line}`;
      listing.appendChild(row);
      if (error && error.line === k + 1) {
        row.className = "bad";
        row.dataset.field = error.field || "";
        const note = document.createElement("div");
        note.className = "bad-note";
        note.textContent = `${" ".repeat(Math.max(0, (error.column || 1) - 1))}^ ${error.field ? error.field + ": " : ""}${error.error}`;
        listing.appendChild(note);
        setTimeout(() => row.scrollIntoView({ block: "nearest" }), 0);
      }
    });
    listing.classList.remove("hidden");
  }

  async function upload() {
    clearErrors();
    const file = $("upload").files[0];
    if (!file) return;
    const text = await file.text();
    $("upload-status").textContent = `checking ${file.name} ...`;
    try {
      const response = await postJson("/api/scenarios/validate", { yaml: text });
      const verdict = await response.json();
      if (verdict.ok) {
        uploaded = text;
        $("upload-status").textContent = `${file.name}: ${verdict.name}, ${verdict.states.length} states, ${verdict.years} years - valid, in use`;
        $("use-shipped").classList.remove("hidden");
        $("states").value = String(Math.min(12, verdict.states.length));
        showSlider($("states"));
        showListing(text, null);
      } else {
        uploaded = null;
        $("upload-status").textContent = `${file.name}: not valid`;
        const e = verdict.error;
        $("upload-error").textContent = `${e.field ? e.field + " (line " + e.line + ", column " + e.column + "): " : ""}${e.error}`;
        showListing(text, e);
      }
    } catch (e) {
      showError(e.field ? e : Object.assign(e, { field: "yaml" }));
    }
  }

  const runState = { names: [], forces: [], burden: [], trust: [], borders: [], alliances: new Map(), wars: new Map(), atWar: [], years: 1, events: 0 };

  function pairKey(a, b) { return a < b ? `${a}-${b}` : `${b}-${a}`; }

  function redraw(year) {
    const opts = { };
    Charts.lines($("chart-forces"), runState.forces, runState.years, opts);
    Charts.lines($("chart-burden"), runState.burden, runState.years, { format: v => `${(100 * v).toFixed(1)}%` });
    Charts.lines($("chart-trust"), runState.trust, runState.years, { min: 0, max: 1 });
    Charts.network($("network"), runState.names.map(name => ({ name })), runState.borders,
      [...runState.alliances.values()], [...runState.wars.values()], runState.atWar);
    $("network-year").textContent = year ? `year ${year}` : "";
  }

  function addEvent(year, e) {
    const li = document.createElement("li");
    li.className = e.kind;
    li.textContent = `${year}: ${e.detail}`;
    $("events").appendChild(li);
    runState.events++;
    // The network follows the log: alliances and wars appear and disappear with their events.
    const [a, b] = e.states;
    if (e.kind === "alliance_formed" || e.kind === "guarantee_given") runState.alliances.set(pairKey(a, b), [a, b]);
    if (e.kind === "alliance_left") runState.alliances.delete(pairKey(a, b));
    if (e.kind === "war_start") runState.wars.set(pairKey(a, b), [a, b]);
  }

  function onLine(line) {
    if (line.type === "start") {
      runState.names = line.states.map(s => s.name);
      runState.forces = runState.names.map(() => []);
      runState.burden = runState.names.map(() => []);
      runState.trust = runState.names.map(() => []);
      runState.borders = line.borders;
      runState.alliances = new Map(line.alliances.map(([a, b]) => [pairKey(a, b), [a, b]]));
      runState.wars = new Map();
      runState.atWar = runState.names.map(() => false);
      runState.years = line.years;
      runState.events = 0;
      $("events").textContent = "";
      Charts.legend($("legend"), runState.names.map((n, i) => `${n} (${line.states[i].motive.replace("_", " ")})`));
      redraw(0);
    } else if (line.type === "year") {
      line.states.forEach((s, i) => {
        runState.forces[i].push(s.offense + s.defense);
        runState.burden[i].push(s.burden);
        runState.trust[i].push(s.trust);
        runState.atWar[i] = s.at_war;
      });
      for (const e of line.events) addEvent(line.year, e);
      // A war is drawn while both sides are still at war.
      for (const [k, [a, b]] of runState.wars) if (!runState.atWar[a] || !runState.atWar[b]) runState.wars.delete(k);
      $("event-count").textContent = `(${runState.events})`;
      $("run-status").textContent = `year ${line.year} of ${runState.years}`;
      redraw(line.year);
    } else if (line.type === "end") {
      const m = line.metrics;
      $("result").textContent = `wars: ${m.war_count}${m.war_occurred ? " (first in year " + m.first_war_year + ")" : ""}; tragic war: ${m.tragic_war ? "yes" : "no"}; ` +
        `mean burden ${(100 * m.mean_military_burden).toFixed(1)}%; final mean trust ${m.final_mean_trust.toFixed(2)}; spiral index ${m.spiral_index.toFixed(2)}`;
      $("run-status").textContent = "done";
      document.body.dataset.runDone = String(Number(document.body.dataset.runDone || 0) + 1);
    } else if (line.type === "error") {
      $("run-status").textContent = line.error;
    }
  }

  async function run() {
    clearErrors();
    $("run").disabled = true;
    $("run-status").textContent = "starting ...";
    // A diagnosis shown belongs to the previous run.
    $("diagnosis").textContent = "";
    $("diagnose-status").textContent = "";
    try {
      const response = await postJson("/api/runs", worldRequest());
      await readNdjson(response, onLine);
    } catch (e) {
      $("run-status").textContent = "";
      showError(e);
    } finally {
      $("run").disabled = false;
    }
  }

  async function sweep() {
    clearErrors();
    $("sweep").disabled = true;
    const body = worldRequest();
    body.years = Math.min(body.years, 30);
    body.grid = Number($("sweep-grid").value);
    body.replications = Number($("sweep-reps").value);
    let xs = [], ys = [], cells = {}, done = 0, total = 0;
    try {
      const response = await postJson("/api/sweeps", body);
      await readNdjson(response, line => {
        if (line.type === "start") {
          xs = line.balances; ys = line.distinguishabilities; total = xs.length * ys.length;
        } else if (line.type === "cell") {
          cells[`${line.balance},${line.distinguishability}`] = line.war_rate;
          done++;
          $("sweep-status").textContent = `${done} of ${total} cells`;
        } else if (line.type === "error") {
          $("sweep-status").textContent = line.error;
        }
        if (line.type !== "end") Charts.heatmap($("heatmap"), xs, ys, cells, { xTitle: "offense-defense balance (> 1 defense dominant)", yTitle: "distinguishability" });
      });
      if (done === total) $("sweep-status").textContent = `${total} cells, ${body.replications} runs each, ${body.years} years`;
    } catch (e) {
      $("sweep-status").textContent = "";
      showError(Object.assign(e, { field: "sweep" }));
    } finally {
      $("sweep").disabled = false;
    }
  }

  async function diagnose() {
    clearErrors();
    $("diagnose").disabled = true;
    $("diagnose-status").textContent = "replaying the world ...";
    $("diagnosis").textContent = "";
    try {
      const reading = await (await postJson("/api/diagnoses", worldRequest())).json();
      Literature.render($("diagnosis"), reading, "run");
      $("diagnose-status").textContent = `${reading.diagnosis.scenario}, seed ${reading.diagnosis.seed}`;
      document.body.dataset.diagnosed = String(Number(document.body.dataset.diagnosed || 0) + 1);
    } catch (e) {
      $("diagnose-status").textContent = "";
      showError(e.field ? e : Object.assign(e, { field: "diagnosis" }));
    } finally {
      $("diagnose").disabled = false;
    }
  }

  for (const input of sliders) {
    showSlider(input);
    input.addEventListener("input", () => { input.dataset.touched = "1"; showSlider(input); });
  }
  $("scenario").addEventListener("change", () => { uploaded = null; scenarioChanged(); });
  $("upload").addEventListener("change", upload);
  $("use-shipped").addEventListener("click", () => {
    uploaded = null; $("upload").value = ""; $("upload-status").textContent = ""; $("upload-listing").classList.add("hidden");
    $("use-shipped").classList.add("hidden"); clearErrors(); scenarioChanged();
  });
  $("run").addEventListener("click", run);
  $("sweep").addEventListener("click", sweep);
  $("diagnose").addEventListener("click", diagnose);
  Charts.heatmap($("heatmap"), [], [], {}, {});
  loadScenarios().catch(e => showError({ error: `could not list the scenarios: ${e.message || e.error}` }));
})();
