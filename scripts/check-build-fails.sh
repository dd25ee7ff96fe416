#!/usr/bin/env bash
# Proves the promise of build.rs end to end: a broken operation under queries/ makes
# `cargo build` fail with its file:line:col. Builds a copy of the tracked tree with one broken
# file added, sharing the target directory so only the build script is rebuilt.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
target=${CARGO_TARGET_DIR:-$root/target}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git -C "$root" ls-files -z | (cd "$root" && xargs -0 cp --parents -t "$work")
cat > "$work/queries/workspace/brokenOnPurpose.graphql" <<'GQL'
query brokenOnPurpose {
  workspaces {
    id
    nmae
  }
}
GQL
if CARGO_TARGET_DIR="$target" cargo build --quiet --manifest-path "$work/Cargo.toml" >"$work/out.txt" 2>&1; then
  echo "FAIL: cargo build succeeded with a broken operation" >&2
  exit 1
fi
cat "$work/out.txt" | grep -E "^error" | head -5
if grep -q 'queries/workspace/brokenOnPurpose.graphql:4:5: .*nmae' "$work/out.txt"; then
  echo "ok: cargo build fails with queries/workspace/brokenOnPurpose.graphql:4:5"
else
  echo "FAIL: cargo build failed without the expected file:line:col diagnostic:" >&2
  cat "$work/out.txt" >&2
  exit 1
fi

# The same promise for a downstream crate: examples/custom-operation types its own queries/ with
# houston-codegen from its build.rs. A broken operation of ITS must fail ITS build with
# file:line:col. The file is added in place (the example is a workspace member, so its build
# shares the lock file and the target directory) and removed on exit.
broken="$root/examples/custom-operation/queries/brokenDownstream.graphql"
trap 'rm -rf "$work" "$broken"' EXIT
cat > "$broken" <<'GQL'
query brokenDownstream {
  workspaces {
    label
    deploymentz {
      releaseName
    }
  }
}
GQL
if (cd "$root" && cargo build --quiet -p custom-operation) >"$work/downstream.txt" 2>&1; then
  echo "FAIL: the custom-operation example built with a broken operation" >&2
  exit 1
fi
grep -E "^error" "$work/downstream.txt" | head -5
if grep -q 'queries/brokenDownstream.graphql:4:5: .*deploymentz' "$work/downstream.txt"; then
  echo "ok: the custom-operation example's build fails with queries/brokenDownstream.graphql:4:5"
else
  echo "FAIL: the custom-operation example failed without the expected file:line:col diagnostic:" >&2
  cat "$work/downstream.txt" >&2
  exit 1
fi
