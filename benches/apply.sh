#!/usr/bin/env bash
# Benchmark (issue 15): `houston plan` / `houston apply` on a desired state of 50 workspaces x 200
# users plus 100 deployments with 20 variables each, against the same end state reached by a loop
# of single houston commands (one process per user, deployment and variable list, as the astro
# CLI is used), in ONE run, on sandboxes on this machine (release build, loopback).
#
#   benches/apply.sh                                   # the full state; the loop on 2 workspaces, scaled
#   WORKSPACES=10 USERS=50 benches/apply.sh            # a quicker run
#   LOOP_WORKSPACES=50 benches/apply.sh                # the loop over the whole state (slow)
#   HOUSTON_BIN=target/debug/houston benches/apply.sh  # skip the release build (say so with the figures)
#
# Prints: apply time from an empty sandbox and changes/s (target >= 1,000 changes/s at the
# default --concurrency), plan time against the sandbox holding it all (target <= 2 s), and the
# single-command loop's time (measured on LOOP_WORKSPACES workspaces and scaled to the whole state
# when that is fewer: the loop's cost is linear in the number of commands). Checks that the plan
# after apply says "No changes" (exit 0). Asserts no timing.
set -euo pipefail

WORKSPACES=${WORKSPACES:-50}
USERS=${USERS:-200}
DEPLOYMENTS=${DEPLOYMENTS:-100}
VARS=${VARS:-20}
LOOP_WORKSPACES=${LOOP_WORKSPACES:-2}
cd "$(dirname "$0")/.."
if [[ -z "${HOUSTON_BIN:-}" ]]; then
    cargo build --release --bin houston --quiet
    HOUSTON_BIN=target/release/houston
fi
BIN=$(realpath "$HOUSTON_BIN")
(( LOOP_WORKSPACES > WORKSPACES )) && LOOP_WORKSPACES=$WORKSPACES

TMP=$(mktemp -d)
SERVERS=()
cleanup() {
    for pid in "${SERVERS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    rm -rf "$TMP"
}
trap cleanup EXIT

# Starts a sandbox in $TMP/$1; sets URL and TOKEN.
start_sandbox() {
    # Created before the server starts: under load, the first read can come before the redirect.
    : >"$TMP/$1.log"
    "$BIN" sandbox serve --listen 127.0.0.1:0 --data "$TMP/$1" --no-demo >"$TMP/$1.log" 2>&1 &
    SERVERS+=($!)
    URL=""
    for _ in $(seq 100); do
        URL=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$TMP/$1.log")
        [[ -n "$URL" ]] && break
        sleep 0.1
    done
    [[ -n "$URL" ]] || { echo "the sandbox did not start:" >&2; cat "$TMP/$1.log" >&2; exit 1; }
    TOKEN=$(tr -d '\n' <"$TMP/$1/admin-token")
}

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# Deployments are spread over the workspaces: workspace w holds deployments d with d % WORKSPACES == w.
state="$TMP/state.yaml"
{
    echo "bypassInvite: true"
    echo "workspaces:"
    for ((w = 0; w < WORKSPACES; w++)); do
        echo "  ws-$w:"
        echo "    users:"
        for ((u = 0; u < USERS; u++)); do echo "      w$w-u$u@bench.example.com: WORKSPACE_VIEWER"; done
        printed=0
        for ((d = w; d < DEPLOYMENTS; d += WORKSPACES)); do
            (( printed )) || { echo "    deployments:"; printed=1; }
            echo "      dep-$d:"
            echo "        executor: CeleryExecutor"
            echo "        env:"
            for ((v = 0; v < VARS; v++)); do echo "          VAR_$v: \"value-$d-$v\""; done
        done
    done
} >"$state"
CHANGES=$((WORKSPACES + WORKSPACES * USERS + DEPLOYMENTS * 2))

load() { awk '{ print $1 }' /proc/loadavg; }
LOAD_BEFORE=$(load)

# apply from an empty sandbox, then plan against the sandbox holding it all.
start_sandbox apply
export HOUSTON_CONFIG="$TMP/config.toml"
start=$(now)
# With its journal, as apply runs by default (FILE.houston-journal, removed when complete).
HOUSTON_URL=$URL HOUSTON_TOKEN=$TOKEN "$BIN" apply -f "$state" --yes >"$TMP/apply.out" 2>"$TMP/apply.err" \
    || { echo "apply failed:" >&2; tail -5 "$TMP/apply.err" >&2; exit 1; }
end=$(now)
APPLY=$(elapsed "$start" "$end")
start=$(now)
set +e
HOUSTON_URL=$URL HOUSTON_TOKEN=$TOKEN "$BIN" plan -f "$state" >"$TMP/plan.out" 2>"$TMP/plan.err"
plan_status=$?
set -e
end=$(now)
PLAN=$(elapsed "$start" "$end")
[[ $plan_status -eq 0 ]] || { echo "plan after apply exited $plan_status (expected 0, no changes):" >&2; tail -5 "$TMP/plan.out" "$TMP/plan.err" >&2; exit 1; }

# The same end state for LOOP_WORKSPACES workspaces, one houston command per object.
start_sandbox loop
loop() { HOUSTON_URL=$URL HOUSTON_TOKEN=$TOKEN "$BIN" "$@" >/dev/null 2>>"$TMP/loop.err"; }
COMMANDS=0
start=$(now)
for ((w = 0; w < LOOP_WORKSPACES; w++)); do
    loop workspace create --label "ws-$w"; COMMANDS=$((COMMANDS + 1))
    for ((u = 0; u < USERS; u++)); do
        loop workspace user add --workspace "ws-$w" --email "w$w-u$u@bench.example.com" --role WORKSPACE_VIEWER --bypass-invite
        COMMANDS=$((COMMANDS + 1))
    done
    for ((d = w; d < DEPLOYMENTS; d += WORKSPACES)); do
        loop deployment create --workspace "ws-$w" --label "dep-$d" --executor celery
        vars=()
        for ((v = 0; v < VARS; v++)); do vars+=("VAR_$v=value-$d-$v"); done
        loop deployment env set --workspace "ws-$w" "dep-$d" "${vars[@]}"
        COMMANDS=$((COMMANDS + 2))
    done
done
end=$(now)
LOOP_MEASURED=$(elapsed "$start" "$end")
LOOP_CHANGES=$COMMANDS
LOOP=$(awk -v t="$LOOP_MEASURED" -v n="$LOOP_CHANGES" -v all="$CHANGES" 'BEGIN { printf "%.1f", t * all / n }')
LOAD_AFTER=$(load)

rate() { awk -v n="$CHANGES" -v s="$1" 'BEGIN { printf "%.0f", n / s }'; }
echo
echo "apply benchmark: $WORKSPACES workspaces x $USERS users + $DEPLOYMENTS deployments x $VARS variables = $CHANGES changes"
echo "  $("$BIN" --version), $(basename "$(dirname "$BIN")") build, $(nproc) cores, load average $LOAD_BEFORE before, $LOAD_AFTER after"
printf '%-48s %10s %12s %s\n' "run" "seconds" "changes/s" "target"
printf '%-48s %10s %12s %s\n' "houston apply (empty sandbox, --concurrency 8)" "$APPLY" "$(rate "$APPLY")" ">= 1,000 changes/s"
printf '%-48s %10s %12s %s\n' "houston plan (sandbox holding it all)" "$PLAN" "-" "<= 2 s"
if (( LOOP_WORKSPACES < WORKSPACES )); then
    label="loop of single commands (scaled from $LOOP_CHANGES)"
else
    label="loop of single commands"
fi
printf '%-48s %10s %12s %s\n' "$label" "$LOOP" "$(rate "$LOOP")" "(peer)"
awk -v a="$APPLY" -v l="$LOOP" 'BEGIN { printf "apply is %.0fx the loop\n", l / a }'
if grep -q '^error' "$TMP/loop.err"; then echo "warning: some of the loop's commands failed:" >&2; grep -m3 '^error' "$TMP/loop.err" >&2; fi
exit 0
