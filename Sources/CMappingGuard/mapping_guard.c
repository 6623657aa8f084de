#define _GNU_SOURCE
#include "mapping_guard.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

// One slot per guarded mapping. The handler reads the table without locks
// (nothing else is safe in a signal handler): `base` is published last with
// release order, so a handler that sees a non-zero base also sees its length.
struct guarded_mapping {
  _Atomic(uintptr_t) base;
  _Atomic(size_t) length;
  _Atomic(int64_t) fault_offset;  // -1: no fault yet
  atomic_flag taken;
};

static struct guarded_mapping slots[G2T_MAPPING_GUARD_SLOTS];
static struct sigaction previous_action;
static pthread_once_t install_once = PTHREAD_ONCE_INIT;
static int install_result = 0;
static int install_errno = 0;
static size_t page_size = 4096;

static void pass_on(int signal_number, siginfo_t *info, void *context) {
  if (previous_action.sa_flags & SA_SIGINFO) {
    if (previous_action.sa_sigaction) {
      previous_action.sa_sigaction(signal_number, info, context);
      return;
    }
  } else if (previous_action.sa_handler != SIG_DFL && previous_action.sa_handler != SIG_IGN) {
    previous_action.sa_handler(signal_number);
    return;
  }
  // Default action: restore it and return; the faulting read runs again and
  // the kernel delivers SIGBUS with the default disposition (a core dump).
  // SIG_IGN is treated the same, as ignoring a fault would loop forever.
  struct sigaction fallback;
  memset(&fallback, 0, sizeof fallback);
  fallback.sa_handler = SIG_DFL;
  sigemptyset(&fallback.sa_mask);
  sigaction(signal_number, &fallback, NULL);
}

static void record_fault(struct guarded_mapping *slot, int64_t offset) {
  int64_t seen = atomic_load_explicit(&slot->fault_offset, memory_order_relaxed);
  // Keep the smallest offset: a file truncated twice faults lower the second time.
  while ((seen < 0 || offset < seen) &&
         !atomic_compare_exchange_weak(&slot->fault_offset, &seen, offset)) {
  }
}

static void on_sigbus(int signal_number, siginfo_t *info, void *context) {
  int saved_errno = errno;
  uintptr_t address = (uintptr_t)info->si_addr;
  for (int i = 0; i < G2T_MAPPING_GUARD_SLOTS; i++) {
    uintptr_t base = atomic_load_explicit(&slots[i].base, memory_order_acquire);
    if (base == 0) continue;
    size_t length = atomic_load_explicit(&slots[i].length, memory_order_relaxed);
    if (address < base || address - base >= length) continue;
    uintptr_t page = address & ~(uintptr_t)(page_size - 1);
    size_t rest = base + length - page;
    // mmap is not on POSIX's async-signal-safe list, but on Linux it is a
    // plain system call with no user-space state, which is what matters here.
    // Every page from the faulting one to the end is replaced at once, so a
    // truncated file costs one signal, not one per page.
    void *zeros = mmap((void *)page, rest, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    if (zeros == MAP_FAILED) break;
    record_fault(&slots[i], (int64_t)(page - base));
    errno = saved_errno;
    return;
  }
  errno = saved_errno;
  pass_on(signal_number, info, context);
}

static void install(void) {
  long size = sysconf(_SC_PAGESIZE);
  if (size > 0) page_size = (size_t)size;
  for (int i = 0; i < G2T_MAPPING_GUARD_SLOTS; i++) {
    atomic_store(&slots[i].fault_offset, -1);
  }
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_sigaction = on_sigbus;
  action.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&action.sa_mask);
  if (sigaction(SIGBUS, &action, &previous_action) != 0) {
    install_result = -1;
    install_errno = errno;
  }
}

int g2t_mapping_guard_install(void) {
  pthread_once(&install_once, install);
  if (install_result != 0) errno = install_errno;
  return install_result;
}

int g2t_mapping_guard_register(void *base, size_t length) {
  if (base == NULL || length == 0) return -1;
  size_t rounded = (length + page_size - 1) & ~(page_size - 1);
  for (int i = 0; i < G2T_MAPPING_GUARD_SLOTS; i++) {
    if (atomic_flag_test_and_set(&slots[i].taken)) continue;
    atomic_store(&slots[i].fault_offset, -1);
    atomic_store_explicit(&slots[i].length, rounded, memory_order_relaxed);
    atomic_store_explicit(&slots[i].base, (uintptr_t)base, memory_order_release);
    return i;
  }
  return -1;
}

void g2t_mapping_guard_unregister(int slot) {
  if (slot < 0 || slot >= G2T_MAPPING_GUARD_SLOTS) return;
  atomic_store_explicit(&slots[slot].base, 0, memory_order_release);
  atomic_flag_clear(&slots[slot].taken);
}

int64_t g2t_mapping_guard_fault_offset(int slot) {
  if (slot < 0 || slot >= G2T_MAPPING_GUARD_SLOTS) return -1;
  return atomic_load(&slots[slot].fault_offset);
}
