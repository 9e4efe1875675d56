def tabs_then_spaces(items):
	for item in items:
		print(item)
        print("end")
