a.b[c][x, y, for y in z]
