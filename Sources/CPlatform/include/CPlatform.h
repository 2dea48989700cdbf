#ifndef SVCREG_CPLATFORM_H
#define SVCREG_CPLATFORM_H

/// Flushes every dirty page of the file system holding `fd` to stable storage: one call that
/// makes a whole batch of files durable, where fsync would be needed once per file.
int svcreg_syncfs(int fd);

#endif
