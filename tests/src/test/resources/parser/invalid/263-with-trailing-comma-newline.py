with a,
    pass
