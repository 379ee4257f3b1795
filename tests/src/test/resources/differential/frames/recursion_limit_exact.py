import sys
for lim in (50, 200, 1000):
    sys.setrecursionlimit(lim)
    depth = 0
    def g():
        global depth
        depth += 1
        g()
    try: g()
    except RecursionError: print(lim, depth)
