// syncfs(2) is a GNU extension that Swift's Glibc module does not export.
#define _GNU_SOURCE
#include <unistd.h>
#include "CPlatform.h"

int svcreg_syncfs(int fd) {
#if defined(__linux__)
  return syncfs(fd);
#else
  (void)fd;
  sync();
  return 0;
#endif
}
