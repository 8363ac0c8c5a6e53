#!/usr/bin/env bash
# Generate the client package from the spec into DEST (a folder that must not
# exist yet). `make generate` writes generated/ with it; `make check-generated`
# writes a temporary folder and compares. Runs inside the project's virtualenv
# (uv run), so the pinned openapi-python-client and ruff are the ones used.
set -euo pipefail
dest=${1:?usage: generate.sh DEST}
here=$(cd "$(dirname "$0")" && pwd)
[ ! -e "$dest" ] || { echo "generate.sh: $dest already exists" >&2; exit 2; }
mkdir -p "$dest"
openapi-python-client generate \
  --path "$here/message_interaction.yaml" \
  --config "$here/config.yaml" \
  --meta none \
  --fail-on-warning \
  --output-path "$dest/twilio_proxy_api" >/dev/null
cp "$here/GENERATED_README.md" "$dest/README.md"
