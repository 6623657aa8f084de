#define _GNU_SOURCE
#include <fcntl.h>

#include "clinux.h"

int g2t_start_writeback(int fd, off_t offset, off_t count) {
  return sync_file_range(fd, offset, count, SYNC_FILE_RANGE_WRITE);
}
