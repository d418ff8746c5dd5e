#ifndef STORYLINE_CCMARK_SHIM_H
#define STORYLINE_CCMARK_SHIM_H

#include <cmark.h>
#include <stdlib.h>

/// cmark's HTML is allocated with the C allocator; Swift frees it through this.
static inline void storyline_cmark_free(char *pointer) { free(pointer); }

#endif
