# Sourced by the scripts that install what they need from Debian's packages: the one place they
# call apt-get.
#   apt_install WHO PACKAGE...   installs the packages quietly (WHO names the script in messages);
#                                without root or apt-get it says what is missing and returns 1, and
#                                the caller decides whether that stops it.
apt_install() {
  local who="$1"
  shift
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "$who: missing $*; install with apt-get as root" >&2
    return 1
  fi
  echo "$who: installing $*" >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
