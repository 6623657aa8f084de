#!/usr/bin/env bash
# Checks and measures the CRC-32C kernels behind TensorBundle's `CRC32C`:
#   - sse42    : scripts/bench/crc32c.c (3-lane crc32q + PCLMULQDQ merge)
#   - portable : scripts/bench/crc32c.c (slicing-by-8 tables, the fallback)
#   - isal     : ISA-L crc32_iscsi (runtime-dispatched; AVX-512 VPCLMULQDQ folding on this host)
# First verifies all kernels against a bitwise reference for many lengths and
# alignments, then prints throughput for one 64 MiB buffer and for 4 KiB buffers.
# Usage: scripts/bench_crc32c.sh            (needs gcc, libisal-dev; ~10 s)
#        scripts/bench_crc32c.sh --constants (prints the merge constants used in crc32c.c)
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" == "--constants" ]]; then
  python3 - <<'PY'
P = 0x82F63B78
def xpow(m):  # x^m mod P, bit-reflected (0x80000000 is x^0)
    v = 0x80000000
    for _ in range(m):
        v = (v >> 1) ^ (P if v & 1 else 0)
    return v
for lane in (8192, 256):
    for n in (lane, 2 * lane):
        print(f"n = {n:5d}: x^(8n-33) mod P = {xpow(8 * n - 33):#010x}")
PY
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/bench.c" <<'C'
#include <isa-l/crc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "crc32c_shim.h"

static uint32_t reference(const unsigned char *p, size_t n) {
  uint32_t c = 0xFFFFFFFFu;
  while (n--) { c ^= *p++; for (int k = 0; k < 8; k++) c = (c & 1) ? (c >> 1) ^ 0x82F63B78u : c >> 1; }
  return ~c;
}
// ISA-L's crc32_iscsi neither pre- nor post-inverts: pass ~crc in, invert the result.
static uint32_t isal(uint32_t crc, const void *p, size_t n) {
  uint32_t c = ~crc;
  const unsigned char *b = p;
  while (n > 0) { int chunk = n > (1u << 30) ? (1 << 30) : (int)n; c = crc32_iscsi((unsigned char *)b, chunk, c); b += chunk; n -= chunk; }
  return ~c;
}
typedef uint32_t (*kernel)(uint32_t, const void *, size_t);
static const char *names[] = {"sse42", "portable", "isal"};
static kernel kernels[] = {g2t_crc32c_update_sse42, g2t_crc32c_update_portable, isal};

static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec * 1e-9; }

int main(void) {
  unsigned char *buf = aligned_alloc(4096, 64u << 20);
  srand(42);
  for (size_t i = 0; i < (64u << 20); i++) buf[i] = (unsigned char)rand();
  // Correctness.
  const char *check = "123456789";
  for (int k = 0; k < 3; k++) {
    uint32_t v = kernels[k](0, check, 9);
    if (v != 0xE3069283u) { printf("FAIL %s check value %08x\n", names[k], v); return 1; }
  }
  size_t lens[] = {0, 1, 7, 8, 9, 63, 255, 767, 768, 769, 1000, 4096, 24575, 24576, 24577, 50000, 100003, 1 << 20};
  for (size_t li = 0; li < sizeof lens / sizeof *lens; li++)
    for (int off = 0; off < 9; off++) {
      uint32_t want = reference(buf + off, lens[li]);
      for (int k = 0; k < 3; k++) {
        uint32_t got = kernels[k](0, buf + off, lens[li]);
        uint32_t split = kernels[k](kernels[k](0, buf + off, lens[li] / 3), buf + off + lens[li] / 3, lens[li] - lens[li] / 3);
        if (got != want || split != want) { printf("FAIL %s len %zu off %d: %08x %08x want %08x\n", names[k], lens[li], off, got, split, want); return 1; }
      }
    }
  printf("all kernels agree with the bitwise reference (check value 0xE3069283)\n");
  // Throughput.
  for (int k = 0; k < 3; k++) {
    volatile uint32_t sink = 0;
    double best_big = 1e9, best_small = 1e9;
    for (int rep = 0; rep < 5; rep++) {
      double t0 = now();
      sink ^= kernels[k](0, buf, 64u << 20);
      double t1 = now();
      if (t1 - t0 < best_big) best_big = t1 - t0;
      t0 = now();
      for (size_t i = 0; i < (64u << 20); i += 4096) sink ^= kernels[k](0, buf + i, 4096);
      t1 = now();
      if (t1 - t0 < best_small) best_small = t1 - t0;
    }
    double best_tiny = 1e9;
    for (int rep = 0; rep < 5; rep++) {
      double t0 = now();
      for (size_t i = 0; i < (1u << 20); i += 1) sink ^= kernels[k](0, buf + (i & 0xffff) * 64, 64);
      double t1 = now();
      if (t1 - t0 < best_tiny) best_tiny = t1 - t0;
    }
    printf("%-9s 64 MiB buffer: %6.2f GB/s   4 KiB buffers: %6.2f GB/s (%4.0f ns each)   64 B buffers: %4.1f ns each\n",
           names[k], (64u << 20) / best_big / 1e9, (64u << 20) / best_small / 1e9, best_small / 16384 * 1e9,
           best_tiny / (1u << 20) * 1e9);
    (void)sink;
  }
  return 0;
}
C
gcc -O3 -msse4.2 -mpclmul -I scripts/bench -o "$work/bench" "$work/bench.c" scripts/bench/crc32c.c -lisal
"$work/bench"
