// What CPython rejects but stock mpy-cross compiles, and real code uses (micropython-lib's
// aioespnow, MicroPython's own tests), is a warning: the file still compiles.
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <stdlib.h>
#include <string.h>

#include "front_helpers.h"

typedef struct warn_case {
    const char *name;
    const char *src;
    const char *want; // the diagnostic's first line
} warn_case;

static const warn_case cases[] = {
    {.name = "return_value_in_async_generator",
     .src = "class A:\n    async def recv(self):\n        yield 1\n        return 2\n",
     .want = "t.py:4:9: warning: 'return' with value in async generator"},
    {.name = "bare_star_alone",
     .src = "def f(*):\n    pass\n",
     .want = "t.py:1:7: warning: named arguments must follow bare *"},
    {.name = "walrus_rebinds_outer_comprehension_variable",
     .src = "print([[(j := i) for i in range(2)] for j in range(2)])\n",
     .want = "t.py:1:10: warning: assignment expression cannot rebind comprehension iteration "
             "variable 'j'"},
};

TestSuite(sema_warn);

Test(sema_warn, cpython_only_errors_warn_and_compile) {
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *all = front_errors(cases[i].src);
        char *nl = strchr(all, '\n');
        if (nl) {
            *nl = '\0';
        }
        cr_expect(eq(str, all, (char *)cases[i].want), "%s", cases[i].name);
        char *tree = front_ast(cases[i].src);
        cr_expect(strlen(tree) > 0, "%s: no tree, so the file did not compile", cases[i].name);
        free(tree);
        free(all);
    }
}
