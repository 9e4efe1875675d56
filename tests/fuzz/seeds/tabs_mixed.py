if x:
	if y:
		pass
        	z = 1
	w = 2
