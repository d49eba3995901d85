// The literature's reading of a world (a classroom game or an explorer run): its diagnosis against the twelve aspects
// on which Butterfield, Herz and Jervis differ, and the same world read through every theory lens.
"use strict";

const Literature = (() => {
  const pct = v => `${(100 * v).toFixed(1)}%`;
  const fixed = d => v => v.toFixed(d);
  // An estimate's value with its interval; a value that cannot be computed (nothing to estimate, e.g. no war) arrives as null.
  const num = v => typeof v === "number" && Number.isFinite(v);
  const est = (e, f) => !num(e.value) ? "n/a" : num(e.lower) ? `${f(e.value)} [${f(e.lower)}, ${f(e.upper)}]` : f(e.value);
  const cap = s => s[0].toUpperCase() + s.slice(1);
  const words = s => s.replaceAll("_", " ");

  function add(parent, tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (className) e.className = className;
    parent.appendChild(e);
    return e;
  }

  function table(parent, className, headers) {
    const t = add(parent, "table", undefined, className);
    const tr = add(add(t, "thead"), "tr");
    for (const h of headers) add(tr, "th", h);
    return add(t, "tbody");
  }

  // root: an element to fill; r: {note, diagnosis, lenses} as the API gives them; what: "game" or "run".
  function render(root, r, what) {
    root.textContent = "";
    const g = r.diagnosis;
    add(root, "h2", `Diagnosis: whose security dilemma was this ${what}?`, "spaced");
    add(root, "p", "The twelve aspects on which Butterfield, Herz and Jervis differ (docs/diagnosis.md), decided from the evidence; " +
      "a tick marks a scholar whose position the evidence bears out. Hover a scholar's cell for the position.", "muted");
    const aspects = table(root, "aspects", ["#", "Aspect and evidence", `The ${what} says`, "Butterfield", "Herz", "Jervis"]);
    g.aspects.forEach((a, i) => {
      const tr = add(aspects, "tr");
      add(tr, "td", String(i + 1));
      const cell = add(tr, "td");
      add(cell, "b", a.aspect);
      add(cell, "div", a.evidence, "muted evidence");
      add(tr, "td", words(a.verdict), "verdict");
      for (const scholar of ["butterfield", "herz", "jervis"]) {
        const p = a[scholar];
        const fits = a.fits.includes(scholar);
        const td = add(tr, "td", (p.verdict ? words(p.verdict) : "no position") + (fits ? " \u2713" : ""), fits ? "fits" : "");
        td.title = p.position;
      }
    });
    add(root, "p", `Fit: ${g.fit.map(f => `${cap(f.scholar)} ${f.matches} of ${f.compared}`).join(", ")}. ` +
      (g.best_fit.length ? `This ${what} reads best as ${g.best_fit.map(cap).join(" and ")}'s security dilemma.` : "No aspect was decided."), "fit");
    const s = g.stage_games;
    add(root, "p", s.dyad_years === 0 ? "Stage games: no peacetime dyad-year to judge." :
      `Stage games: in ${s.dyad_years} peacetime dyad-years the states' arming matched the one-shot best reply in ${est(s.match_rate, pct)}; ` +
      `they armed against the prediction ${s.armed_against_prediction} times and restrained against it ${s.restrained_against_prediction} times.`, "muted stage");
    add(root, "p", r.note, "muted note");

    add(root, "h2", "A lens-by-lens reading", "spaced");
    add(root, "p", `The same world as each school of thought reads it (lenses/), run with the engine leading every state, set beside the ${what}; ` +
      "the highlighted row is the reading nearest to it. Hover a row for what the lens assumes.", "muted");
    const lenses = table(root, "lenses", ["Lens", "Wars per run (95% CI)", "War in", "Final mean trust", "Mean burden"]);
    for (const o of r.lenses.outcomes) {
      const tr = add(lenses, "tr", undefined, o.lens === r.lenses.nearest ? "nearest" : "");
      for (const c of [o.lens === "none" ? "none (as given)" : o.lens, est(o.wars_per_run, fixed(2)), est(o.war_rate, pct),
        est(o.final_mean_trust, fixed(2)), est(o.mean_military_burden, pct)]) add(tr, "td", c);
      tr.title = o.assumes || o.title;
    }
    const lines = add(root, "ul", undefined, "reading lens-reading");
    for (const line of r.lenses.lines) add(lines, "li", line);
  }

  return { render };
})();
