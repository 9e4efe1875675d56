LEAF_NAME = __name__
PACKAGE = __name__.rpartition(".")[0]
