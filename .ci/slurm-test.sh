#!/usr/bin/env bash
# Slurm end-to-end test (issue 5): on a real single-node Slurm started here by hand (no systemd),
# `dilemma sweep FILE --slurm 4` writes a job array (one task per shard) and a dependent merge job;
# we submit them with sbatch, wait, and compare the merged database with a single-process sweep of
# the same file, row by row (CSV export) and through `dilemma summarize --json`.
# Needs root (it installs slurm-wlm and munge with apt-get when missing and starts the daemons).
# Prints "slurm-test: PASS" or "slurm-test: FAIL: reason" and exits non-zero on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work=$(mktemp -d /tmp/dilemma-slurm-test.XXXXXX)
chmod 755 "$work"
started_munge=""
conf=/etc/slurm/slurm.conf
conf_backup=""

fail() { echo "slurm-test: FAIL: $*"; exit 1; }

cleanup() {
  status=$?
  if command -v scontrol >/dev/null 2>&1 && [ -f "$work/slurm.started" ]; then
    scontrol shutdown >/dev/null 2>&1 || true
    for _ in $(seq 1 20); do
      { [ -f "$work/slurmctld.pid" ] && kill -0 "$(cat "$work/slurmctld.pid")" 2>/dev/null; } || \
      { [ -f "$work/slurmd.pid" ] && kill -0 "$(cat "$work/slurmd.pid")" 2>/dev/null; } || break
      sleep 0.5
    done
  fi
  if [ -n "$started_munge" ] && [ -f /run/munge/munged.pid ]; then
    kill "$(cat /run/munge/munged.pid)" 2>/dev/null || true
  fi
  if [ -n "$conf_backup" ]; then mv -f "$conf_backup" "$conf"; elif [ -f "$work/slurm.started" ]; then rm -f "$conf"; fi
  if [ "$status" -ne 0 ]; then
    echo "-- logs kept in $work"
    for f in "$work"/slurmctld.log "$work"/slurmd.log "$work"/merged.slurm/logs/*.log; do
      [ -f "$f" ] && { echo "--- $f"; tail -n 20 "$f"; }
    done
  else
    rm -rf "$work"
  fi
  exit "$status"
}
trap cleanup EXIT

[ "$(id -u)" -eq 0 ] || fail "must run as root (starts munge and slurm daemons)"

if ! command -v sbatch >/dev/null || ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v munged >/dev/null; then
  echo "== installing slurm-wlm and munge"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge >/dev/null
fi

echo "== munge"
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
  [ -f /etc/munge/munge.key ] || { mungekey --create >/dev/null 2>&1 || dd if=/dev/urandom of=/etc/munge/munge.key bs=1 count=1024 2>/dev/null; }
  chown munge:munge /etc/munge/munge.key && chmod 400 /etc/munge/munge.key
  mkdir -p /run/munge /var/lib/munge /var/log/munge && chown munge:munge /run/munge /var/lib/munge /var/log/munge
  runuser -u munge -- /usr/sbin/munged
  started_munge=1
  munge -n | unmunge >/dev/null || fail "munge does not work"
fi

echo "== slurm (single node, as root)"
scontrol ping >/dev/null 2>&1 && fail "a slurmctld is already running here; stop it first"
host=$(hostname -s)
node=$(slurmd -C | head -n 1)
mkdir -p /etc/slurm "$work/spool/ctld" "$work/spool/d"
if [ -f "$conf" ]; then conf_backup="$work/slurm.conf.orig"; cp -p "$conf" "$conf_backup"; fi
cat > "$conf" <<CONF
ClusterName=dilemmaci
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/none
SchedulerType=sched/backfill
MpiDefault=none
ReturnToService=2
MinJobAge=600
StateSaveLocation=$work/spool/ctld
SlurmdSpoolDir=$work/spool/d
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
$node State=UNKNOWN
PartitionName=ci Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
touch "$work/slurm.started"
slurmctld -i
slurmd
for i in $(seq 1 60); do
  state=$(sinfo -h -N -o '%t' 2>/dev/null | head -n 1 || true)
  case "$state" in idle|mix|alloc) break ;; esac
  [ "$i" -eq 60 ] && fail "slurm node did not come up (state '$state')"
  sleep 1
done
echo "node $host is $state"

echo "== build dilemma"
dotnet build src/SecurityDilemma.Cli -c Release -o "$work/tool" -v quiet -nologo >/dev/null || fail "build failed"
dilemma=(dotnet "$work/tool/dilemma.dll")

cat > "$work/sweep.yaml" <<SWEEP
name: slurm-test
base: $repo/scenarios/spiral.yaml
seed: 4242
replications: 30
parameters:
  technology.offense_defense_balance: [0.5, 1.0, 2.0]
  technology.distinguishability: [0.2, 0.8]
set:
  years: 50
series: true
SWEEP

echo "== write and submit the array script (4 shards + merge)"
"${dilemma[@]}" sweep "$work/sweep.yaml" --slurm 4 --out "$work/merged.duckdb" || fail "dilemma sweep --slurm failed"
grep -q -- '--array=0-3' "$work/merged.slurm/shards.sbatch" || fail "array script lacks --array=0-3"
(cd "$work" && bash "$work/merged.slurm/submit.sh") || fail "sbatch submission failed"
read -r array merge < "$work/merged.slurm/jobs"

echo "== wait for jobs $array (array) and $merge (merge)"
deadline=$((SECONDS + 600))
while squeue -h -j "$array,$merge" 2>/dev/null | grep -q .; do
  [ $SECONDS -gt $deadline ] && { squeue; fail "jobs did not finish within 600 s"; }
  sleep 2
done
for job in $array $merge; do
  scontrol show job "$job" 2>/dev/null | grep -o 'JobState=[A-Z_]*' | sort -u | while read -r s; do
    [ "$s" = "JobState=COMPLETED" ] || { echo "job $job: $s"; }
  done
done
[ -f "$work/merged.duckdb" ] || fail "the merge job wrote no database (see $work/merged.slurm/logs)"
for k in 0 1 2 3; do [ -f "$work/merged.slurm/shard-$k.duckdb" ] || fail "shard $k database missing"; done
cat "$work/merged.slurm/logs/merge.log"

echo "== single-process sweep for comparison"
"${dilemma[@]}" sweep "$work/sweep.yaml" --out "$work/single.duckdb" --export csv "$work/single-csv" >/dev/null 2>&1 || fail "single-process sweep failed"
"${dilemma[@]}" summarize "$work/merged.duckdb" --export csv "$work/merged-csv" > /dev/null 2>&1 || fail "summarize of the merged database failed"

"${dilemma[@]}" summarize "$work/single.duckdb" --json > "$work/single.json"
"${dilemma[@]}" summarize "$work/merged.duckdb" --json > "$work/merged.json"
runs=$(($(wc -l < "$work/merged-csv/runs.csv") - 1))
[ "$runs" -eq 180 ] || fail "merged database has $runs runs, expected 180"
cmp -s "$work/single-csv/runs.csv" "$work/merged-csv/runs.csv" || { diff "$work/single-csv/runs.csv" "$work/merged-csv/runs.csv" | head; fail "runs differ between the Slurm merge and the single-process sweep"; }
cmp -s "$work/single-csv/series.csv" "$work/merged-csv/series.csv" || fail "series differ between the Slurm merge and the single-process sweep"
cmp -s "$work/single.json" "$work/merged.json" || { diff "$work/single.json" "$work/merged.json" | head; fail "summaries differ"; }
echo "slurm-test: PASS (4 array tasks + afterok merge = single-process sweep: $runs runs, $(($(wc -l < "$work/merged-csv/series.csv") - 1)) series rows identical)"
