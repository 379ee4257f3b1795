a[x, y for y in z]
