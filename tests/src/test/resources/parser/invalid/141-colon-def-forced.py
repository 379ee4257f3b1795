def area(r) -> float
    return r
