x = (ma d)
