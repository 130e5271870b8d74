#!/usr/bin/env bash
# Make sure the Debian packages a target needs are installed.
# Usage: build/system-deps.sh run|test|screenshots|bundle
# As root on Debian it installs what is missing; otherwise it prints the exact command.
# When another apt or dpkg is running, it waits for it (KUHINA_APT_LOCK_WAIT seconds, 600 by
# default) and says so; see wait-for-package-manager.sh.
set -euo pipefail

qt="libegl1 libgl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3 fonts-dejavu-core"
# The X libraries Qt's xcb platform plugin links to: the bundle ships the plugin, not them,
# and `make bundle-test` checks that every bundled library finds what it links to.
xcb="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0"
xvfb="xvfb xauth $xcb"
case "${1:-run}" in
  run) wanted="$qt" ;;
  test) wanted="$qt openssh-client unzip postgresql libreoffice-calc-nogui chromium npm" ;;
  screenshots) wanted="$qt $xvfb chromium imagemagick libreoffice-calc-nogui poppler-utils" ;;
  bundle) wanted="$qt binutils $xcb" ;;
  *) echo "usage: $0 run|test|screenshots|bundle" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "Not a Debian system: make sure these (or your system's equivalents) are installed: $wanted" >&2
  exit 0
fi

# Tools that may come from elsewhere than Debian's archive (Node.js and npm from their own
# packages, for example) count as present when their command is on PATH.
declare -A provides=([npm]=npm [chromium]=chromium [openssh-client]=ssh-keygen [unzip]=unzip)

missing=()
for pkg in $wanted; do
  cmd=${provides[$pkg]:-}
  if [ -n "$cmd" ] && command -v "$cmd" >/dev/null 2>&1; then continue; fi
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  echo "Installing system packages: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  # Another apt or dpkg at work: wait for it (10 minutes at most, saying so) rather than
  # fail; apt-get itself then waits for the rest of that time should one start meanwhile.
  started=$SECONDS
  bash "$(dirname "$0")/wait-for-package-manager.sh"
  lock_wait=$(( ${KUHINA_APT_LOCK_WAIT:-600} - (SECONDS - started) ))
  [ "$lock_wait" -gt 0 ] || lock_wait=1
  apt-get -o DPkg::Lock::Timeout="$lock_wait" update -qq
  apt-get -o DPkg::Lock::Timeout="$lock_wait" install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
else
  echo "These system packages are missing. Install them with:" >&2
  echo "  sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
