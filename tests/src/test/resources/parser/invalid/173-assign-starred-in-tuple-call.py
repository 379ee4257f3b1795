a, *f() = x
