/*
 * require: a small CommonJS require() (duk_ext_require_init() in duk_ext.h).
 * Built-in modules live in a registry in the global stash (dx_require.h);
 * files come from the host's loader callback, so the extension does no file
 * I/O.  Paths are resolved and normalised here; modules are cached by path
 * before they run, so cycles see partial exports as in Node.
 */
#include <string.h>

#include "dx_bindings.h"
#include "dx_require.h"

#define DX__BUILTINS "dx:builtinModules" /* name -> exports, once loaded */
#define DX__INITS    "dx:builtinInits"   /* name -> init function */
#define DX__CACHE    "dx:moduleCache"
#define DX__LOADER   "dx:moduleLoader"
#define DX__DIR      DUK_HIDDEN_SYMBOL("dx:dir")

typedef struct {
	duk_ext_module_loader loader;
	void *udata;
} dx__loader_slot;

/* Pushes stash[key], creating an empty object there on first use. */
static void dx__push_stash_object(duk_context *ctx, const char *key) {
	duk_push_global_stash(ctx);
	if (!duk_get_prop_string(ctx, -1, key)) {
		duk_pop(ctx);
		duk_push_object(ctx);
		duk_dup(ctx, -1);
		duk_put_prop_string(ctx, -3, key);
	}
	duk_remove(ctx, -2);
}

void dx_require_register(duk_context *ctx, const char *name, duk_c_function init) {
	dx__push_stash_object(ctx, DX__INITS);
	duk_push_c_function(ctx, init, 0);
	duk_put_prop_string(ctx, -2, name);
	duk_pop(ctx);
}

/* Pushes the exports of built-in module `name`, running its init on first
 * use, and returns 1; or returns 0 (nothing pushed) for an unknown name. */
static int dx__push_builtin(duk_context *ctx, const char *name) {
	dx__push_stash_object(ctx, DX__BUILTINS);
	if (duk_get_prop_string(ctx, -1, name)) {
		duk_remove(ctx, -2);
		return 1;
	}
	duk_pop(ctx);
	dx__push_stash_object(ctx, DX__INITS);
	if (!duk_get_prop_string(ctx, -1, name)) {
		duk_pop_3(ctx);
		return 0;
	}
	duk_call(ctx, 0);
	duk_dup(ctx, -1);
	duk_put_prop_string(ctx, -4, name);
	duk_remove(ctx, -2);
	duk_remove(ctx, -2);
	return 1;
}

/* Pushes `path` with "." and ".." segments and doubled slashes removed. */
static void dx__push_normalized(duk_context *ctx, const char *path) {
	size_t len = strlen(path), o = 0, i = 0;
	int absolute = path[0] == '/';
	size_t min_o; /* ".." may not eat a leading "../" run */
	char *out = (char *) duk_push_fixed_buffer(ctx, len + 2);
	if (absolute) {
		out[o++] = '/';
	}
	min_o = o;
	while (i < len) {
		size_t seg = i, seg_len;
		while (i < len && path[i] != '/') {
			i++;
		}
		seg_len = i - seg;
		i++;
		if (seg_len == 0 || (seg_len == 1 && path[seg] == '.')) {
			continue;
		}
		if (seg_len == 2 && path[seg] == '.' && path[seg + 1] == '.' && o > min_o) {
			while (o > min_o && out[o - 1] != '/') {
				o--;
			}
			if (o > min_o) {
				o--; /* the slash before the dropped segment */
			}
			continue;
		}
		if (seg_len == 2 && path[seg] == '.' && path[seg + 1] == '.' && absolute) {
			continue; /* "/.." is "/" */
		}
		if (o > (absolute ? 1u : 0u)) {
			out[o++] = '/';
		}
		memcpy(out + o, path + seg, seg_len);
		o += seg_len;
		if (seg_len == 2 && path[seg] == '.' && path[seg + 1] == '.') {
			min_o = o;
		}
	}
	if (o == 0) {
		out[o++] = '.';
	}
	duk_push_lstring(ctx, out, o);
	duk_remove(ctx, -2);
}

/* Pushes the directory part of the path on top ("." when it has none). */
static void dx__push_dirname(duk_context *ctx, const char *path) {
	const char *slash = strrchr(path, '/');
	if (slash == NULL) {
		duk_push_string(ctx, ".");
	} else if (slash == path) {
		duk_push_string(ctx, "/");
	} else {
		duk_push_lstring(ctx, path, (duk_size_t) (slash - path));
	}
}

static const dx__loader_slot *dx__get_loader(duk_context *ctx) {
	const dx__loader_slot *slot;
	duk_push_global_stash(ctx);
	duk_get_prop_string(ctx, -1, DX__LOADER);
	slot = (const dx__loader_slot *) duk_get_buffer_data(ctx, -1, NULL);
	duk_pop_2(ctx);
	return slot;
}

/* Tries the loader on `path`: pushes the source and returns 1, or 0. */
static int dx__try_load(duk_context *ctx, const dx__loader_slot *slot, const char *path) {
	duk_idx_t top = duk_get_top(ctx);
	if (slot == NULL || slot->loader == NULL || !slot->loader(ctx, path, slot->udata)) {
		duk_set_top(ctx, top);
		return 0;
	}
	duk_set_top(ctx, top + 1);
	if (!duk_is_string(ctx, -1)) {
		(void) duk_type_error(ctx, "module loader pushed a non-string for %s", path);
	}
	return 1;
}

static duk_ret_t dx__require(duk_context *ctx);

/* Pushes a require function bound to the directory on top (popped). */
static void dx__push_require_fn(duk_context *ctx) {
	duk_push_c_function(ctx, dx__require, 1);
	duk_swap_top(ctx, -2);
	duk_put_prop_string(ctx, -2, DX__DIR);
}

/* Runs the source on top (popped) as module `path`; pushes its exports. */
static void dx__run_module(duk_context *ctx, const char *path, duk_idx_t module_idx) {
	size_t plen = strlen(path);
	if (plen > 5 && strcmp(path + plen - 5, ".json") == 0) {
		duk_json_decode(ctx, -1);
		duk_put_prop_string(ctx, module_idx, "exports");
		return;
	}
	duk_push_string(ctx, "function (exports, require, module, __filename, __dirname) {");
	duk_swap_top(ctx, -2);
	duk_push_string(ctx, "\n}");
	duk_concat(ctx, 3);
	duk_push_string(ctx, path);
	duk_compile(ctx, DUK_COMPILE_FUNCTION);
	duk_get_prop_string(ctx, module_idx, "exports"); /* this */
	duk_dup(ctx, -1);                                /* exports */
	dx__push_dirname(ctx, path);
	dx__push_require_fn(ctx);                        /* require */
	duk_dup(ctx, module_idx);                        /* module */
	duk_push_string(ctx, path);                      /* __filename */
	dx__push_dirname(ctx, path);                     /* __dirname */
	duk_call_method(ctx, 5);
	duk_pop(ctx);
}

static duk_ret_t dx__run_module_safe(duk_context *ctx, void *udata) {
	dx__run_module(ctx, (const char *) udata, duk_normalize_index(ctx, -2));
	return 0;
}

/* Loads the file module at `base` (normalised; ".js", ".json" and
 * "/index.js" are tried after it) and pushes its exports, or returns 0. */
static int dx__load_file(duk_context *ctx, const dx__loader_slot *slot, const char *base) {
	static const char *const suffixes[] = { "", ".js", ".json", "/index.js", NULL };
	const char *const *suffix;
	for (suffix = suffixes; *suffix != NULL; suffix++) {
		const char *path;
		duk_idx_t cache_idx, module_idx;
		duk_push_sprintf(ctx, "%s%s", base, *suffix);
		path = duk_get_string(ctx, -1);
		dx__push_stash_object(ctx, DX__CACHE);
		cache_idx = duk_get_top_index(ctx);
		if (duk_get_prop_string(ctx, cache_idx, path)) {
			duk_get_prop_string(ctx, -1, "exports");
			return 1;
		}
		duk_pop(ctx);
		if (!dx__try_load(ctx, slot, path)) {
			duk_pop_2(ctx);
			continue;
		}
		duk_push_object(ctx); /* module */
		module_idx = duk_get_top_index(ctx);
		duk_push_string(ctx, path);
		duk_put_prop_string(ctx, module_idx, "id");
		duk_push_string(ctx, path);
		duk_put_prop_string(ctx, module_idx, "filename");
		duk_push_object(ctx);
		duk_put_prop_string(ctx, module_idx, "exports");
		duk_push_false(ctx);
		duk_put_prop_string(ctx, module_idx, "loaded");
		duk_dup(ctx, module_idx);
		duk_put_prop_string(ctx, cache_idx, path); /* cached before it runs: cycles */
		duk_dup(ctx, module_idx);
		duk_dup(ctx, module_idx - 1); /* the source */
		if (duk_safe_call(ctx, dx__run_module_safe, (void *) path, 2, 1) != DUK_EXEC_SUCCESS) {
			duk_del_prop_string(ctx, cache_idx, path);
			(void) duk_throw(ctx);
		}
		duk_pop(ctx);
		duk_push_true(ctx);
		duk_put_prop_string(ctx, module_idx, "loaded");
		duk_get_prop_string(ctx, module_idx, "exports");
		return 1;
	}
	return 0;
}

/* Pushes the directory that a relative id is resolved against: the bound
 * directory of a module's require, or the calling function's file. */
static void dx__push_base_dir(duk_context *ctx) {
	duk_push_current_function(ctx);
	if (duk_get_prop_string(ctx, -1, DX__DIR)) {
		duk_remove(ctx, -2);
		return;
	}
	duk_pop_2(ctx);
	duk_inspect_callstack_entry(ctx, -2);
	if (duk_is_object(ctx, -1)) {
		duk_get_prop_string(ctx, -1, "function");
		if (duk_is_object(ctx, -1)) {
			duk_get_prop_string(ctx, -1, "fileName");
			if (duk_is_string(ctx, -1)) {
				dx__push_dirname(ctx, duk_get_string(ctx, -1));
				duk_replace(ctx, -4);
				duk_pop_2(ctx);
				return;
			}
			duk_pop(ctx);
		}
		duk_pop(ctx);
	}
	duk_pop(ctx);
	duk_push_string(ctx, ".");
}

static int dx__is_relative(const char *id) {
	return id[0] == '/' || (id[0] == '.' && (id[1] == '/' || id[1] == '\0' ||
	                                          (id[1] == '.' && (id[2] == '/' || id[2] == '\0'))));
}

/* require(id) */
static duk_ret_t dx__require(duk_context *ctx) {
	const char *id, *name;
	if (!dx_is_text(ctx, 0)) {
		return dx_throw_arg_type(ctx, "id", "of type string", 0);
	}
	id = duk_get_string(ctx, 0);
	if (id[0] == '\0') {
		return dx_throw_node(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_ARG_VALUE",
		                     "The argument 'id' must be a non-empty string. Received ''");
	}
	name = strncmp(id, "node:", 5) == 0 ? id + 5 : id;
	if (!dx__is_relative(id) && dx__push_builtin(ctx, name)) {
		return 1;
	}
	if (dx__is_relative(id)) {
		if (id[0] == '/') {
			dx__push_normalized(ctx, id);
		} else {
			dx__push_base_dir(ctx);
			duk_push_sprintf(ctx, "%s/%s", duk_get_string(ctx, -1), id);
			dx__push_normalized(ctx, duk_get_string(ctx, -1));
		}
		if (dx__load_file(ctx, dx__get_loader(ctx), duk_get_string(ctx, -1))) {
			return 1;
		}
	}
	duk_push_error_object(ctx, DUK_ERR_ERROR, "Cannot find module '%s'", id);
	duk_push_string(ctx, "MODULE_NOT_FOUND");
	duk_put_prop_string(ctx, -2, "code");
	return duk_throw(ctx);
}

duk_int_t duk_ext_require_init(duk_context *ctx, duk_ext_module_loader loader, void *udata) {
	dx__loader_slot *slot;
	duk_push_global_stash(ctx);
	slot = (dx__loader_slot *) duk_push_fixed_buffer(ctx, sizeof *slot);
	slot->loader = loader;
	slot->udata = udata;
	duk_put_prop_string(ctx, -2, DX__LOADER);
	duk_pop(ctx);
	duk_push_c_function(ctx, dx__require, 1);
	duk_put_global_string(ctx, "require");
	return 0;
}
