for item in items
    pass
