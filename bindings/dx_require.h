/*
 * dx_require.h: the built-in module registry behind require() (require.c).
 * A binding that provides a module registers it from its init function.
 */
#ifndef DX_REQUIRE_H
#define DX_REQUIRE_H

#include "duk_ext.h"

/* Registers the built-in module `name` (e.g. "buffer", "objectbuffer"):
 * the first require(name) calls `init` (no arguments), which returns the
 * module's exports; later calls return the same value. */
void dx_require_register(duk_context *ctx, const char *name, duk_c_function init);

#endif
