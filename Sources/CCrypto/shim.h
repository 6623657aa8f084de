// libcrypto's EVP digests (SHA-256, SHA-1): OpenSSL picks the fastest code
// for the CPU at run time (SHA-NI, AVX2, ...).
#include <openssl/evp.h>
