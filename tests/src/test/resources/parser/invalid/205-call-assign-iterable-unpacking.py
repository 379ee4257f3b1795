f(*args=[1])
