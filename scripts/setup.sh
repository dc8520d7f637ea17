# Shared by scripts/run, scripts/test and scripts/bench: install what is missing,
# then configure and build into build/. Sourced, not executed.
set -euo pipefail

FAULTLINE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FAULTLINE_BUILD="${FAULTLINE_BUILD:-$FAULTLINE_ROOT/build}"

# Debian 12 / Ubuntu package names; one per line in scripts/packages.txt.
faultline_install_missing() {
    local missing=()
    while read -r pkg; do
        [[ -z "$pkg" || "$pkg" == \#* ]] && continue
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done < "$FAULTLINE_ROOT/scripts/packages.txt"
    local sudo=""
    if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
    if ((${#missing[@]})); then
        echo "== installing: ${missing[*]}"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
    # The German-locale layout test needs de_DE.UTF-8 generated.
    if ! locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'; then
        echo "== generating the de_DE.UTF-8 locale"
        $sudo sed -i 's/^# *de_DE.UTF-8 UTF-8/de_DE.UTF-8 UTF-8/' /etc/locale.gen
        grep -q '^de_DE.UTF-8 UTF-8' /etc/locale.gen || echo 'de_DE.UTF-8 UTF-8' | $sudo tee -a /etc/locale.gen >/dev/null
        $sudo locale-gen >/dev/null
    fi
}

# The release preset (Ninja, Release, ccache when installed) into $FAULTLINE_BUILD.
# Prints the build's wall and CPU time (the build-time goals in BENCHMARKS.md).
faultline_build() {
    (cd "$FAULTLINE_ROOT" && cmake --preset release -B "$FAULTLINE_BUILD" "$@")
    local TIMEFORMAT="== build: %0R s wall, %0U s user + %0S s system CPU"
    time cmake --build "$FAULTLINE_BUILD" -j"$(nproc)"
}
