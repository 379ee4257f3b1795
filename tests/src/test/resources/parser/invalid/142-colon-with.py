with lock
    pass
