/* ELF definitions the kernel's <linux/elf.h> lacks (x86-64 relocation numbers, GNU hash, RELR, symbol
 * versions). Values from the System V gABI, the x86-64 psABI and the GNU extensions. */
#ifndef TWZ_RT_REFERENCE_ELF_H
#define TWZ_RT_REFERENCE_ELF_H

#include <linux/elf.h>

#ifndef DT_RUNPATH
#define DT_RUNPATH 29
#endif
#define DT_FLAGS 30
#define DT_PREINIT_ARRAY 32
#define DT_PREINIT_ARRAYSZ 33
#define DT_INIT_ARRAY 25
#define DT_FINI_ARRAY 26
#define DT_INIT_ARRAYSZ 27
#define DT_FINI_ARRAYSZ 28
#define DT_BIND_NOW 24
#define DT_RELRSZ 35
#define DT_RELR 36
#define DT_RELRENT 37
#define DT_GNU_HASH 0x6ffffef5

#define DF_TEXTREL 0x4
#define DF_STATIC_TLS 0x10

#define STT_GNU_IFUNC 10
#define STB_GNU_UNIQUE 10
#define STV_PROTECTED 3
#define SHN_UNDEF 0
#define SHN_ABS 0xfff1

#define VER_NDX_LOCAL 0
#define VER_NDX_GLOBAL 1
#define VERSYM_HIDDEN 0x8000
#define VERSYM_INDEX 0x7fff
#define VER_FLG_BASE 1

#define NT_GNU_PROPERTY_TYPE_0 5

#define R_X86_64_NONE 0
#define R_X86_64_64 1
#define R_X86_64_PC32 2
#define R_X86_64_COPY 5
#define R_X86_64_GLOB_DAT 6
#define R_X86_64_JUMP_SLOT 7
#define R_X86_64_RELATIVE 8
#define R_X86_64_DTPMOD64 16
#define R_X86_64_DTPOFF64 17
#define R_X86_64_TPOFF64 18
#define R_X86_64_TLSDESC 36
#define R_X86_64_IRELATIVE 37


typedef struct {
	uint16_t vd_version, vd_flags, vd_ndx, vd_cnt;
	uint32_t vd_hash, vd_aux, vd_next;
} Elf64_Verdef;

typedef struct {
	uint32_t vda_name, vda_next;
} Elf64_Verdaux;

typedef struct {
	uint16_t vn_version, vn_cnt;
	uint32_t vn_file, vn_aux, vn_next;
} Elf64_Verneed;

typedef struct {
	uint32_t vna_hash;
	uint16_t vna_flags, vna_other;
	uint32_t vna_name, vna_next;
} Elf64_Vernaux;

#endif
