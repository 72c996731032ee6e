#!/usr/bin/env bash
# The tools scripts/build-targets.js cross-compiles the Linux targets with: zig (PyPI's ziglang),
# cargo-zigbuild, and the Rust standard libraries of the targets. Idempotent; exits non-zero if
# any of them cannot be installed.
set -euo pipefail

python3 -m ziglang version >/dev/null 2>&1 || python3 -m pip install --quiet --disable-pip-version-check ziglang==0.13.0
command -v cargo-zigbuild >/dev/null 2>&1 || cargo install --quiet --locked cargo-zigbuild --version 0.24.1
rustup target add x86_64-unknown-linux-musl aarch64-unknown-linux-gnu aarch64-unknown-linux-musl >/dev/null
echo "zig $(python3 -m ziglang version), $(cargo-zigbuild --version), targets: $(rustup target list --installed | tr '\n' ' ')"
