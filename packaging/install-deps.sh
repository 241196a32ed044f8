#!/usr/bin/env bash
# Installs the Debian 12 packages ArchDeck needs to build, run and test — only those missing.
# Used by the README's Quick start and by CI. Runs apt as root, or through sudo when not root.
set -euo pipefail

packages=(
    cmake g++ make pkg-config ca-certificates
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-charts-dev libqt6opengl6-dev qt6-qpa-plugins libqt6sql6-sqlite libgl-dev
    libcmark-dev
    libgraphviz-dev graphviz
    fonts-dejavu-core
    # The interviewer's voice: Qt TextToSpeech with the offline flite engine, and libflite itself for
    # `archdeck interview --say … --wav` (Qt 6.4 cannot synthesize to a file). The speechd plugin
    # brings only the speech-dispatcher client library (libspeechd2), not the daemon: where no
    # daemon runs it fails to connect at once and the app falls back to silence, so headless CI is
    # unaffected; desktops that run speech-dispatcher get its voices when flite has no audio.
    # qt6-declarative-dev only because Debian 12's Qt6TextToSpeechConfig.cmake requires
    # Qt6QmlIntegration and qt6-speech-dev forgets to depend on it; nothing here uses QML.
    qt6-speech-dev qt6-speech-flite-plugin qt6-speech-speechd-plugin flite1-dev qt6-declarative-dev
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
    [ "$status" = installed ] || missing+=("$package")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    as_root=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
