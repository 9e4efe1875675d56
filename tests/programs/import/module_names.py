# __name__ in imported modules (helpers in module_names_mods/): a module's own name, the dotted
# names of packages and submodules, __name__ read inside functions of the module, and names of
# functions and classes that came from another module.
import named
import outer.inner.leaf
from outer.inner import leaf as the_leaf

print(named.MY_NAME, named.IS_MAIN, named.caller_name(), named.__name__)
print(outer.INIT_NAME, outer.inner.INIT_NAME, outer.inner.leaf.LEAF_NAME)
print(the_leaf.PACKAGE, the_leaf.__name__, the_leaf is outer.inner.leaf)
print(named.caller_name.__name__)

alias = named
print(alias.__name__)


def local():
    return __name__ == named.__name__


print(local())
