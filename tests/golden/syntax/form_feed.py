# A form feed at the start of a line is ignored by both tokenizers.

def page_one():
    return 1

# a comment after a form feed
def page_two():
    return 2

print(page_one() + page_two())
