# an uncaught exception ends the program with status 1 and a traceback on stderr
def inner(x):
    return x["missing"]
def outer():
    return inner({})
print("before")
outer()
print("never")
