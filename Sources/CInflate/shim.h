#ifndef SVCREG_CINFLATE_SHIM_H
#define SVCREG_CINFLATE_SHIM_H

// inflateInit2 is a macro Swift cannot call; this wrapper is it, for raw deflate data (the
// form a zip file stores), which is all svcreg inflates.

#include <zlib.h>

static inline int svcreg_inflate_init_raw(z_stream *stream) {
  return inflateInit2(stream, -MAX_WBITS);
}

#endif
