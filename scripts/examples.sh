#!/usr/bin/env bash
# Runs the examples against a real server: a fresh Houston sandbox (started here on a free
# loopback port in a temporary directory, stopped at the end even on failure) for the custom-
# operation crate (its own queries/, typed by houston-codegen from its build.rs) and the root
# package's library examples. The Airflow DAG trigger example runs inside scripts/airflow-test.sh,
# against the real Airflow. Each example's output must show what it did, or the run fails.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
work=$(mktemp -d)
pid=
cleanup() {
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

cargo build --quiet --bin houston
target=${CARGO_TARGET_DIR:-$root/target}
"$target/debug/houston" sandbox serve --listen 127.0.0.1:0 --data "$work/sb" >"$work/serve.txt" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
    grep -q "listening on" "$work/serve.txt" 2>/dev/null && break
    sleep 0.1
done
url=$(grep -o 'http://[^ ]*' "$work/serve.txt" | head -1)
[ -n "$url" ] || { echo "examples: the sandbox did not start:" >&2; cat "$work/serve.txt" >&2; exit 1; }
export HOUSTON_URL=$url
# A config file of its own, so a context on this machine cannot change what the examples see.
export HOUSTON_CONFIG=$work/config.toml
HOUSTON_TOKEN=$(cat "$work/sb/admin-token")
export HOUSTON_TOKEN

expect() { # expect NAME PATTERN FILE
    if ! grep -qE "$2" "$3"; then
        echo "FAIL: example $1 did not print /$2/:" >&2
        cat "$3" >&2
        exit 1
    fi
    echo "ok: example $1"
}

echo "== examples/custom-operation (its own queries/, houston-codegen in its build.rs)"
cargo run --quiet -p custom-operation >"$work/custom.txt"
cat "$work/custom.txt"
expect custom-operation '^[0-9]+ workspace\(s\)$' "$work/custom.txt"

echo "== examples/list_workspaces.rs"
cargo run --quiet --example list_workspaces >"$work/list.txt"
cat "$work/list.txt"
expect list_workspaces '^[0-9]+ workspace\(s\)$' "$work/list.txt"

echo "== examples/bulk_add_users.rs (20 users, 8 in flight)"
cargo run --quiet --example bulk_add_users >"$work/bulk.txt"
cat "$work/bulk.txt"
expect bulk_add_users '^added 20 user\(s\) to .*, 0 failed$' "$work/bulk.txt"
