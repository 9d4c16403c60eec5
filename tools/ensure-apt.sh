#!/usr/bin/env bash
# Make sure Debian/Ubuntu packages are installed: install the missing ones when we have the rights
# (root, or passwordless sudo); otherwise stop with the exact apt-get line for the user to run.
# Usage: tools/ensure-apt.sh PACKAGE...
set -euo pipefail
missing=()
for pkg in "$@"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
line="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo="sudo"
else
  echo "Missing system packages: ${missing[*]}" >&2
  echo "Please run:  sudo apt-get update && sudo $line" >&2
  exit 1
fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo $line -qq
