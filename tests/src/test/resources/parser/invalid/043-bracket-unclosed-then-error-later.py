call(
    a
    b
