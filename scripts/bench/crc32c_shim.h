#pragma once
// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78) kernels for gluon2tf.
//
// Every function here follows zlib's crc32() convention: it takes and returns a
// *finished* CRC (pre- and post-inverted internally), so that
//     g2t_crc32c_update(g2t_crc32c_update(0, a, na), b, nb) == crc32c(a || b)
// and g2t_crc32c_update(0, "123456789", 9) == 0xE3069283.

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Extends `crc` over `len` bytes at `data`, with the fastest kernel this CPU
/// supports (chosen once, at the first call).
uint32_t g2t_crc32c_update(uint32_t crc, const void *data, size_t len);

/// SSE4.2 kernel: three interleaved `crc32q` streams, recombined with PCLMULQDQ.
/// Only call it when g2t_crc32c_hardware_available() returns nonzero.
uint32_t g2t_crc32c_update_sse42(uint32_t crc, const void *data, size_t len);

/// Portable kernel: slicing-by-8 tables. Works on every CPU.
uint32_t g2t_crc32c_update_portable(uint32_t crc, const void *data, size_t len);

/// Nonzero when the CPU has SSE4.2 and PCLMULQDQ (checked with __builtin_cpu_supports).
int g2t_crc32c_hardware_available(void);

#ifdef __cplusplus
}
#endif
