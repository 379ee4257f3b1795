# floor division and modulo with negative operands for ints and floats
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 7), (-1, 7)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.5), (0.0, -1), (-0.0, 1)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(5 % -0.5, -5 % 0.3, 1e300 % 7, -1e-300 % 1)
print((-3) // 1.0, 3 // -1.0, -3.0 % 1)
for exc_case in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    a, b = exc_case
    try:
        a // b
    except ZeroDivisionError as e:
        print("//", e)
    try:
        a % b
    except ZeroDivisionError as e:
        print("%", e)
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print("divmod", e)
    try:
        a / b
    except ZeroDivisionError as e:
        print("/", e)
print(True // 2, True % 2, -True // 2, False % 3)
