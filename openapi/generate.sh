#!/usr/bin/env bash
# Generate the client package from the spec into DEST (a folder that must not
# exist yet). `make generate` writes generated/ with it; `make check-generated`
# writes a temporary folder and compares. Runs inside the project's virtualenv
# (uv run), so the pinned openapi-python-client and ruff are the ones used.
#
# 1. openapi-python-client writes the package (config.yaml: httpx -> httpx2, ruff).
# 2. emit.py adds typed.py (the typed results and operation table) and py.typed.
set -euo pipefail
dest=${1:?usage: generate.sh DEST}
here=$(cd "$(dirname "$0")" && pwd)
spec=${TWILIO_PROXY_SPEC:-$here/proxy_v1.yaml}
[ ! -e "$dest" ] || { echo "generate.sh: $dest already exists" >&2; exit 2; }
mkdir -p "$dest"
openapi-python-client generate \
  --path "$spec" \
  --config "$here/config.yaml" \
  --meta none \
  --fail-on-warning \
  --output-path "$dest/twilio_proxy_api" >/dev/null
if grep -rnE '^\s*(import httpx\b|from httpx\b)' --include='*.py' "$dest"; then
  echo "generate.sh: generated code still imports httpx (the project uses httpx2)" >&2
  exit 1
fi
python "$here/emit.py" "$spec" "$dest"
ruff check --isolated --no-cache --quiet --fix-only --select F401,I "$dest/twilio_proxy_spec"
ruff format --isolated --no-cache --quiet "$dest/twilio_proxy_spec"
cp "$here/GENERATED_README.md" "$dest/README.md"
