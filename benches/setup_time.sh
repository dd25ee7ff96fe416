#!/usr/bin/env bash
# Set-up time (issue 11): what a new user waits for on a fresh clone, with an empty target
# directory (the cargo registry cache may be warm: downloads are not what this measures).
#
#   benches/setup_time.sh              # the README's two commands, then a downstream library build
#   REV=2067287 benches/setup_time.sh  # the same for another commit (its README's commands)
#   TIMINGS=1 benches/setup_time.sh    # the first command with `--timings`, and the ten slowest
#                                      # compilation units of its build
#
# Prints, side by side:
#   1. the README's first command (read from README.md: the first `cargo run` line), cold;
#   2. the README's test command (`cargo test`) right after it, in the same clone;
#   3. a new crate depending on the clone by path with `default-features = false`: its first
#      `cargo build` (the library alone), in its own empty target directory.
# Targets on an idle 2-core machine: 1 <= 4 min, 2 <= 3 min more, 3 <= 2 min. The script asserts
# nothing; a compiler wrapper (sccache, ccache) configured for your user is switched off for it.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
rev=${REV:-HEAD}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export RUSTC_WRAPPER="" CARGO_BUILD_RUSTC_WRAPPER="" CARGO_TERM_COLOR=never
unset CARGO_TARGET_DIR

git clone --quiet --no-hardlinks "$repo" "$work/houston"
git -C "$work/houston" checkout --quiet "$rev"
cd "$work/houston"

first=$(grep -m1 -E '^cargo run' README.md)
[ -n "$first" ] || { echo "setup_time.sh: README.md has no \`cargo run\` line" >&2; exit 2; }

seconds() { # runs "$@" quietly, prints the wall time in seconds and keeps the CPU time (user +
    # system of every process it ran) in $work/cpu.<step>; a failure stops the script
    local step=$1 wall
    shift
    local TIMEFORMAT='%R %U %S'
    if ! { time "$@" >"$work/out.txt" 2>&1; } 2>"$work/time.txt"; then
        echo "setup_time.sh: failed: $*" >&2
        # a failing test's own message, not only cargo's summary after it
        grep -A6 'panicked at' "$work/out.txt" | head -60 >&2 || true
        tail -20 "$work/out.txt" >&2
        exit 1
    fi
    read -r wall user sys <"$work/time.txt"
    echo "$user $sys" | awk '{printf "%.0f", $1 + $2}' >"$work/cpu.$step"
    echo "$wall" | awk '{printf "%.0f", $1}'
}
mmss() { printf '%d min %02d s' $(($1 / 60)) $(($1 % 60)); }

echo "commit $(git rev-parse --short HEAD), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "first command: $first"
if [ -n "${TIMINGS:-}" ]; then
    # cargo's own timing report of the same build (its overhead is a few milliseconds)
    first=${first/cargo run/cargo run --timings}
fi
t1=$(seconds 1 bash -c "$first")
t2=$(seconds 2 cargo test)

mkdir -p "$work/downstream/src"
cat >"$work/downstream/Cargo.toml" <<EOF
[package]
name = "downstream"
version = "0.1.0"
edition = "2024"

[dependencies]
houston = { path = "$work/houston", default-features = false }
EOF
echo 'pub use houston;' >"$work/downstream/src/lib.rs"
cp "$work/houston/Cargo.lock" "$work/downstream/Cargo.lock"
t3=$(seconds 3 cargo build --manifest-path "$work/downstream/Cargo.toml")
crates=$(cargo tree --manifest-path "$work/downstream/Cargo.toml" -e normal,build --prefix none | sed 's/ (\*)//' | sort -u | wc -l)

cpu() { printf '%d CPU-s' "$(cat "$work/cpu.$1")"; }
printf '%-52s %12s %10s   %s\n' "step" "wall" "CPU" "target (idle 2-core machine)"
printf '%-52s %12s %10s   %s\n' "1. README first command (cold clone, empty target)" "$(mmss "$t1")" "$(cpu 1)" "<= 4 min"
printf '%-52s %12s %10s   %s\n' "2. cargo test right after it (build + run)" "$(mmss "$t2")" "$(cpu 2)" "<= 3 min"
printf '%-52s %12s %10s   %s\n' "3. downstream crate, library only, first build" "$(mmss "$t3")" "$(cpu 3)" "<= 2 min"
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg) (CPU-s: user + system of every process a step ran)"
echo "   (the downstream build compiles $crates crates)"

if [ -n "${TIMINGS:-}" ]; then
    html=$(ls target/cargo-timings/cargo-timing-*.html | head -1)
    echo "ten slowest units of the first command's build (dev profile), seconds:"
    python3 - "$html" <<'PY'
import json, re, sys
text = open(sys.argv[1]).read()
data = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);", text, re.S).group(1))
rows = sorted(data, key=lambda u: -u["duration"])[:10]
for u in rows:
    print(f"  {u['duration']:7.1f}  {u['name']} {u['version']} {u.get('target', '').strip()}")
PY
fi
