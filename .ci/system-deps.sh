#!/usr/bin/env bash
# System packages the tests need beyond Node: Debian's Chromium (its SwiftShader Vulkan driver runs the
# WebGPU tests without a GPU; the browser itself runs the browser tests) and the Vulkan loader.
# Installs them with apt-get when they are missing and we are root; otherwise says what is missing.
set -euo pipefail

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
missing=()
[ -e /usr/lib/chromium/vk_swiftshader_icd.json ] && [ -x /usr/bin/chromium ] || missing+=(chromium)
installed libvulkan1 || [ -e /usr/lib/x86_64-linux-gnu/libvulkan.so.1 ] || missing+=(libvulkan1)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "system-deps: ${missing[*]} missing and cannot apt-get install them here (not root or not Debian);" \
    "the WebGPU tests will be skipped." >&2
  exit 0
fi
echo "system-deps: installing ${missing[*]} with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
apt_opts=(-o DPkg::Lock::Timeout=900 -qq)
apt-get "${apt_opts[@]}" update
apt-get "${apt_opts[@]}" install -y "${missing[@]}" >/dev/null
