total = a + \
