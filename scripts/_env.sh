# Shared setup for scripts/serve and scripts/test: a local virtualenv installed from the hashed lock in requirements/.
set -euo pipefail
cd "$(dirname "$0")/.."
# Silence the MkDocs-2 notices of Material and a plugin; they are not build warnings.
export DISABLE_MKDOCS_2_WARNING=true NO_MKDOCS_2_WARNING=true
PY=${PYTHON:-python3}
VENV=.venv/bin
UV=.venv/uv/bin/uv  # outside site-packages, so `uv pip sync` never removes uv itself
step() { printf '==> %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

ensure_venv() {
  if [ -x "$VENV/python" ] && [ -x "$UV" ]; then
    return
  fi
  step "Python-omgeving aanmaken in .venv"
  if ! "$PY" -c 'import venv, ensurepip' 2>/dev/null; then
    step "Debian-pakket python3-venv installeren"
    as_root apt-get update -qq && as_root apt-get install -y -qq python3-venv python3-pip >/dev/null
  fi
  "$PY" -m venv .venv
  # uv itself comes from the lock too (pinned with hashes); it installs the rest in seconds.
  "$VENV/python" -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps \
    --target .venv/uv -r requirements/bootstrap.txt
}

# install_project site|test: sync .venv exactly to requirements/<name>.txt, then the project itself (no deps).
install_project() {
  ensure_venv
  local lock=requirements/$1.txt stamp=.venv/.installed-$1 have
  # The test lock holds everything the site needs, so a venv synced to it also serves the site.
  for have in "$1" test; do
    if [ -f ".venv/.installed-$have" ] && [ ! "requirements/$have.txt" -nt ".venv/.installed-$have" ] \
      && [ ! pyproject.toml -nt ".venv/.installed-$have" ]; then
      step "Pakketten zijn al geïnstalleerd volgens requirements/$have.txt"
      return
    fi
  done
  step "Pakketten installeren uit $lock (met hashes)"
  # Compiled once here: where Python may not write bytecode (PYTHONDONTWRITEBYTECODE, as in many CI images),
  # every build would otherwise compile every module it imports again (measured: a fifth of a build of the
  # real content; bench/notes.md).
  "$UV" pip sync --quiet --compile-bytecode --python "$VENV/python" --require-hashes "$lock"
  # The project itself, built with the locked setuptools (requirements/build.txt).
  "$UV" pip install --quiet --compile-bytecode --python "$VENV/python" --no-deps --build-constraints requirements/build.txt -e .
  "$VENV/python" -m compileall -q kaderwijzer macros >/dev/null
  rm -f .venv/.installed-*
  touch "$stamp"
}
