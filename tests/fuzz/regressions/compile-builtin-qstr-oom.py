# Long strings are qstrs only when an equal idens2 = "later_identifier_x"
s3 = "keyword_argument"
f(keyword_argument=1)
s4 = "keyword_argument"
s5 = "**attribute_name_y"
o.attribute_name_y
s6 = "attribute_name_y"
import module_name_long
s7 = "module_name_long"
s8 = "param_name_long"
def fn(param_name_long): pass
s9 = "param_name_long"
s10 = "format"
s11 = "StopAsyncIteration"
s12 = "__build_class__"
s13 = "maximum recursion depth exceeded"
s14 = "interning.py"
s15 = "ten_bytes_"
s16 = "ten_bytes_!"
s17 = "<module>"
s18 = "global_x_long"
global global_x_long
s19 = "global_x_long"
