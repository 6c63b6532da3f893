# Sourced by scripts/demo and scripts/test: installs the Debian packages slant needs, only
# those missing, so a fresh Debian 12 machine (root) gets them and a ready one is untouched.

# Packages to build slant; the tests add SLANT_TEST_PACKAGES (below).
SLANT_BUILD_PACKAGES=(g++ pkg-config ninja-build meson libicu-dev nlohmann-json3-dev
                      libboost-program-options-dev libeigen3-dev libcmark-gfm-dev
                      libcmark-gfm-extensions-dev)

slant_install_packages() {
  local missing=()
  local package
  for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$package")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  echo "installing: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Packages the tests add: Catch2, and xmllint (libxml2-utils), with which the report tests check
# that every chart they draw is well-formed XML (without it they skip that check and warn).
SLANT_TEST_PACKAGES=(catch2 libxml2-utils)
