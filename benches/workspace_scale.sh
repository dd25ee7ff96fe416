#!/usr/bin/env bash
# Cost that must not grow with the platform (issue 13 item 13): on ONE sandbox holding WORKSPACES
# workspaces (default 5,000, all the admin's), time houston against curl sending the same
# operation, in ONE run, medians of RUNS each:
#   - `houston deployment list --workspace <id>`  vs  curl `workspaceDeployments` for that id
#   - `houston workspace user list --workspace <id>` on a USERS-member workspace (default 1,000)
#                                                   vs  curl `workspaceUsers` for that id
# Each side is one process per call (fork, exec, TLS-less loopback HTTP, JSON out), so the
# ratio is what a script pays. Prints both medians and the ratio; asserts nothing (target:
# houston <= 1.3x curl).
#
#   benches/workspace_scale.sh                                   # release build, 5,000 workspaces
#   WORKSPACES=500 RUNS=11 benches/workspace_scale.sh            # quicker
#   HOUSTON_BIN=target/debug/houston benches/workspace_scale.sh  # skip the release build (not comparable)
set -euo pipefail

WORKSPACES=${WORKSPACES:-5000}
USERS=${USERS:-1000}
RUNS=${RUNS:-21}
cd "$(dirname "$0")/.."
if [[ -z "${HOUSTON_BIN:-}" ]]; then
    cargo build --release --bin houston --quiet
    HOUSTON_BIN=target/release/houston
fi
BIN=$(realpath "$HOUSTON_BIN")
command -v curl >/dev/null || { echo "workspace_scale.sh needs curl" >&2; exit 2; }

TMP=$(mktemp -d)
SERVER=""
cleanup() {
    if [[ -n "$SERVER" ]]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
    rm -rf "$TMP"
}
trap cleanup EXIT

"$BIN" sandbox serve --listen 127.0.0.1:0 --data "$TMP/sandbox" --no-demo >"$TMP/serve.log" 2>&1 &
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

post() { # body file -> stdout
    curl -sS --fail-with-body -H 'content-type: application/json' -H "authorization: $HOUSTON_TOKEN" \
        --data-binary "@$1" "$URL"
}

# WORKSPACES workspaces, 100 per request (aliased createWorkspace mutations).
echo "seeding $WORKSPACES workspaces..." >&2
for ((batch = 0; batch * 100 < WORKSPACES; batch++)); do
    {
        printf '{"query":"mutation {'
        for ((i = batch * 100; i < (batch + 1) * 100 && i < WORKSPACES; i++)); do
            printf ' w%d: createWorkspace(label: \\"scale-%d\\") { id }' "$i" "$i"
        done
        printf ' }"}'
    } >"$TMP/seed.json"
    post "$TMP/seed.json" >/dev/null
done
ws=$("$BIN" -o json workspace create --label target --jq .id)
for i in 1 2 3; do
    "$BIN" -o json deployment create --workspace "$ws" --label "etl$i" --executor local >/dev/null
done
{ echo "email,role"; for i in $(seq "$USERS"); do echo "member$i@scale.example.com,WORKSPACE_VIEWER"; done; } >"$TMP/users.csv"
"$BIN" -o json workspace user add --workspace "$ws" --from-file "$TMP/users.csv" --bypass-invite >/dev/null 2>&1
seen=$("$BIN" -o json workspace list --jq length)
members=$("$BIN" -o json workspace user list --workspace "$ws" --jq length)
echo "sandbox: $seen workspaces visible to the admin; the target has $members members" >&2

# The documents houston sends, as JSON strings (comments dropped): both sides send the same.
doc() { sed '/^#/d' "$1" | awk '{ printf "%s\\n", $0 }' | sed 's/"/\\"/g'; }
printf '{"query":"%s","variables":{"workspaceUuid":"%s"}}' \
    "$(doc 'queries/deployment/workspaceDeployments@0.29.0.graphql')" "$ws" >"$TMP/deployments.json"
printf '{"query":"%s","variables":{"workspaceUuid":"%s"}}' \
    "$(doc queries/workspace/workspaceUsers.graphql)" "$ws" >"$TMP/users.json"

ms() { date +%s%N; }
median() { sort -n | awk '{ a[NR] = $1 } END { printf "%.1f", a[int((NR + 1) / 2)] / 1e6 }'; }
# The two sides alternate run by run, so a change in the machine's load between them (a shared
# 2-core machine) lands on both medians rather than on one side's.
time_pair() { # "houston args" "curl body" -> "houston_ms curl_ms", medians over RUNS (after a warm-up)
    local h=$1 c=$2
    $h >/dev/null
    post "$c" >/dev/null
    for _ in $(seq "$RUNS"); do
        local s e
        s=$(ms); $h >/dev/null; e=$(ms); echo "h $((e - s))"
        s=$(ms); post "$c" >/dev/null; e=$(ms); echo "c $((e - s))"
    done >"$TMP/times"
    echo "$(grep '^h' "$TMP/times" | cut -d' ' -f2 | median) $(grep '^c' "$TMP/times" | cut -d' ' -f2 | median)"
}

read -r h_dep c_dep < <(time_pair "$BIN -o json deployment list --workspace $ws" "$TMP/deployments.json")
read -r h_usr c_usr < <(time_pair "$BIN -o json workspace user list --workspace $ws" "$TMP/users.json")
read -r h_lbl c_lbl < <(time_pair "$BIN -o json deployment list --workspace target" "$TMP/deployments.json")

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
printf '\n%s workspaces, %s members in the target, medians of %s runs (ms)\n' "$seen" "$members" "$RUNS"
printf '%-52s %10s %10s %8s\n' "operation" "houston" "curl" "ratio"
printf '%-52s %10s %10s %8s\n' "deployment list --workspace <id>" "$h_dep" "$c_dep" "$(ratio "$h_dep" "$c_dep")"
printf '%-52s %10s %10s %8s\n' "workspace user list --workspace <id>" "$h_usr" "$c_usr" "$(ratio "$h_usr" "$c_usr")"
printf '%-52s %10s %10s %8s\n' "deployment list --workspace <label> (vs curl by id)" "$h_lbl" "$c_lbl" "$(ratio "$h_lbl" "$c_lbl")"
printf 'target: houston <= 1.3x curl; load average %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
