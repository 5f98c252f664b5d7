#!/bin/bash
# Slot exhaustion: with a 16-slot arena, mapping runs out with RESOURCE/OUT_OF_RESOURCES (single maps and
# adjacent pairs), and inactive cached mappings give their slots up when a new mapping needs one.
set -u
"$TWZ_CC" --runtime=minimal -static -O2 -Wall -Wextra -Werror -I"$TWZ_SRC/tests/lib" \
	"$TWZ_SRC/tests/rt/object/slots_exhaust.c" -o "$TWZ_TMP/slots_exhaust" || exit 1
TWZ_SLOTS=16 "$TWZ_TMP/slots_exhaust"
