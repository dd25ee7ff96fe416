#!/usr/bin/env bash
# The README's `cargo test` after its `cargo run` must compile only what tests add: test targets,
# the examples and test-only crates. A dev-dependency that turns on a feature of a crate the
# binary already built makes cargo build that crate, and everything above it, a second time
# (issue 11: that was most of the "cargo test after it" time). This builds what `cargo run`
# builds, then lists what `cargo test --no-run` compiles on top, and fails on any crate of the
# binary's own dependency tree among them. The fix is in Cargo.toml's feature-unification block.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --quiet
# Packages the build itself depends on (normal and build edges of the default members).
tree=$(cargo tree -e normal,build --prefix none --format '{p}' \
    | sed -E 's/ \(.*$//; s/ \(\*\)$//' | sort -u)
# What the test build compiles anew: artifacts cargo reports as not fresh.
compiled=$(cargo test --no-run --message-format=json 2>/dev/null | python3 -c '
import json, sys
for line in sys.stdin:
    try:
        m = json.loads(line)
    except ValueError:
        continue
    if m.get("reason") != "compiler-artifact" or m.get("fresh"):
        continue
    t = m["target"]
    if m["profile"]["test"] or "example" in t["kind"]:
        continue  # a test target or an example: new by nature
    # "registry+https://…#name@1.2.3", "path+file:///…/dir#name@0.1.0", or
    # "path+file:///…/name#0.1.0" when the directory is named like the package
    source, _, fragment = m["package_id"].rpartition("#")
    name, at, version = fragment.partition("@")
    if not at:
        name, version = source.rstrip("/").rsplit("/", 1)[-1], fragment
    print(f"{name} v{version}")
' | sort -u)
rebuilt=$(comm -12 <(echo "$tree") <(echo "$compiled") || true)
if [ -n "$rebuilt" ]; then
    echo "check-test-reuse: \`cargo test\` compiles these crates of the binary's tree again:" >&2
    echo "$rebuilt" | sed 's/^/  /' >&2
    echo "a dev-dependency turns on a feature of theirs; add it to Cargo.toml's feature-unification block" >&2
    exit 1
fi
echo "check-test-reuse: cargo test compiles $(echo "$compiled" | grep -c . || true) crates anew, none of the binary's"
