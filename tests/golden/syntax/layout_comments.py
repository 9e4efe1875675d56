#!/usr/bin/env python3
# Comments in every position: before code, after code, in brackets, between
# decorators, after colons, in empty blocks, indented oddly, at end of file.
  # an indented comment at module level is fine
	# so is one after a tab


def decorate(fn):  # trailing comment on def
    return fn  # trailing comment on return


# comment between blocks
@decorate  # after a decorator
# between decorator and def
def compute(  # after an open paren
    a,  # after a parameter
    # on its own line in the parameter list
    b=2,  # after a default
):  # after the closing paren and colon
    # first line of the body is a comment
    if a:  # after if
            # deeper comment
        return a + b  # after return
    # dedented comment inside the function
    else:  # after else
        return b
# comment at column 0 inside nothing


class Config:  # class comment
    # comment before the first statement
    x = 1  # attribute comment
        # over-indented comment
    y = [  # list opener
        1,  # element
        # between elements
        2,
    ]  # closer


data = {  # dict
    "a": 1,  # entry
}  # end
print(compute(1), compute(0, 5), Config.x, Config.y, data)  # final statement
# comment on the last line
