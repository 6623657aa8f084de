#define _GNU_SOURCE
#include <fcntl.h>

#include "clinux.h"

int g2t_start_writeback(int fd, off_t offset, off_t count) {
  return sync_file_range(fd, offset, count, SYNC_FILE_RANGE_WRITE);
}

// MARK: watchd (Sources/watchd)

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

int g2t_renameat2(int olddirfd, const char *oldpath, int newdirfd, const char *newpath,
                  unsigned int flags) {
  return renameat2(olddirfd, oldpath, newdirfd, newpath, flags);
}

int g2t_memfd_create_sealable(const char *name) {
  return memfd_create(name, MFD_CLOEXEC | MFD_ALLOW_SEALING);
}

int g2t_memfd_seal_all(int fd) {
  return fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL);
}

int g2t_probe_read_lease(int fd) {
  if (fcntl(fd, F_SETLEASE, F_RDLCK) != 0) return -1;
  (void)fcntl(fd, F_SETLEASE, F_UNLCK);
  return 0;
}

int g2t_eventfd(void) { return eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK); }

/// Fills `address` for `path`; returns its length or -1 (ENAMETOOLONG).
static socklen_t g2t_unix_address(struct sockaddr_un *address, const char *path) {
  memset(address, 0, sizeof(*address));
  address->sun_family = AF_UNIX;
  size_t length = strlen(path);
  if (length == 0 || length >= sizeof(address->sun_path)) {
    errno = ENAMETOOLONG;
    return (socklen_t)-1;
  }
  memcpy(address->sun_path, path, length);
  if (path[0] == '@') address->sun_path[0] = '\0';  // abstract namespace
  return (socklen_t)(offsetof(struct sockaddr_un, sun_path) + length + (path[0] == '@' ? 0 : 1));
}

ssize_t g2t_unix_sendto(int fd, const char *path, const void *bytes, size_t length, int pass_fd) {
  struct sockaddr_un address;
  socklen_t address_length = g2t_unix_address(&address, path);
  if (address_length == (socklen_t)-1) return -1;
  struct iovec vector = {.iov_base = (void *)bytes, .iov_len = length};
  union {
    struct cmsghdr header;
    char space[CMSG_SPACE(sizeof(int))];
  } control;
  memset(&control, 0, sizeof(control));
  struct msghdr message = {
      .msg_name = &address,
      .msg_namelen = address_length,
      .msg_iov = &vector,
      .msg_iovlen = 1,
  };
  if (pass_fd >= 0) {
    message.msg_control = control.space;
    message.msg_controllen = sizeof(control.space);
    struct cmsghdr *header = CMSG_FIRSTHDR(&message);
    header->cmsg_level = SOL_SOCKET;
    header->cmsg_type = SCM_RIGHTS;
    header->cmsg_len = CMSG_LEN(sizeof(int));
    memcpy(CMSG_DATA(header), &pass_fd, sizeof(int));
  }
  return sendmsg(fd, &message, MSG_NOSIGNAL);
}

int g2t_unix_bind(int fd, const char *path) {
  struct sockaddr_un address;
  socklen_t address_length = g2t_unix_address(&address, path);
  if (address_length == (socklen_t)-1) return -1;
  return bind(fd, (struct sockaddr *)&address, address_length);
}

ssize_t g2t_unix_recv(int fd, void *buffer, size_t capacity, int *received_fd) {
  *received_fd = -1;
  struct iovec vector = {.iov_base = buffer, .iov_len = capacity};
  union {
    struct cmsghdr header;
    char space[CMSG_SPACE(sizeof(int) * 4)];
  } control;
  struct msghdr message = {
      .msg_iov = &vector,
      .msg_iovlen = 1,
      .msg_control = control.space,
      .msg_controllen = sizeof(control.space),
  };
  ssize_t received = recvmsg(fd, &message, MSG_CMSG_CLOEXEC);
  if (received < 0) return received;
  for (struct cmsghdr *header = CMSG_FIRSTHDR(&message); header != NULL;
       header = CMSG_NXTHDR(&message, header)) {
    if (header->cmsg_level == SOL_SOCKET && header->cmsg_type == SCM_RIGHTS &&
        *received_fd < 0) {
      memcpy(received_fd, CMSG_DATA(header), sizeof(int));
    }
  }
  return received;
}

int g2t_reset_peak_rss(void) {
  int fd = open("/proc/self/clear_refs", O_WRONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  ssize_t written = write(fd, "5", 1);
  close(fd);
  return written == 1 ? 0 : -1;
}

// MARK: Files

#include <linux/openat2.h>
#include <sys/syscall.h>

int g2t_openat_beneath(int dirfd, const char *name, int flags, unsigned int mode, int same_mount) {
  struct open_how how;
  memset(&how, 0, sizeof(how));
  how.flags = (unsigned long long)flags;
  how.mode = (flags & (O_CREAT | O_TMPFILE)) ? mode : 0;
  how.resolve = RESOLVE_NO_SYMLINKS | RESOLVE_BENEATH | (same_mount ? RESOLVE_NO_XDEV : 0);
  int fd = (int)syscall(SYS_openat2, dirfd, name, &how, sizeof(how));
  if (fd < 0 && errno == ENOSYS) {
    // systemd's RestrictSUIDSGID= answers openat2 with ENOSYS (it cannot see
    // the mode inside struct open_how), expecting a fall back to openat.
    return g2t_openat_component(dirfd, name, flags, mode, same_mount);
  }
  return fd;
}

#include <sys/stat.h>
#ifndef STATX_MNT_ID
#define STATX_MNT_ID 0x00001000U
#endif

/// The mount ID of the file open as `fd`, or -1 (errno set).
static long long g2t_mount_id(int fd) {
  struct statx status;
  if (statx(fd, "", AT_EMPTY_PATH | AT_STATX_DONT_SYNC, STATX_MNT_ID, &status) != 0) return -1;
  if (!(status.stx_mask & STATX_MNT_ID)) {
    errno = ENOSYS;
    return -1;
  }
  return (long long)status.stx_mnt_id;
}

int g2t_openat_component(int dirfd, const char *name, int flags, unsigned int mode,
                         int same_mount) {
  // With more than one component, openat would resolve links and ".." on
  // the way: only openat2 can do that safely.
  if (strchr(name, '/') != NULL) {
    errno = ENOSYS;
    return -1;
  }
  if (strcmp(name, "..") == 0) {  // as RESOLVE_BENEATH answers
    errno = EXDEV;
    return -1;
  }
  int fd = openat(dirfd, name, flags | O_NOFOLLOW, mode);
  if (fd < 0 || !same_mount) return fd;
  long long parent = g2t_mount_id(dirfd);
  long long child = parent < 0 ? -1 : g2t_mount_id(fd);
  if (parent < 0 || child < 0 || parent != child) {
    int error = (parent < 0 || child < 0) ? errno : EXDEV;
    close(fd);
    errno = error;
    return -1;
  }
  return fd;
}
