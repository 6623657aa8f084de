#include "ckernels.h"

#include <immintrin.h>
#include <stdint.h>
#include <string.h>

/* Destination row of source column k. */
static inline size_t dest_row(size_t k, size_t inner, size_t spatial) {
  return (k % spatial) * inner + k / spatial;
}

/* Portable path: 8 x 8 tiles of scalar moves (the same access pattern as the
   vector path, so both sides stay in cache lines). */
static void permute32_scalar(const uint32_t *src, uint32_t *dst, size_t outer, size_t inner,
                             size_t spatial, size_t r0, size_t r1) {
  size_t columns = inner * spatial;
  for (size_t o0 = r0; o0 < r1; o0 += 8) {
    size_t o1 = o0 + 8 < r1 ? o0 + 8 : r1;
    for (size_t k0 = 0; k0 < columns; k0 += 8) {
      size_t k1 = k0 + 8 < columns ? k0 + 8 : columns;
      for (size_t k = k0; k < k1; k++) {
        uint32_t *row = dst + dest_row(k, inner, spatial) * outer;
        for (size_t o = o0; o < o1; o++) {
          uint32_t v;
          memcpy(&v, src + (o - r0) * columns + k, 4); /* src starts at row r0 */
          memcpy(row + o, &v, 4);
        }
      }
    }
  }
}

/* AVX2 path. Why this shape: eight 32-byte loads take an 8 x 8 tile from eight
   source rows (contiguous along k); the classic unpack/shuffle/permute network
   turns its columns into rows in registers; each of the eight results is one
   destination row segment of 8 outputs, stored with one 32-byte store. Every
   byte is loaded and stored once, in full cache-line runs on both sides. */
__attribute__((target("avx2"))) static void permute32_avx2(const float *src, float *dst, size_t outer,
                                                            size_t inner, size_t spatial, size_t r0,
                                                            size_t r1) {
  size_t columns = inner * spatial;
  size_t o_full = r0 + ((r1 - r0) / 8) * 8;
  size_t k_full = (columns / 8) * 8;
  for (size_t o0 = r0; o0 < o_full; o0 += 8) {
    const float *s = src + (o0 - r0) * columns;
    /* Destination rows advance incrementally: (hw, i) from k without divisions. */
    size_t hw = 0, i = 0;
    for (size_t k0 = 0; k0 < k_full; k0 += 8) {
      __m256 r0v = _mm256_loadu_ps(s + 0 * columns + k0);
      __m256 r1v = _mm256_loadu_ps(s + 1 * columns + k0);
      __m256 r2v = _mm256_loadu_ps(s + 2 * columns + k0);
      __m256 r3v = _mm256_loadu_ps(s + 3 * columns + k0);
      __m256 r4v = _mm256_loadu_ps(s + 4 * columns + k0);
      __m256 r5v = _mm256_loadu_ps(s + 5 * columns + k0);
      __m256 r6v = _mm256_loadu_ps(s + 6 * columns + k0);
      __m256 r7v = _mm256_loadu_ps(s + 7 * columns + k0);
      __m256 t0 = _mm256_unpacklo_ps(r0v, r1v), t1 = _mm256_unpackhi_ps(r0v, r1v);
      __m256 t2 = _mm256_unpacklo_ps(r2v, r3v), t3 = _mm256_unpackhi_ps(r2v, r3v);
      __m256 t4 = _mm256_unpacklo_ps(r4v, r5v), t5 = _mm256_unpackhi_ps(r4v, r5v);
      __m256 t6 = _mm256_unpacklo_ps(r6v, r7v), t7 = _mm256_unpackhi_ps(r6v, r7v);
      __m256 u0 = _mm256_shuffle_ps(t0, t2, 0x44), u1 = _mm256_shuffle_ps(t0, t2, 0xEE);
      __m256 u2 = _mm256_shuffle_ps(t1, t3, 0x44), u3 = _mm256_shuffle_ps(t1, t3, 0xEE);
      __m256 u4 = _mm256_shuffle_ps(t4, t6, 0x44), u5 = _mm256_shuffle_ps(t4, t6, 0xEE);
      __m256 u6 = _mm256_shuffle_ps(t5, t7, 0x44), u7 = _mm256_shuffle_ps(t5, t7, 0xEE);
      __m256 c[8];
      c[0] = _mm256_permute2f128_ps(u0, u4, 0x20);
      c[1] = _mm256_permute2f128_ps(u1, u5, 0x20);
      c[2] = _mm256_permute2f128_ps(u2, u6, 0x20);
      c[3] = _mm256_permute2f128_ps(u3, u7, 0x20);
      c[4] = _mm256_permute2f128_ps(u0, u4, 0x31);
      c[5] = _mm256_permute2f128_ps(u1, u5, 0x31);
      c[6] = _mm256_permute2f128_ps(u2, u6, 0x31);
      c[7] = _mm256_permute2f128_ps(u3, u7, 0x31);
      for (int j = 0; j < 8; j++) {
        _mm256_storeu_ps(dst + (hw * inner + i) * outer + o0, c[j]);
        if (++hw == spatial) {
          hw = 0;
          i++;
        }
      }
    }
    /* Columns left over after the last full tile. */
    for (size_t k = k_full; k < columns; k++) {
      float *row = dst + dest_row(k, inner, spatial) * outer;
      for (size_t o = o0; o < o0 + 8; o++) row[o] = s[(o - o0) * columns + k];
    }
  }
  if (o_full < r1)
    permute32_scalar((const uint32_t *)src + (o_full - r0) * columns, (uint32_t *)dst, outer, inner,
                     spatial, o_full, r1);
}

void g2t_permute32(const void *src, void *dst, size_t outer, size_t inner, size_t spatial,
                   size_t row_begin, size_t row_end) {
  if (row_end <= row_begin || spatial == 0 || inner == 0) return;
  if (__builtin_cpu_supports("avx2"))
    permute32_avx2((const float *)src, (float *)dst, outer, inner, spatial, row_begin, row_end);
  else
    permute32_scalar((const uint32_t *)src, (uint32_t *)dst, outer, inner, spatial, row_begin, row_end);
}
