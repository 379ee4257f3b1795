import sys
sys.setrecursionlimit(120000)
def h(n): return 0 if n == 0 else 1 + h(n - 1)
print(h(100000))
