#ifndef GLUON2TF_CKERNELS_H
#define GLUON2TF_CKERNELS_H

#include <stddef.h>

/// Applies the layout permutation dst[s][i][o] = src[o][i][s] to 4-byte
/// elements (any 32-bit type: only bits move), reading the source as a matrix
/// [outer][inner*spatial] and writing destination row (k % spatial)*inner + k/spatial
/// for source column k.
///
/// Source rows [row_begin, row_end) are processed: `src` points at row
/// `row_begin` (a band of a streamed source, or the tensor plus an offset), `dst`
/// at the whole destination tensor. Pointers need no alignment.
void g2t_permute32(const void *src, void *dst, size_t outer, size_t inner, size_t spatial,
                   size_t row_begin, size_t row_end);

/// The widest SIMD the CPU offers and the kernel has enabled, as OpenBLAS's
/// x86-64 kernels need it: 2 for AVX-512 (F, DQ, CD, BW, VL), 1 for AVX2 with
/// FMA, 0 for less (or another architecture).
int g2t_simd_level(void);

/// Sets glibc's mmap threshold to `bytes` (`mallopt(M_MMAP_THRESHOLD)`), which
/// also stops glibc from raising it as large blocks are freed: every larger
/// block is then mapped when allocated and unmapped when freed. Returns 1 on
/// success, 0 otherwise.
int g2t_fix_mmap_threshold(size_t bytes);

#endif
