#!/usr/bin/env bash
# Bulk add benchmark (issue 8): `houston workspace user add --from-file` against a shell loop
# calling curl once per user with the same `workspaceAddUser` mutation, in ONE run, on ONE
# sandbox (release build, loopback, its store on this machine's disk).
#
#   benches/bulk_add.sh            # 1,000 users per run; houston at --concurrency 8 (default), 16, 32
#   ROWS=200 benches/bulk_add.sh   # a quicker run
#   HOUSTON_BIN=target/debug/houston benches/bulk_add.sh   # skip the release build (numbers are then not comparable)
#
# Every run adds ROWS new users (fresh e-mails) to its own fresh workspace, so each starts from
# the same state (workspaceAddUser answers with the workspace's whole member list, which grows
# with every row). Afterwards each workspace's member count is checked: every row really added.
# Prints wall time and rows/s side by side; asserts nothing (targets: houston >= 10x the curl
# loop and >= 500 rows/s).
set -euo pipefail

ROWS=${ROWS:-1000}
CONCURRENCY=${CONCURRENCY:-"8 16 32"}
cd "$(dirname "$0")/.."
if [[ -z "${HOUSTON_BIN:-}" ]]; then
    cargo build --release --bin houston --quiet
    HOUSTON_BIN=target/release/houston
fi
BIN=$(realpath "$HOUSTON_BIN")
command -v curl >/dev/null || { echo "bulk_add.sh needs curl" >&2; exit 2; }

TMP=$(mktemp -d)
SERVER=""
cleanup() {
    if [[ -n "$SERVER" ]]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
    rm -rf "$TMP"
}
trap cleanup EXIT

"$BIN" sandbox serve --listen 127.0.0.1:0 --data "$TMP/sandbox" >"$TMP/serve.log" 2>&1 &
SERVER=$!
URL=""
for _ in $(seq 100); do
    URL=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$TMP/serve.log")
    [[ -n "$URL" ]] && break
    sleep 0.1
done
[[ -n "$URL" ]] || { echo "the sandbox did not start:" >&2; cat "$TMP/serve.log" >&2; exit 1; }
export HOUSTON_URL="$URL"
export HOUSTON_TOKEN
HOUSTON_TOKEN=$(tr -d '\n' <"$TMP/sandbox/admin-token")
export HOUSTON_CONFIG="$TMP/config.toml"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
rate() { awk -v n="$ROWS" -v s="$1" 'BEGIN { printf "%.0f", n / s }'; }

new_workspace() {
    "$BIN" -o json workspace create --label "$1" --jq .id 2>/dev/null
}

members() {
    "$BIN" -o json workspace user list --workspace "$1" --jq 'length'
}

# The mutation houston sends for --from-file (queries/workspace/workspaceAddUserQuietly.graphql),
# as one JSON string: both sides send the same document.
QUERY_JSON=$(sed '/^#/d' queries/workspace/workspaceAddUserQuietly.graphql | awk '{ printf "%s\\n", $0 }' | sed 's/"/\\"/g')

declare -a NAMES TIMES RATES CHECKS

# houston --from-file at each concurrency.
for c in $CONCURRENCY; do
    ws=$(new_workspace "bench-houston-c$c")
    csv="$TMP/users-c$c.csv"
    { echo "email,role"; for i in $(seq "$ROWS"); do echo "h$c-user$i@bench.example.com,WORKSPACE_VIEWER"; done; } >"$csv"
    start=$(now)
    "$BIN" -o json workspace user add --workspace "$ws" --from-file "$csv" --bypass-invite \
        --concurrency "$c" >"$TMP/houston-c$c.out" 2>"$TMP/houston-c$c.err" \
        || { echo "houston failed:" >&2; tail -5 "$TMP/houston-c$c.err" >&2; exit 1; }
    end=$(now)
    t=$(elapsed "$start" "$end")
    NAMES+=("houston --concurrency $c"); TIMES+=("$t"); RATES+=("$(rate "$t")")
    CHECKS+=("$(members "$ws")")
done

# The shell loop: one curl per user, the same mutation, new e-mails.
ws=$(new_workspace "bench-curl")
start=$(now)
failed=0
for i in $(seq "$ROWS"); do
    body="{\"query\":\"$QUERY_JSON\",\"variables\":{\"workspaceUuid\":\"$ws\",\"email\":\"curl-user$i@bench.example.com\",\"role\":\"WORKSPACE_VIEWER\",\"bypassInvite\":true}}"
    answer=$(curl -sS -H "authorization: $HOUSTON_TOKEN" -H 'content-type: application/json' --data "$body" "$URL")
    [[ "$answer" == *'"errors"'* ]] && failed=$((failed + 1))
done
end=$(now)
t=$(elapsed "$start" "$end")
CURL_TIME=$t
NAMES+=("curl loop (1 request per user)"); TIMES+=("$t"); RATES+=("$(rate "$t")")
CHECKS+=("$(members "$ws")")
[[ $failed -eq 0 ]] || echo "warning: $failed curl requests answered errors" >&2

echo
echo "bulk add: $ROWS new users per run, one sandbox ($("$BIN" --version)), $(nproc) cores"
printf '%-34s %10s %10s %10s %14s\n' "run" "seconds" "rows/s" "vs curl" "members after"
for k in "${!NAMES[@]}"; do
    speedup=$(awk -v c="$CURL_TIME" -v t="${TIMES[$k]}" 'BEGIN { printf "%.1fx", c / t }')
    printf '%-34s %10s %10s %10s %14s\n' "${NAMES[$k]}" "${TIMES[$k]}" "${RATES[$k]}" "$speedup" "${CHECKS[$k]}"
done
echo "(members after = $ROWS added + the creating admin)"
