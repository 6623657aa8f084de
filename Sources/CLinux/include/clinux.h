#ifndef GLUON2TF_CLINUX_H
#define GLUON2TF_CLINUX_H

#include <stddef.h>
#include <sys/types.h>

/// Starts writeback of a file range without waiting (Linux `sync_file_range`
/// with SYNC_FILE_RANGE_WRITE). Returns 0 or -1 with errno set. Swift's Glibc
/// module does not export this GNU extension, hence the shim.
int g2t_start_writeback(int fd, off_t offset, off_t count);

#endif
