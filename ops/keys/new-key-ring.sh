#!/usr/bin/env bash
# Makes a self-signed certificate (PFX, no password) whose key encrypts Inventory's Data Protection key ring at rest.
#   new-key-ring.sh <file.pfx>     does nothing when the file exists; keep the file (and back it up) apart from the database
set -euo pipefail
pfx=${1:?usage: new-key-ring.sh <file.pfx>}
[[ -f $pfx ]] && exit 0
mkdir -p "$(dirname "$pfx")"
made=$(mktemp -d)
trap 'rm -rf "$made"' EXIT
openssl req -x509 -newkey rsa:3072 -nodes -keyout "$made/key.pem" -out "$made/cert.pem" -days 36500 -subj "/CN=inventory-key-ring" 2>/dev/null
(umask 077 && openssl pkcs12 -export -inkey "$made/key.pem" -in "$made/cert.pem" -out "$pfx" -passout pass:)
echo "Created the key ring certificate $pfx: keep it (and back it up) apart from the database; stored secrets cannot be read without it" >&2
