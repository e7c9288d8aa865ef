#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks for the tests: redis-server (with TLS), openssl, Graphviz (dot renders
# the diagrams of `orsc graph` and `orsc report`), Chromium (the report is checked in a real headless browser), and
# the npm packages the tests use (SCXML conformance documents, an independent MessagePack decoder, Mermaid to render
# the `orsc graph` Mermaid output).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

need_apt=()
command -v redis-server >/dev/null 2>&1 || need_apt+=(redis-server)
command -v redis-cli >/dev/null 2>&1 || need_apt+=(redis-tools)
command -v openssl >/dev/null 2>&1 || need_apt+=(openssl)
command -v dot >/dev/null 2>&1 || need_apt+=(graphviz)
[ -x /usr/bin/chromium ] || command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing ${need_apt[*]} with apt-get"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi
# The distribution starts a server on 6379 when it installs one; the tests start their own on other ports.

if [ ! -d "$root/tests/node/node_modules/@scion-scxml/test-framework" ] || [ ! -d "$root/tests/node/node_modules/@msgpack/msgpack" ] \
   || [ ! -d "$root/tests/node/node_modules/mermaid" ]; then
  echo "Installing npm test dependencies"
  (cd "$root/tests/node" && npm ci --no-audit --no-fund --loglevel=error)
fi
