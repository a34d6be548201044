#!/usr/bin/env bash
# Installs Debian packages unless they are there already. Needs root or sudo and Debian's index.
#
#   ci/install-packages.sh            what the full tier's tests need:
#     ocl-icd-opencl-dev  the OpenCL loader with the unversioned libOpenCL.so that JOCL loads
#     pocl-opencl-icd     an OpenCL platform that runs on the CPU (PoCL), for the gpu-tagged tests
#     libfann-dev, gcc    the real FANN library and a C compiler, for the interop-tagged tests
#     nodejs              Node.js with npm (NodeSource's package carries npm; with Debian's own, add npm),
#                         for zen-dataframes' interop test, which installs npm apache-arrow under its target/
#   ci/install-packages.sh PKG...     those packages (the benchmark scripts use this)
set -euo pipefail

packages=("$@")
[ ${#packages[@]} -gt 0 ] || packages=(ocl-icd-opencl-dev pocl-opencl-icd libfann-dev gcc libc6-dev nodejs)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "packages: ${packages[*]} already installed"
  exit 0
fi
sudo=""
[ "$(id -u)" = 0 ] || sudo=sudo
echo "packages: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
