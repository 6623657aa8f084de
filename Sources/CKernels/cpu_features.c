#include "ckernels.h"

#if defined(__x86_64__)
#include <cpuid.h>

/// XCR0: which register states the kernel saves, hence lets programs use.
static unsigned long long g2t_xcr0(void) {
  unsigned int eax, edx;
  __asm__ volatile("xgetbv" : "=a"(eax), "=d"(edx) : "c"(0));
  return ((unsigned long long)edx << 32) | eax;
}

int g2t_simd_level(void) {
  unsigned int a, b, c, d;
  if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
  const unsigned int fma = 1u << 12, osxsave = 1u << 27, avx = 1u << 28;
  if ((c & (fma | osxsave | avx)) != (fma | osxsave | avx)) return 0;
  const unsigned long long xcr0 = g2t_xcr0();
  if ((xcr0 & 0x6) != 0x6) return 0; /* XMM and YMM state */
  if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return 0;
  if (!(b & (1u << 5))) return 0; /* AVX2 */
  /* AVX-512 F, DQ, CD, BW, VL: what OpenBLAS's SkylakeX kernels use. */
  const unsigned int avx512 = (1u << 16) | (1u << 17) | (1u << 28) | (1u << 30) | (1u << 31);
  if ((b & avx512) == avx512 && (xcr0 & 0xE0) == 0xE0) return 2; /* opmask, ZMM state */
  return 1;
}
#else
int g2t_simd_level(void) { return 0; }
#endif
