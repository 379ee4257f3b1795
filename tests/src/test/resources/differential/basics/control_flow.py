# if/elif/else, while/for with else, break/continue, pass, conditional expressions
for n in range(1, 16):
    if n % 15 == 0:
        print("FizzBuzz")
    elif n % 3 == 0:
        print("Fizz")
    elif n % 5 == 0:
        print("Buzz")
    else:
        print(n)
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 8:
        break
    print("even", i)
for x in []:
    pass
else:
    print("for-else ran")
for x in range(3):
    if x == 1:
        break
else:
    print("not printed")
n = 10
while n > 0:
    n -= 3
else:
    print("while-else", n)
print("yes" if n else "no", [y if y % 2 else -y for y in range(5)])
