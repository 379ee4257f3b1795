# comparisons, chaining, identity and membership
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1.0, 1 is 1 if False else True)
print("a" < "b", "abc" < "abd", "Z" < "a", [1, 2] < [1, 3], (1, 2) < (1, 2, 0), [] == [])
print(None is None, None == 0, 0 == False, 1 == True, 2 == True)
print(1 in [1, 2], 3 not in (1, 2), "ell" in "hello", "x" in {"x": 1}, 5 in range(10), 10 in range(0, 10, 2))
a = [1, 2]
b = a
print(a is b, a is not [1, 2], a == [1, 2])
print(max(3, 1, 2), min("b", "a", "c"), sorted([3, 1, 2]) == [1, 2, 3])
def side(x):
    print("eval", x)
    return x
print(side(1) < side(2) < side(0) < side(5))
