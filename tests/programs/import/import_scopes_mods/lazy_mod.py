print("lazy_mod loaded")
VALUE = "lazy value"
