#!/usr/bin/env bash
# The README's first commands, run as a new user types them: every `cargo run -- --sandbox …`
# line of README.md, literally, at the top of the clone, twice (the README promises they can be
# rerun). The sandbox's state goes to a temporary XDG_DATA_HOME, not the user's.
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
export XDG_DATA_HOME="$data" XDG_CONFIG_HOME="$data/config" XDG_STATE_HOME="$data/state"
unset HOUSTON_URL HOUSTON_TOKEN HOUSTON_CONTEXT HOUSTON_SANDBOX_DATA
mapfile -t lines < <(grep -E '^cargo run -- --sandbox ' README.md)
[ "${#lines[@]}" -gt 0 ] || { echo "readme-first.sh: README.md has no \`cargo run -- --sandbox\` line" >&2; exit 1; }
for round in 1 2; do
    for line in "${lines[@]}"; do
        echo "\$ $line   (run $round)"
        bash -c "$line"
    done
done
