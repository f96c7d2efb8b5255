/*
 * host: an example program that embeds Duktape with duk_ext.  It creates a
 * heap, registers every feature group the installed build contains, gives
 * scripts print(), evaluates each command-line argument as code, then reads a
 * typed array from C through duk_ext_get_view().  After
 * `make install PREFIX=...` it builds with
 *
 *   cc host.c $(pkg-config --cflags --libs duk_ext) -o host
 *   ./host 'print(new Uint8Array([1, 2]).length)'
 */
#include <stdio.h>
#include <string.h>

#include "duk_ext.h"

/* print(): the arguments joined by a space, then a newline. */
static duk_ret_t host_print(duk_context *ctx) {
	duk_push_string(ctx, " ");
	duk_insert(ctx, 0);
	duk_join(ctx, duk_get_top(ctx) - 1);
	printf("%s\n", duk_safe_to_string(ctx, -1));
	return 0;
}

/* The sum of the elements of the typed array on top of the stack, read
 * straight from its bytes (the bytes of a Uint16Array are host-endian). */
static unsigned long sum_u16(duk_context *ctx) {
	duk_ext_view view;
	unsigned long sum = 0;
	size_t i;
	if (!duk_ext_get_view(ctx, -1, &view) || view.elem_type != DUK_EXT_ELEM_UINT16) {
		return 0;
	}
	for (i = 0; i < view.length; i++) {
		uint16_t v;
		memcpy(&v, view.data + 2 * i, 2);
		sum += v;
	}
	return sum;
}

int main(int argc, char *argv[]) {
	duk_context *ctx = duk_create_heap_default();
	int i, status = 0;

	if (ctx == NULL) {
		return 1;
	}
	duk_ext_init(ctx, DUK_EXT_ALL);
#if defined(DUK_EXT_USE_REQUIRE)
	duk_ext_require_init(ctx, NULL, NULL); /* require() of the built-in modules only */
#endif
	duk_push_c_function(ctx, host_print, DUK_VARARGS);
	duk_put_global_string(ctx, "print");
	printf("duk_ext %s, profile %s\n", DUK_EXT_VERSION, DUK_EXT_PROFILE);

	for (i = 1; i < argc && status == 0; i++) {
		if (duk_peval_string(ctx, argv[i]) != 0) {
			fprintf(stderr, "host: %s\n", duk_safe_to_string(ctx, -1));
			status = 1;
		}
		duk_pop(ctx);
	}

	duk_eval_string(ctx, "new Uint16Array([1, 2, 513])");
	printf("sum from C: %lu\n", sum_u16(ctx));
	duk_pop(ctx);

	duk_destroy_heap(ctx);
	return status;
}
