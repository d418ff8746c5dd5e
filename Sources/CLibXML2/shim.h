#ifndef STORYLINE_CLIBXML2_SHIM_H
#define STORYLINE_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, and its headers then include the system's ICU
// headers, which clash with the copy Foundation ships. Storyline never touches the
// ICU-only fields of libxml2's encoding structs, so the system ICU is left out.
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>

/// `xmlFree` is a global function pointer, which Swift 6 treats as shared mutable state.
static inline void storyline_xml_free(void *pointer) { xmlFree(pointer); }

#endif
