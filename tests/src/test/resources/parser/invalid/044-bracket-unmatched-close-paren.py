value = 1)
