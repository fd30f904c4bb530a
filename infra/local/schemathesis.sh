# schemathesis (PyPI), pinned, in a virtual environment under the cache: sourced by fuzz.sh.
SCHEMATHESIS_VERSION=4.32.5
SCHEMATHESIS_VENV="$CACHE/schemathesis-$SCHEMATHESIS_VERSION"

# schemathesis_install: creates the venv and installs schemathesis into it (once); exports SCHEMATHESIS_BIN.
schemathesis_install() {
  if [ ! -x "$SCHEMATHESIS_VENV/bin/st" ]; then
    command -v python3 >/dev/null || debian_install python3
    python3 -c 'import venv, ensurepip' 2>/dev/null || debian_install python3-venv
    log "installing schemathesis $SCHEMATHESIS_VERSION into $SCHEMATHESIS_VENV (once)"
    rm -rf "$SCHEMATHESIS_VENV"
    python3 -m venv "$SCHEMATHESIS_VENV"
    "$SCHEMATHESIS_VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
  fi
  export SCHEMATHESIS_BIN="$SCHEMATHESIS_VENV/bin/st"
}
