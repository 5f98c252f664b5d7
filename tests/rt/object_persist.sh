#!/bin/bash
# Persistence: program A creates a persistent object, writes a pattern and a FOT entry, syncs, prints
# the id and is killed with SIGKILL; program B (a new process) maps the id and finds everything intact,
# then deletes it, after which the id no longer maps.
set -u
src=$TWZ_SRC/tests/rt/object
for p in persist_writer persist_reader; do
	"$TWZ_CC" --runtime=minimal -static -O2 -Wall -Wextra -Werror -I"$TWZ_SRC/tests/lib" "$src/$p.c" \
		-o "$TWZ_TMP/$p" || exit 1
done
export TWZ_STORE=$TWZ_TMP/store

coproc WRITER { exec "$TWZ_TMP/persist_writer"; }
pid=$WRITER_PID
id=
read -r -t 60 id <&"${WRITER[0]}"
kill -KILL "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
if [[ ! $id =~ ^[0-9a-f]{32}$ ]]; then
	echo "writer printed no id (got '$id')"
	exit 1
fi
[ -f "$TWZ_STORE/objects/$id" ] || { echo "no store file for $id"; ls -la "$TWZ_STORE" "$TWZ_STORE"/objects; exit 1; }

"$TWZ_TMP/persist_reader" "$id" || { echo "reader: pattern lost"; exit 1; }
"$TWZ_TMP/persist_reader" "$id" delete || { echo "reader: delete failed"; exit 1; }
[ ! -e "$TWZ_STORE/objects/$id" ] || { echo "store file still there after delete"; exit 1; }
exit 0
