/*
 * dx_require.h: the built-in module registry behind require() (require.c).
 * A binding that provides a module registers it from its init function.
 */
#ifndef DX_REQUIRE_H
#define DX_REQUIRE_H

#include "duk_ext.h"

/* Registers the value on top of the stack (popped) as the exports of the
 * built-in module `name`, e.g. "buffer" or "objectbuffer". */
void dx_require_register(duk_context *ctx, const char *name);

#endif
