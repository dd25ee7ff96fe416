#!/usr/bin/env bash
# Runs houston's Airflow integration tests (tests/integration/airflow_live.rs) against a REAL Airflow 3 and
# Airflow 2.11, installed from PyPI into venvs and started on 127.0.0.1 on free ports, with
# schedulers so triggered runs execute. Every process it starts is stopped at the end, even on
# failure. If Airflow cannot be installed or started, the run fails: it never skips.
#
#   scripts/airflow-test.sh                 # install (if needed), start, test, stop
#   scripts/airflow-test.sh -- my_test      # extra arguments go to the test binary
#   scripts/airflow-test.sh --shell         # start both, print the env, wait for Ctrl-C (dev)
#
# Knobs: AIRFLOW_CI_ROOT (venvs + uv cache, kept between runs; default /tmp/houston-airflow-ci),
# AIRFLOW3_VERSION (3.3.2), AIRFLOW2_VERSION (2.11.2), AIRFLOW_INSTALLER (uv, falls back to pip),
# KEEP_AIRFLOW_HOME=1 keeps the instance homes (logs) after the run.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
export AIRFLOW_CI_ROOT=${AIRFLOW_CI_ROOT:-/tmp/houston-airflow-ci}
# shellcheck source=scripts/airflow-recipe.sh
source "$here/airflow-recipe.sh"

fail() { echo "airflow-test: FAILED: $*" >&2; exit 1; }

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

mkdir -p "$AIRFLOW_CI_ROOT"
run=$(mktemp -d "$AIRFLOW_CI_ROOT/run.XXXXXX")
h3="$run/home3"
h2="$run/home2"

cleanup() {
    local rc=$?
    stop_airflow3 "$h3" || true
    stop_airflow2 "$h2" || true
    if [ "$rc" != 0 ] || [ "${KEEP_AIRFLOW_HOME:-0}" = 1 ]; then
        echo "airflow-test: instance homes and logs kept in $run" >&2
    else
        rm -rf "$run"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

export AIRFLOW_WITH_SCHEDULER=1
# the tests' own DAGs (the recipe's two example DAGs plus one that fails)
export AIRFLOW_DAGS_SRC="$repo/tests/airflow_dags"
# the experimental API is tested on Airflow 2 (the only one of the two that still has it)
export AIRFLOW2_EXPERIMENTAL_API=True

p3=$(free_port)
start_airflow3 "$p3" "$h3" > /dev/null ||
    fail "could not install or start Airflow $AIRFLOW3_VERSION (logs: $h3/logs)"
p2=$(free_port)
start_airflow2 "$p2" "$h2" > /dev/null ||
    fail "could not install or start Airflow $AIRFLOW2_VERSION (logs: $h2/logs)"

export AIRFLOW3_BASE_URL AIRFLOW3_USERNAME AIRFLOW3_PASSWORD AIRFLOW2_BASE_URL AIRFLOW2_USERNAME AIRFLOW2_PASSWORD
export AIRFLOW3_VERSION AIRFLOW2_VERSION

if [ "${1:-}" = --shell ]; then
    cat "$h3/connection.env" "$h2/connection.env"
    echo "airflow-test: both running; Ctrl-C stops them" >&2
    while true; do sleep 3600; done
fi
[ "${1:-}" = -- ] && shift

cd "$repo"
cargo test --test integration airflow_live:: -- --ignored --test-threads=1 "$@"

# The library example, against both: it must print the run it created.
for v in 3 2; do
    url_var="AIRFLOW${v}_BASE_URL" user_var="AIRFLOW${v}_USERNAME" pass_var="AIRFLOW${v}_PASSWORD"
    out=$(AIRFLOW_URL=${!url_var} AIRFLOW_USERNAME=${!user_var} AIRFLOW_PASSWORD=${!pass_var} \
        cargo run --quiet --example airflow_trigger -- example_rest_client)
    echo "$out"
    echo "$out" | grep -q '^triggered example_rest_client run ' \
        || fail "examples/airflow_trigger.rs on Airflow $v printed: $out"
done
