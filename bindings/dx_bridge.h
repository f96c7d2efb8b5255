/*
 * dx_bridge.h: what the engine bridge (engine_bridge.c) offers the bindings
 * beyond the public duk_ext_get_view().  The bindings include this instead of
 * any Duktape internal header.
 */
#ifndef DX_BRIDGE_H
#define DX_BRIDGE_H

#include "duk_ext.h"

#endif
