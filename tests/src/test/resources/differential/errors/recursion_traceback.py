def h(n): return 0 if n == 0 else 1 + h(n - 1)
h(5000)
