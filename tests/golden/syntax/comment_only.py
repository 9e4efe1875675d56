# A file with only comments.
#
# It must compile to a module that does nothing.
    # even with indented comments
