#!/usr/bin/env bash
# Regenerates docs/gallery.md and the figures in docs/gallery/ from shipped inputs only
# (scenarios/july-1914.yaml, sweeps/gallery.yaml, the strategy catalogue, docs/examples/richardson-1909-1913.csv),
# so the gallery shows what the current code draws. Run from the repository root:
#   bash docs/gallery.sh
# DILEMMA overrides the command (default: dotnet run --project src/SecurityDilemma.Cli --).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -z "${DILEMMA:-}" ]]; then
  dotnet build src/SecurityDilemma.Cli -v q -nologo >/dev/null
  DILEMMA="dotnet src/SecurityDilemma.Cli/bin/Debug/net10.0/linux-x64/dilemma.dll"
fi
dilemma() { $DILEMMA "$@"; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Everything is written to $work first and moved into docs/ at the end, so a failing command leaves the gallery as it was.
out="$work/figures"
page="$work/gallery.md"
mkdir -p "$out"

# Inputs, written by the commands the figures document.
dilemma run scenarios/july-1914.yaml --out "$work/run" > /dev/null
dilemma sweep sweeps/gallery.yaml --out "$work/gallery.duckdb" --quiet > /dev/null
dilemma tournament --strategies tft,alld,wsls,grudger,random,cooperator -r 20 --json --quiet > "$work/tournament.json"
dilemma tournament --strategies tft,alld,wsls,grudger,random,cooperator -r 20 --matches "$work/matches.csv" --quiet > /dev/null
for seed in 1 2 3 4 5 6 7 8 9 10; do
  dilemma tournament moran -p tft=4,alld=3,wsls=3 --seed "$seed" --json --quiet > "$work/moran-$seed.json"
done

# kind | arguments | caption
figures=(
  "run-forces|$work/run|Offensive and defensive forces of each state of july-1914 (seed 1914); wars shaded, crises marked."
  "run-series|$work/run --metric military_burden|Military burden of each state: any column of series.csv by name (--metric)."
  "run-trust|$work/run --state Germany|Germany's trust in each other state (without --state: one panel per observer)."
  "run-threat|$work/run|The threat each party perceived when a crisis began."
  "run-alliances|$work/run|Alliances and guarantees as a timeline."
  "run-band|$work/gallery.duckdb --metric offense --point 0|Mean and 95% band of offensive forces over the 20 replications of one sweep point (series: true)."
  "sweep-heatmap|$work/gallery.duckdb --metric war_occurred|War rate over offense-defense balance x distinguishability: Jervis's four worlds."
  "sweep-lines|$work/gallery.duckdb --metric mean_military_burden --group technology.distinguishability|Military burden over the balance, one line and 95% band per distinguishability."
  "sweep-facets|$work/gallery.duckdb --metric war_occurred --facet states.*.worst_case_bias|Small multiples: the war-rate heatmap for each worst-case bias."
  "tournament-scores|$work/matches.csv|Score boxplots in rank order (20 repetitions)."
  "tournament-payoffs|$work/tournament.json|Payoff matrix: row's mean payoff per turn against column."
  "tournament-wins|$work/tournament.json|Win counts: repetitions the row strategy won against the column."
  "moran|$work/moran-1.json|A Moran process: population over birth-death steps until fixation."
  "moran-fixation|$work/moran-*.json|Fixation probabilities over 10 Moran runs, with 95% Wilson intervals."
  "richardson-phase|docs/examples/richardson-1909-1913.csv --x entente --y alliance|Richardson's phase diagram fitted to 1909-1913: nullclines, equilibrium, fitted path and data."
)

{
  echo "# Gallery"
  echo
  echo "Every figure kind of \`dilemma plot\` (docs/plots.md), drawn from shipped inputs by \`bash docs/gallery.sh\` (which runs each command below on the inputs it makes first);"
  echo "the figures of \`richardson fit --plot\`, \`game --plot\` and \`fearon --plot\` follow. Regenerate after changing"
  echo "a plot, so this page stays true."
  echo
} > "$page"

for entry in "${figures[@]}"; do
  IFS='|' read -r kind args caption <<< "$entry"
  # shellcheck disable=SC2086 # the argument list is split on purpose (and the moran-*.json glob expanded)
  dilemma plot "$kind" $args --width 760 --height 480 --out "$out/$kind.png" > /dev/null
  printf '## %s\n\n%s\n\n```text\ndilemma plot %s %s --out %s.png\n```\n\n![%s](gallery/%s.png)\n\n' \
    "$kind" "$caption" "$kind" "${args//$work\//}" "$kind" "$kind" "$kind" >> "$page"
done

dilemma richardson fit docs/examples/richardson-1909-1913.csv --x entente --y alliance --plot "$out/richardson-fit.png" > /dev/null
dilemma game --payoffs 4,0,3,3 --plot "$out/game-best-response.png" > /dev/null
dilemma fearon --p 0.5 --cost-a 0.1 --cost-b 0.1 --plot "$out/fearon-range.png" > /dev/null
dilemma report "$work/run" --out "$work/report.html" --quiet > /dev/null
dilemma report "$work/gallery.duckdb" --out "$work/sweep.html" --quiet > /dev/null
dilemma report "$work/tournament.json" --out "$work/tournament.html" --quiet > /dev/null
dilemma report "$work"/moran-*.json --out "$work/moran.html" --quiet > /dev/null
kb() { echo $(( $(stat -c %s "$1") / 1024 )); }
{
  printf '## Formal models on their commands\n\n'
  printf '```text\ndilemma richardson fit docs/examples/richardson-1909-1913.csv --x entente --y alliance --plot richardson-fit.png\n```\n\n![richardson-fit](gallery/richardson-fit.png)\n\n'
  printf 'The Stag Hunt'"'"'s best-response diagram: two pure equilibria and a mixed one.\n\n'
  printf '```text\ndilemma game --payoffs 4,0,3,3 --plot game-best-response.png\n```\n\n![game-best-response](gallery/game-best-response.png)\n\n'
  printf '```text\ndilemma fearon --p 0.5 --cost-a 0.1 --cost-b 0.1 --plot fearon-range.png\n```\n\n![fearon-range](gallery/fearon-range.png)\n\n'
  printf '## HTML reports\n\n`dilemma report RUN_DIR --out report.html` puts the scenario, the summary, these run figures and the\n'
  printf 'event and crisis logs into one self-contained page (%s KB for this run). The same command takes the other\n' "$(kb "$work/report.html")"
  printf 'results (docs/plots.md): the sweep database above (estimates and heatmaps, %s KB), the tournament JSON\n' "$(kb "$work/sweep.html")"
  printf '(ranking, score boxplots, payoff and win heatmaps, %s KB) and the ten Moran files together (fixation\n' "$(kb "$work/tournament.html")"
  printf 'probabilities and the populations over time, %s KB):\n\n' "$(kb "$work/moran.html")"
  printf '```text\ndilemma report gallery.duckdb --out sweep.html\ndilemma report tournament.json --out tournament.html\ndilemma report moran-*.json --out moran.html\n```\n'
} >> "$page"
mkdir -p docs/gallery
rm -f docs/gallery/*.png
mv "$out"/*.png docs/gallery/
mv "$page" docs/gallery.md
echo "wrote docs/gallery.md and $(ls docs/gallery/*.png | wc -l) figures in docs/gallery"
