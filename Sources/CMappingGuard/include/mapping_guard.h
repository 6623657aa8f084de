#ifndef GLUON2TF_MAPPING_GUARD_H
#define GLUON2TF_MAPPING_GUARD_H

#include <stddef.h>
#include <stdint.h>

/// Guards read-only file mappings against the file shrinking under them.
///
/// When another process truncates a file that is mapped, a read of a mapped
/// page past the new end of file raises SIGBUS, which would kill the process.
/// A guarded mapping instead has the pages from the faulting one to its end
/// replaced by anonymous zero pages, from inside the signal handler; the read
/// resumes, sees zeros, and the first faulting offset is recorded so that the
/// reader can refuse the file with a clear error before anything is published.
///
/// SIGBUS on an address outside every guarded mapping is passed to the handler
/// that was installed before (the Swift runtime's backtracer, a sanitizer), or
/// to the default action, so real crashes still crash.

/// Installs the SIGBUS handler once per process (later calls do nothing).
/// Returns 0, or -1 with errno set if `sigaction` fails.
int g2t_mapping_guard_install(void);

/// Guards the mapping [base, base + length). Returns a slot number >= 0 to
/// pass to the other calls, or -1 when all slots are taken (the mapping is
/// then unguarded).
int g2t_mapping_guard_register(void *base, size_t length);

/// Stops guarding the mapping in `slot`; call it before `munmap`.
void g2t_mapping_guard_unregister(int slot);

/// The offset from the mapping's start of the first page that faulted, or -1
/// if no read has faulted.
int64_t g2t_mapping_guard_fault_offset(int slot);

/// Number of slots (mappings guarded at once).
enum { G2T_MAPPING_GUARD_SLOTS = 256 };

#endif
