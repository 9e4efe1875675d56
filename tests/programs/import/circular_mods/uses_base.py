from base_defs import NAME


def label():
    return "uses_base got " + NAME
