#!/usr/bin/env bash
# Wait, within a bound, until no other apt or dpkg holds the package manager's locks.
# Usage: build/wait-for-package-manager.sh   (system-deps.sh runs it before apt-get)
#
# Another apt (unattended-upgrades, a second `make test`, a person in another terminal)
# holds /var/lib/dpkg/lock-frontend while it works; apt-get started beside it fails at once.
# The locks are fcntl locks, so they are read from /proc/locks (no lock is taken here, so
# the other apt is never disturbed); where /proc/locks is missing, `fuser` is asked.
# Settings: KUHINA_APT_LOCK_WAIT (seconds to wait at most, default 600),
# KUHINA_APT_LOCK_POLL (seconds between looks, default 2), KUHINA_PACKAGE_LOCKS (the lock
# files, default dpkg's and apt's). Exit 0 when free, 1 when still held at the bound.
set -euo pipefail

wait_max=${KUHINA_APT_LOCK_WAIT:-600}
poll=${KUHINA_APT_LOCK_POLL:-2}
locks=${KUHINA_PACKAGE_LOCKS:-/var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock /var/cache/apt/archives/lock}

# The ids of the processes holding a lock on any of the lock files (none: prints nothing).
holders() {
  local file id key
  for file in $locks; do
    [ -e "$file" ] || continue
    if [ -r /proc/locks ]; then
      # /proc/locks names a file as MAJOR:MINOR:INODE, the device numbers in hex.
      id=$(stat -L -c '%Hd %Ld %i' "$file" 2>/dev/null) || continue
      # shellcheck disable=SC2086
      key=$(printf '%02x:%02x:%s' $id)
      awk -v key="$key" '$2 != "->" && $6 == key { print $5 }' /proc/locks
    elif command -v fuser >/dev/null 2>&1; then
      fuser "$file" 2>/dev/null | tr -s ' ' '\n' | grep -E '^[0-9]+$' || true
    fi
  done | sort -u | tr '\n' ' ' | sed 's/ $//'
}

held=$(holders)
[ -z "$held" ] && exit 0

echo "Another package manager (apt or dpkg, process $held) is installing;" \
  "waiting up to $wait_max s for it to finish..." >&2
start=$SECONDS
while [ -n "$held" ]; do
  if [ $((SECONDS - start)) -ge "$wait_max" ]; then
    echo "The package manager is still busy after $wait_max s (process $held). Let that" \
      "installation finish (or stop it), then run the command again." >&2
    exit 1
  fi
  sleep "$poll"
  held=$(holders)
done
echo "The package manager is free again after $((SECONDS - start)) s; going on." >&2
