bits = 0bx
