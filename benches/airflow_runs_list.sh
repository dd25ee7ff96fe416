#!/usr/bin/env bash
# Benchmark: list every DAG run of one DAG on a real Airflow 3 as JSON, houston vs the official
# Python client (apache-airflow-client), in one run against the same server and the same runs.
#
#   benches/airflow_runs_list.sh            # 2,000 runs, 7 rounds each
#   RUNS=5000 ROUNDS=3 benches/airflow_runs_list.sh
#
# What it does: starts Airflow 3 (API server only: runs stay queued, nothing else writes to the
# DB while timing) on a free port, creates $RUNS runs through the REST API, installs
# apache-airflow-client into its own venv, then times both clients end to end (process start,
# log in, every page of 100, JSON to stdout) with /usr/bin/time -v, alternating, and prints
# wall time and peak RSS (median of $ROUNDS). houston runs twice per round: with its default
# --page-concurrency (4) and with 1 (strictly one page after another, like the Python loop).
# Everything it starts is stopped at the end.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
export AIRFLOW_CI_ROOT=${AIRFLOW_CI_ROOT:-/tmp/houston-airflow-ci}
RUNS=${RUNS:-2000}
ROUNDS=${ROUNDS:-7}
CLIENT_VERSION=${AIRFLOW_CLIENT_VERSION:-3.3.2}
# shellcheck source=scripts/airflow-recipe.sh
source "$repo/scripts/airflow-recipe.sh"

fail() { echo "bench: FAILED: $*" >&2; exit 1; }
[ -x /usr/bin/time ] || fail "/usr/bin/time (GNU time) is needed for peak memory"

work=$(mktemp -d "$AIRFLOW_CI_ROOT/bench.XXXXXX")
home="$work/home3"
cleanup() {
    local rc=$?
    stop_airflow3 "$home" || true
    [ "$rc" = 0 ] && rm -rf "$work" || echo "bench: logs kept in $work" >&2
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "== building houston (release)" >&2
(cd "$repo" && cargo build --release --quiet --bin houston) || fail "cargo build --release"
houston="$repo/target/release/houston"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
AIRFLOW_WITH_SCHEDULER=0 start_airflow3 "$port" "$home" > /dev/null || fail "could not start Airflow 3"
base="http://127.0.0.1:$port"
venv3="$AIRFLOW_CI_ROOT/venv-airflow-$AIRFLOW3_VERSION"

echo "== installing apache-airflow-client==$CLIENT_VERSION" >&2
cvenv="$AIRFLOW_CI_ROOT/venv-airflow-client-$CLIENT_VERSION"
if [ ! -f "$cvenv/.installed" ]; then
    rm -rf "$cvenv"
    uv=$(_af_uv) || uv=""
    if [ -n "$uv" ] && { [ -n "${SSL_CERT_FILE:-}" ] || export SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt; } &&
        "$uv" venv -q --python "$(command -v python3)" "$cvenv" &&
        VIRTUAL_ENV="$cvenv" UV_CACHE_DIR="$AIRFLOW_CI_ROOT/uv-cache" "$uv" pip install -q --compile-bytecode \
            "apache-airflow-client==$CLIENT_VERSION"; then :
    else
        rm -rf "$cvenv"
        python3 -m venv "$cvenv" && "$cvenv/bin/pip" install -q "apache-airflow-client==$CLIENT_VERSION" ||
            fail "could not install apache-airflow-client"
    fi
    touch "$cvenv/.installed"
fi

echo "== creating $RUNS DAG runs of example_rest_client" >&2
t0=$SECONDS
"$venv3/bin/python" - "$base" "$RUNS" <<'PY' || fail "creating runs"
import datetime, sys, httpx
base, n = sys.argv[1], int(sys.argv[2])
with httpx.Client(base_url=base, timeout=60) as c:
    token = c.post("/auth/token", json={"username": "admin", "password": "admin"}).json()["access_token"]
    c.headers["Authorization"] = f"Bearer {token}"
    c.patch("/api/v2/dags/example_rest_client", json={"is_paused": True}).raise_for_status()
    start = datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc)
    for i in range(n):
        date = (start + datetime.timedelta(hours=i)).isoformat()
        r = c.post("/api/v2/dags/example_rest_client/dagRuns",
                   json={"dag_run_id": f"bench_{i:05d}", "logical_date": date,
                         "conf": {"i": i, "source": "bench"}, "note": f"run {i}"})
        r.raise_for_status()
    total = c.get("/api/v2/dags/example_rest_client/dagRuns", params={"limit": 1}).json()["total_entries"]
    print(f"{total} runs", file=sys.stderr)
PY
echo "   created in $((SECONDS - t0)) s" >&2

cat > "$work/list_runs.py" <<'PY'
"""The same listing with the official client: log in, every page of 100, JSON to stdout."""
import json, os, sys, urllib.request
import airflow_client.client as af
from airflow_client.client.api.dag_run_api import DagRunApi

base = os.environ["AIRFLOW_URL"]
req = urllib.request.Request(f"{base}/auth/token", method="POST",
    data=json.dumps({"username": os.environ["AIRFLOW_USERNAME"],
                     "password": os.environ["AIRFLOW_PASSWORD"]}).encode(),
    headers={"Content-Type": "application/json"})
token = json.load(urllib.request.urlopen(req))["access_token"]
conf = af.Configuration(host=base, access_token=token)
with af.ApiClient(conf) as client:
    api = DagRunApi(client)
    runs, offset = [], 0
    while True:
        page = api.get_dag_runs(sys.argv[1], limit=100, offset=offset)
        runs.extend(page.dag_runs)
        offset += len(page.dag_runs)
        if not page.dag_runs or offset >= page.total_entries:
            break
json.dump([r.to_dict() for r in runs], sys.stdout, default=str)
sys.stdout.write("\n")
PY

export AIRFLOW_URL=$base AIRFLOW_USERNAME=admin AIRFLOW_PASSWORD=admin HOUSTON_CONFIG="$work/none.toml"
measure() {  # name outfile cmd... -> appends "wall_s rss_kb" to $work/<name>.txt
    local name=$1 out=$2; shift 2
    /usr/bin/time -f '%e %M' -o "$work/$name.one" "$@" > "$out" || fail "$name exited non-zero"
    cat "$work/$name.one" >> "$work/$name.txt"
}

# correctness first: both list every run
measure houston "$work/houston.json" "$houston" airflow runs list example_rest_client --output json
measure python "$work/python.json" "$cvenv/bin/python" "$work/list_runs.py" example_rest_client
python3 - "$work/houston.json" "$work/python.json" "$RUNS" <<'PY' || fail "the two listings differ"
import json, sys
h, p, n = (json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), int(sys.argv[3]))
hid, pid = sorted(r["dag_run_id"] for r in h), sorted(r["dag_run_id"] for r in p)
assert len(hid) >= n and hid == pid, (len(hid), len(pid))
print(f"   both listed {len(hid)} runs, the same ids", file=sys.stderr)
PY
: > "$work/houston.txt"; : > "$work/python.txt"; : > "$work/houston_seq.txt"

echo "== timing, $ROUNDS rounds each, alternating" >&2
for ((r = 0; r < ROUNDS; r++)); do
    measure houston /dev/null "$houston" airflow runs list example_rest_client --output json
    measure python /dev/null "$cvenv/bin/python" "$work/list_runs.py" example_rest_client
    measure houston_seq /dev/null "$houston" airflow runs list example_rest_client --output json --page-concurrency 1
done

python3 - "$work" "$RUNS" "$ROUNDS" "$CLIENT_VERSION" "$AIRFLOW3_VERSION" <<'PY'
import statistics, sys
work, runs, rounds, cv, av = sys.argv[1:6]
def load(name):
    rows = [tuple(map(float, l.split())) for l in open(f"{work}/{name}.txt") if l.strip()]
    return statistics.median(r[0] for r in rows), statistics.median(r[1] for r in rows) / 1024, rows
hw, hm, hr = load("houston"); pw, pm, pr = load("python"); sw, sm, sr = load("houston_seq")
print(f"\nairflow runs list: {runs} DAG runs on Airflow {av}, median of {rounds} (wall s / peak RSS MiB)")
print(f"  {'client':<34}{'wall':>8}{'peak RSS':>12}   all rounds (s)")
print(f"  {'houston airflow runs list -o json':<34}{hw:>7.2f}s{hm:>9.1f} MiB   {' '.join(f'{r[0]:.2f}' for r in hr)}")
print(f"  {'  same, --page-concurrency 1':<34}{sw:>7.2f}s{sm:>9.1f} MiB   {' '.join(f'{r[0]:.2f}' for r in sr)}")
print(f"  {'apache-airflow-client ' + cv:<34}{pw:>7.2f}s{pm:>9.1f} MiB   {' '.join(f'{r[0]:.2f}' for r in pr)}")
print(f"  houston is {pw / hw:.1f}x faster ({pw / sw:.1f}x one page at a time) and uses {hm / pm:.2f}x the memory (target: >= 3x, <= 0.25x)")
PY
