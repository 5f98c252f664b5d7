#!/bin/bash
# Runs the object churn test under a small descriptor limit: a descriptor leaked per map, per object or
# per deletion would exhaust it long before the test's 20,000 maps end.
set -u
bin=$TWZ_BUILD/tests/rt/object_churn
[ -x "$bin" ] || { echo "missing $bin (built by make test)"; exit 77; }
export TWZ_STORE=$TWZ_TMP/store
ulimit -n 128
"$bin"
