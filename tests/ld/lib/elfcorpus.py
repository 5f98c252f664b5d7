#!/usr/bin/env python3
"""Writes a corpus of deliberately broken ELF shared objects, each a small corruption of a good one.

Usage: elfcorpus.py GOOD.so OUTDIR
Each variant is OUTDIR/<name>.so; the names say what was broken. The loader must turn every one of them
into a clean error (or load it, where the damage is harmless) -- never a crash or a hang. Only the
numbers a loader reads are damaged: the ELF header, program headers, the dynamic section and the tables
it points at (string, symbol and hash tables, relocations, version records, notes).
"""
import os
import struct
import sys

PT_LOAD, PT_DYNAMIC, PT_NOTE, PT_TLS, PT_NULL = 1, 2, 4, 7, 0
DT = dict(NULL=0, NEEDED=1, PLTRELSZ=2, HASH=4, STRTAB=5, SYMTAB=6, RELA=7, RELASZ=8, RELAENT=9,
          STRSZ=10, SYMENT=11, INIT=12, FINI=13, SONAME=14, JMPREL=23, INIT_ARRAY=25, FINI_ARRAY=26,
          INIT_ARRAYSZ=27, FINI_ARRAYSZ=28, RELRSZ=35, RELR=36, RELRENT=37, GNU_HASH=0x6ffffef5,
          VERSYM=0x6ffffff0, VERDEF=0x6ffffffc, VERDEFNUM=0x6ffffffd, VERNEED=0x6ffffffe,
          VERNEEDNUM=0x6fffffff)
HUGE = 0x7fffffffffff0000
WRAP = 0xfffffffffffff000


class Elf:
    def __init__(self, data):
        self.data = bytes(data)
        (self.phoff,) = struct.unpack_from('<Q', data, 0x20)
        (self.shoff,) = struct.unpack_from('<Q', data, 0x28)
        self.phentsize, self.phnum = struct.unpack_from('<HH', data, 0x36)
        self.shentsize, self.shnum, self.shstrndx = struct.unpack_from('<HHH', data, 0x3a)
        self.phdrs = []
        for i in range(self.phnum):
            off = self.phoff + i * self.phentsize
            self.phdrs.append((off,) + struct.unpack_from('<IIQQQQQQ', data, off))
        self.dyn = []  # (file offset of entry, tag, value)
        dynph = self.ph(PT_DYNAMIC)
        if dynph:
            off, end = dynph[3], dynph[3] + dynph[6]
            while off + 16 <= end:
                tag, val = struct.unpack_from('<QQ', data, off)
                self.dyn.append((off, tag, val))
                if tag == 0:
                    break
                off += 16

    def ph(self, ptype, nth=0):
        found = [p for p in self.phdrs if p[1] == ptype]
        return found[nth] if len(found) > nth else None

    def loads(self):
        return [p for p in self.phdrs if p[1] == PT_LOAD]

    def dynval(self, name):
        for off, tag, val in self.dyn:
            if tag == DT[name]:
                return off, val
        return None

    def vaddr_to_off(self, vaddr):
        for p in self.loads():
            _, _, _, off, va, _, filesz, _, _ = p
            if va <= vaddr < va + filesz:
                return off + vaddr - va
        return None

    def section(self, name):
        """(offset, size, entsize) of the named section, from the section headers (the generator's
        convenience; the loader never reads them)."""
        if not self.shoff:
            return None
        sh = lambda i: struct.unpack_from('<IIQQQQIIQQ', self.data, self.shoff + i * self.shentsize)
        strtab = sh(self.shstrndx)
        for i in range(self.shnum):
            s = sh(i)
            start = strtab[4] + s[0]
            n = self.data[start:self.data.index(b'\0', start)].decode()
            if n == name:
                return s[4], s[5], s[9]
        return None


def put(data, off, fmt, *vals):
    b = bytearray(data)
    struct.pack_into(fmt, b, off, *vals)
    return bytes(b)


def variants(e):
    d = e.data
    size = len(d)
    out = {}

    # -- truncations: inside the header, the program headers, every segment, the dynamic section
    cuts = {0, 1, 4, 16, 32, 63, 64, size - 1, size // 2}
    cuts |= {e.phoff + e.phentsize * k - 1 for k in range(1, e.phnum + 1)}
    for p in e.phdrs:
        off, filesz = p[3], p[6]
        if filesz:
            cuts |= {off + 1, off + filesz // 2, off + filesz - 1}
    dynph = e.ph(PT_DYNAMIC)
    if dynph:
        cuts |= {dynph[3] + 8, dynph[3] + 40}
    for c in sorted(x for x in cuts if 0 <= x < size):
        out['trunc-%06d' % c] = d[:c]

    # -- the ELF header
    out['hdr-bad-magic'] = put(d, 0, '<4s', b'\x7fELG')
    out['hdr-class32'] = put(d, 4, '<B', 1)
    out['hdr-big-endian'] = put(d, 5, '<B', 2)
    out['hdr-version0'] = put(d, 6, '<B', 0)
    out['hdr-machine-aarch64'] = put(d, 0x12, '<H', 183)
    out['hdr-type-exec'] = put(d, 0x10, '<H', 2)
    out['hdr-type-rel'] = put(d, 0x10, '<H', 1)
    out['hdr-type-core'] = put(d, 0x10, '<H', 4)
    out['hdr-phentsize-32'] = put(d, 0x36, '<H', 32)
    out['hdr-phentsize-0'] = put(d, 0x36, '<H', 0)
    out['hdr-phoff-past-end'] = put(d, 0x20, '<Q', size + 4096)
    out['hdr-phoff-huge'] = put(d, 0x20, '<Q', HUGE)
    out['hdr-phoff-wraps'] = put(d, 0x20, '<Q', 0xffffffffffffffc0)
    out['hdr-phoff-last-bytes'] = put(d, 0x20, '<Q', size - 8)
    out['hdr-phnum-0'] = put(d, 0x38, '<H', 0)
    out['hdr-phnum-65535'] = put(d, 0x38, '<H', 0xffff)
    out['hdr-phnum-past-end'] = put(d, 0x38, '<H', (size - e.phoff) // 56 + 2)

    # -- program headers
    loads = e.loads()

    def ph_field(p, field, value):
        fields = dict(type=(0, '<I'), flags=(4, '<I'), offset=(8, '<Q'), vaddr=(16, '<Q'), paddr=(24, '<Q'),
                      filesz=(32, '<Q'), memsz=(40, '<Q'), align=(48, '<Q'))
        o, fmt = fields[field]
        return put(d, p[0] + o, fmt, value)

    for which, p in (('first', loads[0]), ('last', loads[-1])):
        _, _, _, off, va, _, filesz, memsz, align = p
        out['load-%s-offset-past-end' % which] = ph_field(p, 'offset', size + 0x10000)
        out['load-%s-offset-huge' % which] = ph_field(p, 'offset', HUGE)
        out['load-%s-filesz-past-end' % which] = ph_field(p, 'filesz', size - off + 0x10000)
        out['load-%s-filesz-huge' % which] = ph_field(p, 'filesz', HUGE)
        out['load-%s-memsz-below-filesz' % which] = ph_field(p, 'memsz', max(filesz // 2, 1))
        out['load-%s-memsz-huge' % which] = ph_field(p, 'memsz', 1 << 46)
        out['load-%s-memsz-wraps' % which] = ph_field(p, 'memsz', WRAP)
        out['load-%s-vaddr-huge' % which] = ph_field(p, 'vaddr', HUGE)
        out['load-%s-vaddr-wraps' % which] = ph_field(p, 'vaddr', WRAP)
        out['load-%s-align-3' % which] = ph_field(p, 'align', 3)
        out['load-%s-align-huge' % which] = ph_field(p, 'align', 1 << 62)
        out['load-%s-offset-misaligned' % which] = ph_field(p, 'offset', off + 1)
    if len(loads) >= 2:
        out['load-overlap'] = ph_field(loads[1], 'vaddr', loads[0][4])
        out['load-overlap-partial'] = ph_field(loads[1], 'vaddr', loads[0][4] + 0x10)
        out['load-out-of-order'] = ph_field(loads[0], 'vaddr', loads[-1][4] + 0x100000)
        out['load-gap-huge'] = ph_field(loads[-1], 'vaddr', loads[-1][4] + (1 << 44))
    allnull = d
    for p in loads:
        allnull = put(allnull, p[0], '<I', PT_NULL)
    out['load-none'] = allnull

    if dynph:
        out['dynamic-missing'] = ph_field(dynph, 'type', PT_NULL)
        out['dynamic-vaddr-outside'] = ph_field(dynph, 'vaddr', HUGE)
        out['dynamic-vaddr-wraps'] = ph_field(dynph, 'vaddr', WRAP)
        out['dynamic-memsz-huge'] = put(ph_field(dynph, 'filesz', HUGE), dynph[0] + 40, '<Q', HUGE)
        out['dynamic-size-0'] = put(ph_field(dynph, 'filesz', 0), dynph[0] + 40, '<Q', 0)
        # No DT_NULL: every terminator (and the padding after) becomes DT_DEBUG.
        b = d
        off = dynph[3]
        while off + 16 <= dynph[3] + dynph[6]:
            (tag,) = struct.unpack_from('<Q', d, off)
            if tag == 0:
                b = put(b, off, '<Q', 21)
            off += 16
        out['dynamic-no-null'] = b
    tls = e.ph(PT_TLS)
    if tls:
        out['tls-align-3'] = ph_field(tls, 'align', 3)
        out['tls-align-huge'] = ph_field(tls, 'align', 1 << 40)
        out['tls-memsz-huge'] = ph_field(tls, 'memsz', 1 << 46)
        out['tls-filesz-above-memsz'] = ph_field(tls, 'filesz', tls[7] + 4096)
        out['tls-offset-past-end'] = ph_field(tls, 'offset', size + 4096)
    note = e.ph(PT_NOTE)
    if note:
        out['note-offset-past-end'] = ph_field(note, 'offset', size + 4096)
        out['note-namesz-huge'] = put(d, note[3], '<I', 0xfffffff0)
        out['note-descsz-huge'] = put(d, note[3] + 4, '<I', 0xfffffff0)
        out['note-size-huge'] = ph_field(note, 'filesz', HUGE)

    # -- dynamic entries pointing outside the image or holding absurd sizes
    for name, value in (('STRTAB', HUGE), ('STRTAB', WRAP), ('STRSZ', HUGE), ('SYMTAB', HUGE),
                        ('SYMTAB', WRAP), ('GNU_HASH', HUGE), ('HASH', HUGE), ('RELA', HUGE),
                        ('RELA', WRAP), ('RELASZ', HUGE), ('RELASZ', 1 << 20), ('RELAENT', 7),
                        ('RELAENT', 0), ('JMPREL', HUGE), ('PLTRELSZ', HUGE), ('PLTRELSZ', 1 << 20),
                        ('INIT_ARRAY', HUGE), ('INIT_ARRAYSZ', HUGE), ('INIT_ARRAYSZ', 1 << 20),
                        ('FINI_ARRAY', HUGE), ('FINI_ARRAYSZ', HUGE), ('INIT', HUGE), ('FINI', HUGE),
                        ('NEEDED', HUGE), ('NEEDED', 1 << 20), ('SONAME', HUGE), ('VERSYM', HUGE),
                        ('VERDEF', HUGE), ('VERDEFNUM', 0xffffffff), ('VERNEED', HUGE),
                        ('VERNEEDNUM', 0xffffffff), ('RELR', HUGE), ('RELRSZ', HUGE), ('RELRENT', 3),
                        ('SYMENT', 7)):
        ent = e.dynval(name)
        if ent:
            out['dyn-%s-%x' % (name.lower(), value)] = put(d, ent[0] + 8, '<Q', value)
    strsz = e.dynval('STRSZ')
    if strsz:
        out['dyn-strsz-1'] = put(d, strsz[0] + 8, '<Q', 1)  # strings run past the table's end

    # -- the GNU hash table
    gh = e.dynval('GNU_HASH')
    if gh and e.vaddr_to_off(gh[1]) is not None:
        o = e.vaddr_to_off(gh[1])
        nbuckets, symoffset, maskwords, shift = struct.unpack_from('<IIII', d, o)
        out['gnuhash-nbuckets-0'] = put(d, o, '<I', 0)
        out['gnuhash-nbuckets-huge'] = put(d, o, '<I', 0xfffffff0)
        out['gnuhash-symoffset-huge'] = put(d, o + 4, '<I', 0xfffffff0)
        out['gnuhash-maskwords-huge'] = put(d, o + 8, '<I', 0x7ffffff0)
        out['gnuhash-maskwords-0'] = put(d, o + 8, '<I', 0)
        out['gnuhash-maskwords-3'] = put(d, o + 8, '<I', 3)
        out['gnuhash-shift-200'] = put(d, o + 12, '<I', 200)
        buckets = o + 16 + 8 * maskwords
        chains = buckets + 4 * nbuckets
        b = d
        for i in range(nbuckets):
            b = put(b, buckets + 4 * i, '<I', 0xfffffff0)
        out['gnuhash-buckets-huge'] = b
        dynsym = e.section('.dynsym')
        if dynsym:
            nsyms = dynsym[1] // 24
            b = d
            for i in range(max(nsyms - symoffset, 0)):
                (h,) = struct.unpack_from('<I', d, chains + 4 * i)
                b = put(b, chains + 4 * i, '<I', h & ~1)
            out['gnuhash-chain-no-end'] = b

    # -- symbols and relocations
    dynsym = e.section('.dynsym')
    dynstr = e.section('.dynstr')
    if dynsym and dynstr:
        for i in range(1, dynsym[1] // 24):
            so = dynsym[0] + 24 * i
            (st_name,) = struct.unpack_from('<I', d, so)
            s = d[dynstr[0] + st_name:d.index(b'\0', dynstr[0] + st_name)]
            if s == b'good_fn':
                out['sym-name-huge'] = put(d, so, '<I', 0xfffffff0)
                out['sym-shndx-undef'] = put(d, so + 6, '<H', 0)
                out['sym-value-huge'] = put(d, so + 8, '<Q', HUGE)
                out['sym-type-tls'] = put(d, so + 4, '<B', (1 << 4) | 6)
    rela = e.dynval('RELA')
    if rela and e.vaddr_to_off(rela[1]) is not None:
        o = e.vaddr_to_off(rela[1])
        out['rela-type-99'] = put(d, o + 8, '<I', 99)
        out['rela-type-gotpcrel'] = put(d, o + 8, '<I', 9)
        out['rela-type-32'] = put(d, o + 8, '<I', 10)
        out['rela-offset-huge'] = put(d, o, '<Q', HUGE)
        out['rela-offset-in-text'] = put(d, o, '<Q', loads[0][4] + 0x40 if loads[0][2] & 2 == 0 else 0x40)
        # A symbolic relocation (R_X86_64_64) whose symbol index is absurd.
        out['rela-symbol-huge'] = put(d, o + 8, '<II', 1, 0xfffff0)
    jmprel = e.dynval('JMPREL')
    if jmprel and e.vaddr_to_off(jmprel[1]) is not None:
        o = e.vaddr_to_off(jmprel[1])
        out['jmprel-type-99'] = put(d, o + 8, '<I', 99)
        out['jmprel-symbol-huge'] = put(d, o + 12, '<I', 0xfffff0)
    relr = e.dynval('RELR')
    if relr and e.vaddr_to_off(relr[1]) is not None:
        o = e.vaddr_to_off(relr[1])
        out['relr-address-huge'] = put(d, o, '<Q', HUGE & ~1)
        out['relr-bitmap-first'] = put(d, o, '<Q', 0xffffffffffffffff)
    verdef = e.dynval('VERDEF')
    if verdef and e.vaddr_to_off(verdef[1]) is not None:
        o = e.vaddr_to_off(verdef[1])
        out['verdef-next-loops'] = put(put(d, o + 16, '<I', 0), e.dynval('VERDEFNUM')[0] + 8, '<Q', 0x7fffffff)
        out['verdef-aux-huge'] = put(d, o + 12, '<I', 0xfffffff0)
    return out


def main():
    good, outdir = sys.argv[1], sys.argv[2]
    with open(good, 'rb') as f:
        e = Elf(f.read())
    os.makedirs(outdir, exist_ok=True)
    for name, data in sorted(variants(e).items()):
        with open(os.path.join(outdir, name + '.so'), 'wb') as f:
            f.write(data)
    # Files that are not ELF shared objects at all.
    with open(os.path.join(outdir, 'file-empty.so'), 'wb'):
        pass
    with open(os.path.join(outdir, 'file-text.so'), 'w') as f:
        f.write('INPUT(-lc)\n')
    os.makedirs(os.path.join(outdir, 'file-directory.so'), exist_ok=True)
    link = os.path.join(outdir, 'file-dev-zero.so')
    if not os.path.lexists(link):
        os.symlink('/dev/zero', link)


if __name__ == '__main__':
    main()
