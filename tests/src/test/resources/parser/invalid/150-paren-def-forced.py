def area:
    pass
