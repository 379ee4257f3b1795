# 3.12 counts the depth of nested operations (repr, comparison of containers) apart from Python
# calls, with its own fixed limit of about 1500, whatever sys.setrecursionlimit says
import sys
def nested(n):
    a = []
    for i in range(n):
        a = [a]
    return a
def repr_ok(n):
    try:
        repr(nested(n))
        return True
    except RecursionError:
        return False
print(repr_ok(1400), repr_ok(1600))
sys.setrecursionlimit(5000)
print(repr_ok(1400), repr_ok(1600))
