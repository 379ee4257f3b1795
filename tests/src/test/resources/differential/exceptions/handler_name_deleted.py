def e_cleared():
    try:
        raise ValueError(1)
    except ValueError as e:
        pass
    try:
        e
    except NameError as ne:
        print("  name cleared:", ne)
e_cleared()
