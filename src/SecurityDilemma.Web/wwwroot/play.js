// Classroom play: a teacher opens a room, students join and each leads a state; solo mode plays against engine states.
"use strict";

(() => {
  const $ = id => document.getElementById(id);
  const show = (id, on) => $(id).classList.toggle("hidden", !on);
  const room = { code: null, teacher: null, player: null, year: -1, timer: null, debriefShown: false };
  const pct = v => `${(100 * v).toFixed(1)}%`;

  function error(id, e) { $(id).textContent = e.error ? e.error + (e.expected ? `\nexpected: ${e.expected}` : "") : String(e); }

  function row(tbody, cells) {
    const tr = document.createElement("tr");
    for (const c of cells) {
      const td = document.createElement("td");
      td.textContent = c;
      tr.appendChild(td);
    }
    tbody.appendChild(tr);
    return tr;
  }

  async function loadScenarios() {
    const list = await (await fetch("/api/scenarios")).json();
    for (const select of document.querySelectorAll("select.scenarios")) {
      for (const s of list) {
        const o = document.createElement("option");
        o.value = s.name;
        o.textContent = `${s.name} (${s.states} states)`;
        select.appendChild(o);
      }
      select.value = list.some(s => s.name === "multipolar") ? "multipolar" : list[0].name;
    }
  }

  function poll(fn) {
    clearInterval(room.timer);
    const tick = () => fn().catch(e => { $("t-room-error").textContent = e.error || String(e); });
    tick();
    room.timer = setInterval(tick, 700);
  }

  // ---- teacher ----
  async function openRoom() {
    $("t-error").textContent = "";
    try {
      const r = await (await postJson("/api/rooms", { scenario: $("t-scenario").value, years: Number($("t-years").value), turn_seconds: Number($("t-turn").value) })).json();
      room.code = r.code;
      room.teacher = r.teacher_token;
      $("t-code").textContent = r.code;
      show("choose", false);
      show("teacher", true);
      poll(teacherTick);
    } catch (e) { error("t-error", e); }
  }

  async function teacherTick() {
    const r = await (await fetch(`/api/rooms/${room.code}?token=${room.teacher}`)).json();
    $("t-phase").textContent = r.phase;
    $("t-players").textContent = "";
    for (const p of r.players) row($("t-players"), [p.name, p.state, r.phase === "playing" ? (p.submitted ? "yes" : "not yet") : ""]);
    $("t-year").textContent = r.phase === "playing" ? `Year ${r.year + 1} of ${r.years} is open: ${r.deadline_seconds} s left.` :
      r.phase === "finished" ? `All ${r.years} years played.` : `${r.players.length} student(s) in the lobby.`;
    show("t-start", r.phase === "lobby");
    show("t-advance", r.phase === "playing");
    show("t-debrief", r.phase === "finished");
    document.body.dataset.phase = r.phase;
  }

  async function teacherAction(path) {
    $("t-room-error").textContent = "";
    try { await postJson(`/api/rooms/${room.code}/${path}`, { token: room.teacher }); await teacherTick(); } catch (e) { error("t-room-error", e); }
  }

  // ---- student ----
  async function join(code, name, errorId) {
    const r = await (await postJson(`/api/rooms/${encodeURIComponent(code)}/join`, { name })).json();
    room.code = code.toUpperCase();
    room.player = r.token;
    $("p-name").textContent = name;
    $("p-state").textContent = r.state;
    show("choose", false);
    show("student", true);
    poll(studentTick);
    return r;
  }

  function fillSelect(select, names, none) {
    const keep = select.value;
    select.textContent = "";
    const o = document.createElement("option");
    o.value = ""; o.textContent = none;
    select.appendChild(o);
    for (const n of names) {
      const x = document.createElement("option");
      x.value = n; x.textContent = n;
      select.appendChild(x);
    }
    select.value = names.includes(keep) ? keep : "";
  }

  async function studentTick() {
    const v = await (await fetch(`/api/rooms/${room.code}?token=${room.player}`)).json();
    document.body.dataset.phase = v.phase;
    document.body.dataset.year = String(v.year);
    if (v.phase === "finished") {
      clearInterval(room.timer);
      await debrief();
      return;
    }
    $("p-year").textContent = v.phase === "lobby" ? "(waiting for the teacher to start)" : `year ${v.year + 1} of ${v.years}`;
    show("p-form", v.phase === "playing");
    $("p-deadline").textContent = v.phase === "playing" ? `(${v.deadline_seconds} s left)` : "";
    $("p-wait").textContent = v.submitted ? "Your choices are in; the year resolves when everyone has chosen or time is up." : "";
    $("d-submit").disabled = v.submitted;
    if (!v.own) return;
    $("p-own").textContent = "";
    row($("p-own"), ["Resources", v.own.resources.toFixed(1)]);
    row($("p-own"), ["Offense / defense", `${v.own.offense.toFixed(1)} / ${v.own.defense.toFixed(1)}`]);
    row($("p-own"), ["Spending last year", pct(v.own.burden)]);
    row($("p-own"), ["Threat you perceive", v.own.threat.toFixed(2)]);
    row($("p-own"), ["At war", v.own.at_war ? "yes" : "no"]);
    $("p-neighbours").textContent = "";
    for (const n of v.neighbours) row($("p-neighbours"), [n.name, n.offense.toFixed(1), n.defense.toFixed(1), n.trust.toFixed(2), (n.allied ? "ally " : "") + (n.at_war ? "at war" : "")]);
    if (v.year !== room.year) {
      // A new year: the form starts from last year's choices.
      room.year = v.year;
      $("d-burden").value = String(v.own.burden);
      $("d-offense").value = String(v.own.offense_share);
      $("d-burden").max = String(v.max_burden);
      $("d-signal").checked = false;
      $("d-leave").checked = false;
      fillSelect($("d-attack"), v.neighbours.filter(n => !n.allied).map(n => n.name), "nobody");
      fillSelect($("d-ally"), v.neighbours.filter(n => !n.allied).map(n => n.name), "nobody");
      $("d-attack").value = ""; $("d-ally").value = "";
      showOutputs();
      const years = Math.max(v.years, 1);
      Charts.lines($("p-chart"), [v.history.map(h => h.military_burden), v.history.map(h => h.threat)], years, { min: 0, max: 1 });
      Charts.legend($("p-legend"), ["burden", "perceived threat"]);
      $("p-log").textContent = "";
      for (const e of v.log) {
        const li = document.createElement("li");
        li.className = e.kind;
        li.textContent = `${e.year}: ${e.detail}`;
        $("p-log").appendChild(li);
      }
    }
  }

  function showOutputs() {
    $("d-burden-out").textContent = pct(Number($("d-burden").value));
    $("d-offense-out").textContent = pct(Number($("d-offense").value));
  }

  async function submit() {
    $("d-error").textContent = "";
    const body = {
      token: room.player,
      burden: Number($("d-burden").value),
      offense_share: Number($("d-offense").value),
      posture: $("d-posture").value,
      signal_restraint: $("d-signal").checked,
      leave_alliances: $("d-leave").checked,
    };
    if ($("d-attack").value) body.attack = $("d-attack").value;
    if ($("d-ally").value) body.seek_ally = $("d-ally").value;
    try { await postJson(`/api/rooms/${room.code}/decisions`, body); await studentTick(); } catch (e) { error("d-error", e); }
  }

  // ---- debrief ----
  async function debrief() {
    if (room.debriefShown) return;
    room.debriefShown = true;
    const d = await (await fetch(`/api/rooms/${room.code}/debrief`)).json();
    show("student", false);
    show("teacher", false);
    show("debrief", true);
    $("b-scenario").textContent = `${d.scenario}, ${d.years} years`;
    $("b-reading").textContent = "";
    for (const line of d.reading) { const li = document.createElement("li"); li.textContent = line; $("b-reading").appendChild(li); }
    const ledBy = {};
    for (const p of d.players) ledBy[p.state] = p.name;
    $("b-motives").textContent = "";
    for (const [state, motive] of Object.entries(d.motives)) row($("b-motives"), [state, motive.replace("_", " "), ledBy[state] || "engine"]);
    $("b-wars").textContent = "";
    for (const w of d.wars) {
      const li = document.createElement("li");
      li.textContent = `year ${w.start}${w.end ? "-" + w.end : ""}: ${w.sides[0].join(", ")} against ${w.sides[1].join(", ")}${w.winner ? ", won by " + w.winner : ""}`;
      $("b-wars").appendChild(li);
    }
    if (d.wars.length === 0) $("b-wars").textContent = "none";
    $("b-players").textContent = "";
    for (const p of d.players) {
      const h = document.createElement("h2");
      h.textContent = `How the others read ${p.name} (${p.state}): their trust in ${p.state}, year by year`;
      $("b-players").appendChild(h);
      const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
      svg.classList.add("trust-in-player");
      $("b-players").appendChild(svg);
      const names = Object.keys(p.trust_in_player);
      Charts.lines(svg, names.map(n => p.trust_in_player[n]), d.years, { min: 0, max: 1 });
      const legend = document.createElement("div");
      legend.className = "legend";
      $("b-players").appendChild(legend);
      Charts.legend(legend, names.map(n => `${n} (${d.motives[n].replace("_", " ")})`));
    }
    Literature.render($("b-literature"), d, "game");
    document.body.dataset.debrief = "shown";
  }

  // ---- solo ----
  async function solo() {
    $("solo-error").textContent = "";
    try {
      const r = await (await postJson("/api/rooms", { scenario: $("solo-scenario").value, years: Number($("solo-years").value), turn_seconds: 600 })).json();
      room.teacher = r.teacher_token;
      await join(r.code, "you", "solo-error");
      await postJson(`/api/rooms/${r.code}/start`, { token: r.teacher_token });
    } catch (e) { error("solo-error", e); }
  }

  $("t-open").addEventListener("click", openRoom);
  $("t-start").addEventListener("click", () => teacherAction("start"));
  $("t-advance").addEventListener("click", () => teacherAction("advance"));
  $("t-debrief").addEventListener("click", () => { clearInterval(room.timer); debrief().catch(e => error("t-room-error", e)); });
  $("s-join").addEventListener("click", () => {
    $("s-error").textContent = "";
    join($("s-code").value.trim(), $("s-name").value.trim(), "s-error").catch(e => error("s-error", e));
  });
  $("solo-start").addEventListener("click", solo);
  $("d-submit").addEventListener("click", submit);
  $("d-burden").addEventListener("input", showOutputs);
  $("d-offense").addEventListener("input", showOutputs);
  loadScenarios().catch(e => error("t-error", e));
})();
