if x:
    pass
foo()
