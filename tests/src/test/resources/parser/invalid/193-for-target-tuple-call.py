for x, f() in items:
    pass
