#!/usr/bin/env bash
# dlerror messages (naming the file or symbol, cleared when read, per thread), and failing dlopens that
# leave nothing loaded and never end the process.
source "$TWZ_SRC/tests/ld/lib/common.sh"

echo 'int gone_fn(void) { return 1; }' >gone.c
echo 'int gone_fn(void); int needsgone_fn(void) { return gone_fn(); }' >needsgone.c
ld_lib gone gone.c
ld_lib needsgone needsgone.c -lgone
rm libgone.so
echo 'int sym_nowhere(void) { return 1; }' >symprov.c
echo 'int sym_nowhere(void); int needssym_fn(void) { return sym_nowhere(); }' >needssym.c
ld_lib symprov symprov.c
ld_lib needssym needssym.c -lsymprov
echo 'int other_symbol;' >symprov.c
ld_lib symprov symprov.c
echo 'int fine_fn(void) { return 1; }' >fine.c
ld_lib fine fine.c
ld_prog dlerror "$LD_SRC/src/dlerror_prog.c"

ld_expect ./dlerror <<'OUT'
initially null 1
thread saw null 1
thread's message: ok
thread's cleared 1
missing file: ok
cleared 1
missing dependency: ok
nothing left loaded 0
missing symbol: ok
nothing left loaded 0
dlsym miss: ok
dlsym default miss: ok
hit leaves no error 1
bad handle reported 1
bad handle reported 1
still running
OUT
ld_finish
