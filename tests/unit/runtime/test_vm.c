// The VM and runtime as a whole, on behaviour that the program suite cannot compare with
// CPython: MicroPython's traceback format, the recursion limit, uncaught exceptions inside
// generators and deep structures under a collector that runs at every allocation.
#include <criterion/criterion.h>
#include <string.h>

#include "rt_test.h"

static void setup(void) {
    rt_test_init(1024 * 1024);
}

static void teardown(void) {
    rt_test_fini();
}

TestSuite(vm, .init = setup, .fini = teardown);

Test(vm, traceback_has_micropython_format) {
    rt_obj_t exc = rt_test_run("def f(x):\n"
                               "    return 1 // x\n"
                               "def g():\n"
                               "    f(0)\n"
                               "g()\n");
    cr_assert(exc != RT_OBJ_NULL);
    rt_print_exception(&rt_print_stderr, exc);
    cr_expect_str_eq(rt_test_stderr(), "Traceback (most recent call last):\n"
                                       "  File \"test.py\", line 5, in <module>\n"
                                       "  File \"test.py\", line 4, in g\n"
                                       "  File \"test.py\", line 2, in f\n"
                                       "ZeroDivisionError: divide by zero\n");
}

Test(vm, deep_recursion_is_runtime_error) {
    rt_obj_t exc = rt_test_run("def f(n):\n"
                               "    return f(n + 1)\n"
                               "try:\n"
                               "    f(0)\n"
                               "except RuntimeError as e:\n"
                               "    assert 'recursion' in str(e)\n");
    cr_expect(exc == RT_OBJ_NULL, "%s", exc ? rt_test_exc_text(exc) : "");
}

Test(vm, handlers_unwind_under_gc_stress) {
    rt_gc_set_stress(true);
    rt_obj_t exc = rt_test_run("log = []\n"
                               "def g(n):\n"
                               "    for i in range(n):\n"
                               "        try:\n"
                               "            if i % 3 == 0:\n"
                               "                raise ValueError(str(i))\n"
                               "            yield i\n"
                               "        except ValueError as e:\n"
                               "            log.append(str(e))\n"
                               "        finally:\n"
                               "            log.append('f')\n"
                               "assert list(g(5)) == [1, 2, 4]\n"
                               "assert log == ['0', 'f', 'f', 'f', '3', 'f', 'f']\n");
    cr_expect(exc == RT_OBJ_NULL, "%s", exc ? rt_test_exc_text(exc) : "");
}
