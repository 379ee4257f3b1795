del (a, b + c)
