#ifndef GLUON2TF_CLINUX_H
#define GLUON2TF_CLINUX_H

#include <stddef.h>
#include <sys/types.h>

/// Starts writeback of a file range without waiting (Linux `sync_file_range`
/// with SYNC_FILE_RANGE_WRITE). Returns 0 or -1 with errno set. Swift's Glibc
/// module does not export this GNU extension, hence the shim.
int g2t_start_writeback(int fd, off_t offset, off_t count);


// MARK: watchd (Sources/watchd): calls and flags Swift's Glibc module lacks.

#include <stdint.h>
#include <sys/inotify.h>

/// renameat2(2) flags (linux/fs.h), named here so Swift sees them.
enum {
  G2T_RENAME_NOREPLACE = 1 << 0,
  G2T_RENAME_EXCHANGE = 1 << 1,
};

/// `renameat2(2)`. Returns 0 or -1 with errno set.
int g2t_renameat2(int olddirfd, const char *oldpath, int newdirfd, const char *newpath,
                  unsigned int flags);

/// `memfd_create(name, MFD_CLOEXEC | MFD_ALLOW_SEALING)`. Returns an fd or -1.
int g2t_memfd_create_sealable(const char *name);

/// Seals a memfd against any change: `fcntl(F_ADD_SEALS, F_SEAL_SHRINK |
/// F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL)`. Returns 0 or -1.
int g2t_memfd_seal_all(int fd);

/// Takes a read lease (`fcntl(F_SETLEASE, F_RDLCK)`) and releases it at once.
/// Returns 0 when no process has the file open for writing; -1 with errno
/// EAGAIN when one has, or another errno when leases are not permitted.
int g2t_probe_read_lease(int fd);

/// `eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)`. Returns an fd or -1.
int g2t_eventfd(void);

/// Sends `length` bytes as one datagram on the AF_UNIX datagram socket `fd` to
/// `path` (a leading '@' names an abstract socket), with `pass_fd` attached
/// as SCM_RIGHTS when it is >= 0. Returns the bytes sent or -1 with errno set.
ssize_t g2t_unix_sendto(int fd, const char *path, const void *bytes, size_t length, int pass_fd);

/// Binds the AF_UNIX socket `fd` to `path` (a leading '@' names an abstract
/// socket). Returns 0 or -1 with errno set (ENAMETOOLONG for a long path).
int g2t_unix_bind(int fd, const char *path);

/// Receives one datagram into `buffer`; when it carries an SCM_RIGHTS
/// descriptor, stores it in `*received_fd` (else -1). Returns the length or -1.
ssize_t g2t_unix_recv(int fd, void *buffer, size_t capacity, int *received_fd);

/// Resets the process's peak resident set (VmHWM) by writing "5" to
/// /proc/self/clear_refs. Returns 0 or -1.
int g2t_reset_peak_rss(void);


// MARK: Files: directory-relative opens that never follow a link or cross a mount.

/// `openat2(dirfd, name, {flags, mode, RESOLVE_NO_SYMLINKS | RESOLVE_BENEATH
/// [| RESOLVE_NO_XDEV]})`. Returns an fd or -1 with errno set: ELOOP when a
/// component is a symbolic link, EXDEV when it is a mount point and
/// `same_mount` is set.
/// Where openat2 is refused with ENOSYS (a seccomp filter such as systemd's
/// `RestrictSUIDSGID=`, or a kernel before 5.6), falls back to
/// ``g2t_openat_component``.
int g2t_openat_beneath(int dirfd, const char *name, int flags, unsigned int mode, int same_mount);

/// The same guarantees for a single path component without openat2:
/// `openat(O_NOFOLLOW)` refuses a symbolic link (ELOOP), there is no other
/// component to resolve, ".." is refused (EXDEV), and with `same_mount` a
/// mount point is refused (EXDEV) by comparing statx mount IDs. A name with
/// a "/" fails with ENOSYS.
int g2t_openat_component(int dirfd, const char *name, int flags, unsigned int mode,
                         int same_mount);

#endif
