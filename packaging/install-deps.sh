#!/usr/bin/env bash
# Installs the Debian bookworm packages Neuroweave builds, tests and runs with.
# Only missing packages are installed, so a second run takes seconds.
# Works as root or through sudo. Debian packages only: nothing is downloaded at build time.
set -euo pipefail

PACKAGES=(
    # toolchain
    build-essential cmake ninja-build ccache pkg-config git
    # GUI: Qt 6 Widgets, Charts (its CMake package needs Qt OpenGL's), Svg, Linguist tools; fonts so
    # a bare machine renders text
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools libqt6opengl6-dev
    qt6-l10n-tools linguist-qt6 libgl-dev fonts-dejavu-core
    # Chinese text in the zh_CN interface
    fonts-noto-cjk
    # maths and threads (libgomp comes with g++)
    libeigen3-dev libopenblas0-openmp
    # tests and benchmarks
    libgtest-dev libgmock-dev googletest librapidcheck-dev libbenchmark-dev
    # file formats
    nlohmann-json3-dev zlib1g-dev libstb-dev libonnx-dev libprotobuf-dev protobuf-compiler
    # third-party consumers that check exports
    libopencv-dnn-dev python3-onnx python3-torch python3-numpy python3-opencv
    # data
    dataset-fashion-mnist
    # end-to-end tests and screenshots of the real window; xdotool types and clicks as a user would
    xvfb xauth x11-utils imagemagick xdotool
    # make package-test: the validators for the desktop entry and the AppStream metadata
    desktop-file-utils appstream
    # make fuzz: clang with libFuzzer and the sanitizers' runtimes, and LLVM's OpenMP for clang
    clang-14 libclang-rt-14-dev libomp-14-dev
)

missing=()
for pkg in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "install-deps: all ${#PACKAGES[@]} packages present"
    exit 0
fi

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null; then
        SUDO=(sudo)
    else
        echo "install-deps: missing ${missing[*]}; run this script as root or install sudo" >&2
        exit 1
    fi
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps: done"
