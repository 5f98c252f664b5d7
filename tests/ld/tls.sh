#!/usr/bin/env bash
# TLS in the program (static TLS, local-exec) and in two libraries (one through __tls_get_addr, one
# through TLS descriptors), used by the main thread and 16 threads from twz_rt_spawn_thread.
source "$TWZ_SRC/tests/ld/lib/common.sh"

ld_lib tlsb "$LD_SRC/src/tls_lib.c" -DPREFIX=b -DBASE=300 -mtls-dialect=gnu2
ld_lib tlsa "$LD_SRC/src/tls_lib.c" -DPREFIX=a -DBASE=200 -ltlsb
ld_prog tls "$LD_SRC/src/tls_prog.c" -ltlsa -ltlsb

ld_expect ./tls <<'OUT'
threads 16
mismatches 0
shared copies 0
OUT
ld_finish
