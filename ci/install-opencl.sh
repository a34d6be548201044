#!/usr/bin/env bash
# Installs an OpenCL platform that runs on the CPU (PoCL) and the unversioned libOpenCL.so that JOCL
# loads, unless both are there already. Needs root or sudo and Debian's package index.
set -euo pipefail

if ldconfig -p | grep -q 'libOpenCL\.so ' && ls /etc/OpenCL/vendors/*pocl* >/dev/null 2>&1; then
  echo "OpenCL: ocl-icd and PoCL already installed"
  exit 0
fi
sudo=""
[ "$(id -u)" = 0 ] || sudo=sudo
echo "OpenCL: installing ocl-icd-opencl-dev pocl-opencl-icd"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
  ocl-icd-opencl-dev pocl-opencl-icd >/dev/null
