# Shared setup for scripts/serve and scripts/test: a local virtualenv with the project installed.
set -euo pipefail
cd "$(dirname "$0")/.."
# Silence the MkDocs-2 notices of Material and a plugin; they are not build warnings.
export DISABLE_MKDOCS_2_WARNING=true NO_MKDOCS_2_WARNING=true
PY=${PYTHON:-python3}
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
if ! "$PY" -c 'import venv, ensurepip' 2>/dev/null; then
  as_root apt-get update -qq && as_root apt-get install -y -qq python3-venv python3-pip >/dev/null
fi
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
VENV=.venv/bin
install_project() {
  # Re-install only when the dependency list changed, to keep repeated runs fast.
  local stamp=.venv/.installed-$1
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    "$VENV/python" -m pip install -q --disable-pip-version-check -e ".[$1]"
    touch "$stamp"
  fi
}
