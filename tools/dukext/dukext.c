/*
 * dukext: the host CLI, a drop-in for Duktape's stock `duk` with duk_ext
 * registered.  `dukext a.js b.js` runs the files in order in one heap;
 * `dukext -e 'code'` evaluates a string; with no file (or -i) it starts an
 * interactive REPL.  print() writes to stdout, alert() to stderr; a Buffer
 * argument prints in Node's inspect format, as do REPL results.  require()
 * loads built-in modules and relative files (read here, for the extension's
 * module registry); a script runs under its absolute path, so ids and
 * __dirname in its modules are absolute, as in node.  An uncaught error prints its stack to stderr and exits 1.  --alloc-stats runs
 * the heap on a counting allocator and prints its totals to stderr at exit.
 */
#define _XOPEN_SOURCE 700 /* realpath */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(DX_HAVE_READLINE)
#include <readline/history.h>
#include <readline/readline.h>
#endif

#include "duk_ext.h"

/* Counting allocator for --alloc-stats: each block carries its size in a
 * header so that frees and reallocs keep the live byte count exact. */
typedef struct {
	size_t live, peak;
	unsigned long allocs, reallocs, frees;
} dx__alloc_stats;

typedef union {
	size_t size;
	long double align_ld;
	void *align_ptr;
	long long align_ll;
} dx__alloc_header;

static void *dx__count_realloc(void *udata, void *ptr, duk_size_t size) {
	dx__alloc_stats *st = udata;
	dx__alloc_header *h = ptr ? (dx__alloc_header *) ptr - 1 : NULL;
	size_t old = h ? h->size : 0;
	if (size == 0) {
		if (h) {
			st->live -= old;
			st->frees++;
			free(h);
		}
		return NULL;
	}
	h = realloc(h, sizeof *h + size);
	if (h == NULL) {
		return NULL;
	}
	if (old) {
		st->reallocs++;
	} else {
		st->allocs++;
	}
	h->size = size;
	st->live = st->live - old + size;
	if (st->live > st->peak) {
		st->peak = st->live;
	}
	return h + 1;
}

static void *dx__count_alloc(void *udata, duk_size_t size) {
	return dx__count_realloc(udata, NULL, size);
}

static void dx__count_free(void *udata, void *ptr) {
	dx__count_realloc(udata, ptr, 0);
}

static void dx__fatal(void *udata, const char *msg) {
	(void) udata;
	fprintf(stderr, "dukext: fatal error: %s\n", msg ? msg : "(no message)");
	fflush(stderr);
	exit(70);
}

/* Converts the value at idx to the string print() shows: Node's inspect
 * format for a Buffer, String(value) otherwise. */
static const char *dx__to_printable(duk_context *ctx, duk_idx_t idx, duk_size_t *len) {
	duk_ext_view view;
	idx = duk_normalize_index(ctx, idx);
	if (duk_ext_get_view(ctx, idx, &view) && view.kind == DUK_EXT_KIND_NODE_BUFFER) {
		duk_get_prop_string(ctx, idx, "inspect");
		if (duk_is_function(ctx, -1)) {
			duk_dup(ctx, idx);
			duk_call_method(ctx, 0);
			duk_replace(ctx, idx);
		} else {
			duk_pop(ctx);
		}
	}
	return duk_to_lstring(ctx, idx, len);
}

/* Writes a Duktape string (CESU-8: a non-BMP character is two 3-byte
 * surrogates) as UTF-8, as node writes strings: a surrogate pair becomes one
 * 4-byte sequence, a lone surrogate U+FFFD. */
static void dx__write_utf8(FILE *out, const char *str, size_t len) {
	const unsigned char *s = (const unsigned char *) str;
	size_t i = 0, start = 0;
	while (i < len) {
		if (s[i] == 0xed && i + 2 < len && s[i + 1] >= 0xa0) {
			unsigned hi = ((unsigned) (s[i + 1] & 0x3f) << 6) | (unsigned) (s[i + 2] & 0x3f);
			fwrite(s + start, 1, i - start, out);
			if (s[i + 1] <= 0xaf && i + 5 < len && s[i + 3] == 0xed && s[i + 4] >= 0xb0) {
				unsigned lo = ((unsigned) (s[i + 4] & 0x3f) << 6) | (unsigned) (s[i + 5] & 0x3f);
				unsigned long cp = 0x10000ul + (((unsigned long) (hi & 0x3ff)) << 10) + (lo & 0x3ff);
				fputc((int) (0xf0 | (cp >> 18)), out);
				fputc((int) (0x80 | ((cp >> 12) & 0x3f)), out);
				fputc((int) (0x80 | ((cp >> 6) & 0x3f)), out);
				fputc((int) (0x80 | (cp & 0x3f)), out);
				i += 6;
			} else {
				fputs("\xef\xbf\xbd", out);
				i += 3;
			}
			start = i;
			continue;
		}
		i++;
	}
	fwrite(s + start, 1, len - start, out);
}

/* print()/alert(): arguments joined by a space, then a newline. */
static duk_ret_t dx__write_args(duk_context *ctx) {
	FILE *out = duk_get_current_magic(ctx) ? stderr : stdout;
	duk_idx_t i, n = duk_get_top(ctx);
	for (i = 0; i < n; i++) {
		duk_size_t len;
		const char *s = dx__to_printable(ctx, i, &len);
		if (i > 0) {
			fputc(' ', out);
		}
		dx__write_utf8(out, s, len);
	}
	fputc('\n', out);
	fflush(out);
	return 0;
}

static void dx__register_globals(duk_context *ctx) {
	duk_push_c_function(ctx, dx__write_args, DUK_VARARGS);
	duk_set_magic(ctx, -1, 0);
	duk_put_global_string(ctx, "print");
	duk_push_c_function(ctx, dx__write_args, DUK_VARARGS);
	duk_set_magic(ctx, -1, 1);
	duk_put_global_string(ctx, "alert");
}

/* Prints the error on top of the stack: its stack trace when it has one. */
static void dx__report_error(duk_context *ctx) {
	if (duk_is_error(ctx, -1)) {
		duk_get_prop_string(ctx, -1, "stack");
		if (duk_is_string(ctx, -1)) {
			fprintf(stderr, "%s\n", duk_get_string(ctx, -1));
			duk_pop(ctx);
			return;
		}
		duk_pop(ctx);
	}
	fprintf(stderr, "%s\n", duk_safe_to_string(ctx, -1));
}

/* Compiles and runs source under a file name; leaves the result or the error
 * on the stack and returns 0 on success. */
static int dx__run_source(duk_context *ctx, const char *src, size_t len, const char *filename) {
	duk_push_string(ctx, filename);
	if (duk_pcompile_lstring_filename(ctx, DUK_COMPILE_EVAL, src, len) != 0) {
		return 1;
	}
	return duk_pcall(ctx, 0) != 0;
}

static char *dx__read_file(const char *path, size_t *out_len) {
	FILE *f = fopen(path, "rb");
	char *data = NULL;
	size_t cap = 0, len = 0;
	if (f == NULL) {
		return NULL;
	}
	for (;;) {
		size_t got;
		if (len == cap) {
			char *grown;
			cap = cap ? cap * 2 : 65536;
			grown = realloc(data, cap);
			if (grown == NULL) {
				free(data);
				fclose(f);
				return NULL;
			}
			data = grown;
		}
		got = fread(data + len, 1, cap - len, f);
		len += got;
		if (got == 0) {
			break;
		}
	}
	if (ferror(f)) { /* e.g. a directory */
		free(data);
		fclose(f);
		return NULL;
	}
	fclose(f);
	*out_len = len;
	return data;
}

#if defined(DUK_EXT_USE_REQUIRE)
/* The module loader behind require('./x.js'): the file's text, or 0. */
typedef struct {
	const char *data;
	size_t len;
} dx__text;

static duk_ret_t dx__push_text_safe(duk_context *ctx, void *udata) {
	const dx__text *text = (const dx__text *) udata;
	duk_push_lstring(ctx, text->data, text->len);
	return 1;
}

static duk_bool_t dx__load_module(duk_context *ctx, const char *path, void *udata) {
	dx__text text;
	char *src = dx__read_file(path, &text.len);
	duk_int_t rc;
	(void) udata;
	if (src == NULL) {
		return 0;
	}
	text.data = src;
	rc = duk_safe_call(ctx, dx__push_text_safe, &text, 0, 1); /* no leak if it throws */
	free(src);
	if (rc != DUK_EXEC_SUCCESS) {
		(void) duk_throw(ctx);
	}
	return 1;
}
#endif

/* Pushes the REPL's text for the value on top (Node's inspect for a Buffer);
 * never throws. */
static duk_ret_t dx__printable_safe(duk_context *ctx, void *udata) {
	(void) udata;
	dx__to_printable(ctx, -1, NULL);
	return 1;
}

/* Runs a script file under its absolute, symlink-free path (as node names
 * its main module), which require() resolves relative ids and __dirname
 * from. */
static int dx__run_file(duk_context *ctx, const char *path) {
	size_t len;
	char *src = dx__read_file(path, &len), *abs;
	int rc;
	if (src == NULL) {
		fprintf(stderr, "dukext: cannot read %s\n", path);
		return 1;
	}
	abs = realpath(path, NULL);
	rc = dx__run_source(ctx, src, len, abs != NULL ? abs : path);
	free(abs);
	free(src);
	if (rc != 0) {
		dx__report_error(ctx);
	}
	duk_pop(ctx);
	return rc;
}

static char *dx__read_line(const char *prompt) {
#if defined(DX_HAVE_READLINE)
	char *line = readline(prompt);
	if (line != NULL && line[0] != '\0') {
		add_history(line);
	}
	return line;
#else
	char buf[4096];
	char *line;
	size_t len;
	fputs(prompt, stdout);
	fflush(stdout);
	if (fgets(buf, sizeof buf, stdin) == NULL) {
		return NULL;
	}
	len = strlen(buf);
	if (len > 0 && buf[len - 1] == '\n') {
		buf[len - 1] = '\0';
	}
	line = malloc(len + 1);
	if (line != NULL) {
		memcpy(line, buf, len + 1);
	}
	return line;
#endif
}

static void dx__repl(duk_context *ctx) {
	char *line;
	while ((line = dx__read_line("dukext> ")) != NULL) {
		if (dx__run_source(ctx, line, strlen(line), "input") != 0) {
			dx__report_error(ctx);
		} else {
			duk_size_t len;
			const char *text;
			(void) duk_safe_call(ctx, dx__printable_safe, NULL, 1, 1);
			text = duk_safe_to_lstring(ctx, -1, &len);
			fputs("= ", stdout);
			dx__write_utf8(stdout, text, len);
			fputc('\n', stdout);
		}
		duk_pop(ctx);
		free(line);
	}
	putchar('\n');
}

static void dx__usage(void) {
	fprintf(stderr,
	        "usage: dukext [-i] [-e code] [file.js ...]\n"
	        "  -e code    evaluate code (may repeat; runs in order with files)\n"
	        "  -i         enter the REPL after running files\n"
	        "  --version  print versions and exit\n"
	        "  --alloc-stats  count heap allocations; print peak bytes and counts to stderr at exit\n"
	        "With no file and no -e, starts the REPL.\n");
}

int main(int argc, char *argv[]) {
	duk_context *ctx;
	int i, ran = 0, interactive = 0, rc = 0, count_allocs = 0;
	dx__alloc_stats stats = {0, 0, 0, 0, 0};

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--version") == 0) {
			printf("dukext %s (Duktape %ld.%ld.%ld)\n", DUK_EXT_VERSION, (long) (DUK_VERSION / 10000),
			       (long) (DUK_VERSION / 100 % 100), (long) (DUK_VERSION % 100));
			return 0;
		}
		if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
			dx__usage();
			return 0;
		}
		count_allocs |= strcmp(argv[i], "--alloc-stats") == 0;
	}

	ctx = count_allocs ? duk_create_heap(dx__count_alloc, dx__count_realloc, dx__count_free, &stats, dx__fatal)
	                   : duk_create_heap(NULL, NULL, NULL, NULL, dx__fatal);
	if (ctx == NULL) {
		fprintf(stderr, "dukext: cannot create a heap\n");
		return 1;
	}
	dx__register_globals(ctx);
	duk_ext_init(ctx, DUK_EXT_ALL);
#if defined(DUK_EXT_USE_REQUIRE)
	duk_ext_require_init(ctx, dx__load_module, NULL);
#endif

	for (i = 1; i < argc && rc == 0; i++) {
		if (strcmp(argv[i], "-i") == 0) {
			interactive = 1;
		} else if (strcmp(argv[i], "--alloc-stats") == 0) {
			continue;
		} else if (strcmp(argv[i], "-e") == 0) {
			if (++i >= argc) {
				dx__usage();
				rc = 1;
				break;
			}
			if (dx__run_source(ctx, argv[i], strlen(argv[i]), "eval") != 0) {
				dx__report_error(ctx);
				rc = 1;
			}
			duk_pop(ctx);
			ran = 1;
		} else if (argv[i][0] == '-' && argv[i][1] != '\0') {
			fprintf(stderr, "dukext: unknown option %s\n", argv[i]);
			dx__usage();
			rc = 1;
		} else {
			rc = dx__run_file(ctx, argv[i]);
			ran = 1;
		}
	}
	if (rc == 0 && (interactive || !ran)) {
		dx__repl(ctx);
	}
	duk_destroy_heap(ctx);
	if (count_allocs) {
		fprintf(stderr, "alloc-stats: peak_bytes=%lu allocs=%lu reallocs=%lu frees=%lu\n",
		        (unsigned long) stats.peak, stats.allocs, stats.reallocs, stats.frees);
	}
	return rc;
}
