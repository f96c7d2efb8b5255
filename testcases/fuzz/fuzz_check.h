/*
 * fuzz_check.h: the property check shared by the libFuzzer harnesses: a
 * failed property aborts with the file and line (libFuzzer then saves the
 * input as a crash reproducer).
 */
#ifndef FUZZ_CHECK_H
#define FUZZ_CHECK_H

#include <stdio.h>
#include <stdlib.h>

#define FUZZ_CHECK(cond) \
	do { \
		if (!(cond)) { \
			fprintf(stderr, "%s:%d: property failed: %s\n", __FILE__, __LINE__, #cond); \
			abort(); \
		} \
	} while (0)

#endif
