print("kit.spare loaded")
PART = "spare part"
