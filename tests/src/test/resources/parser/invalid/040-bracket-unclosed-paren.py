total = sum(values
