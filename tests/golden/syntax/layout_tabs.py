# Indentation with tabs only, and tabs mixed with spaces in a way both
# tokenizers accept (the same mix on every line of a block).


def tabbed(n):
	if n > 0:
		result = []
		for i in range(n):
			if i % 2:
				result.append(i)
		return result
	else:
		return None


class Mixed:
	def method(self):
		value = 1
		if value:
		        value += 1
		        value *= 3
		return value


def spaces_then_tab():
    if True:
    	return "tab after spaces"


x = [1,	2,	3]	# tabs between tokens
print(tabbed(7), tabbed(0), Mixed().method(), spaces_then_tab(), x)
