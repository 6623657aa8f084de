// libxxhash (Debian libxxhash-dev): the streaming XXH32 that LZ4FrameDecoder
// runs on its checksum thread to check LZ4 content checksums.
#include <xxhash.h>
