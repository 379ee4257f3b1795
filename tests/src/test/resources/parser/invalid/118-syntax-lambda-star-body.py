f = lambda *a: *a
