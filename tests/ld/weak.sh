#!/usr/bin/env bash
# Weak symbols: undefined weak references are NULL (program and library, function and data), a weak
# definition met first in load order wins over a later strong one, a program's strong definition wins
# over a library's weak one, and a library's weak reference binds to a definition in a later library.
source "$TWZ_SRC/tests/ld/lib/common.sh"

ld_lib weakdef "$LD_SRC/src/weak_w.c"
ld_lib strongdef "$LD_SRC/src/weak_s.c"
ld_prog weak "$LD_SRC/src/weak_prog.c" -lweakdef -lstrongdef

ld_expect ./weak <<'OUT'
missing_fn is null 1
missing_var is null 1
library's weak refs are null 1
wfn 1
prog overrides weak 3
weak ref to later library 7
OUT
ld_finish
