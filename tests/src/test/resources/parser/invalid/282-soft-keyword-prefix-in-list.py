values = [c 1]
