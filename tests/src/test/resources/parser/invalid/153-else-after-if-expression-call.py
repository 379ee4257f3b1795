f(1 if cond)
