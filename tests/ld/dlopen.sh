#!/usr/bin/env bash
# dlopen of a library with its own dependency and TLS (found through the program's runpath), dlsym,
# TLS in old and new threads, dlclose unloading it and its dependency, re-open with fresh state,
# reference counts, and destructors at exit of a library still open.
source "$TWZ_SRC/tests/ld/lib/common.sh"

ld_lib plugdep "$LD_SRC/src/dlopen_plugdep.c"
ld_lib plug "$LD_SRC/src/dlopen_plug.c" -lplugdep
ld_prog dlopen "$LD_SRC/src/dlopen_prog.c"
readelf -d dlopen | grep -q 'libplug' && die "the program must not need libplug itself"

ld_expect ./dlopen <<'OUT'
ctor plugdep
ctor plug
opened: plug 1, plugdep 1
plug_get 145
plug_get after set 217
tls mismatches 0
dtor plug
dtor plugdep
closed: plug 0, plugdep 0
ctor plugdep
ctor plug
reopened: plug 1, plugdep 1
plug_get after reopen 145
tls mismatches after reopen 0
one reference left: plug 1, plugdep 1
dtor plug
dtor plugdep
closed again: plug 0, plugdep 0
ctor plugdep
ctor plug
main end
dtor plug
dtor plugdep
OUT
ld_finish
