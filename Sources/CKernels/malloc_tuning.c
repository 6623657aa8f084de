#include <malloc.h>

#include "ckernels.h"

int g2t_fix_mmap_threshold(size_t bytes) { return mallopt(M_MMAP_THRESHOLD, (int)bytes); }
