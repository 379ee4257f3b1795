# big int arithmetic: mixing small and huge values, signs, shifts and conversions
a = 2 ** 200 + 12345
b = -(3 ** 90)
print(a + b, a - b, a * b)
print(a // b, a % b, divmod(a, b))
print(b // 7, b % 7, -b // -7, -b % -7)
print(a >> 100, a << 3, b >> 10, b << 5)
print(a & b, a | b, a ^ b, ~a, ~b)
print(a == 2 ** 200 + 12345, a > b, b < 0, abs(b) > a)
print(pow(a, 3, 10 ** 9 + 7), pow(b, 2, 97), pow(7, -1, 13), pow(3, 200, -11))
print(int(str(a)) == a, hex(b), oct(a)[:20], bin(b)[:30])
print(a.bit_length(), b.bit_length(), (a * 0).bit_length())
print(10 ** 40 // 10 ** 20, (10 ** 40 + 1) % 10 ** 20, -(10 ** 40) // 3)
print(float(2 ** 60), float(-(2 ** 70)), 2 ** 64 / 2 ** 32, (2 ** 100) / 3)
print(int(1e20), int(-1.5e19), int(2.0 ** 80))
print(sum(range(10 ** 6, 10 ** 6 + 100)) * 10 ** 15)
print(max(a, b), min(a, b, 0), sorted([a, b, 0, -1, 1]))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100) == hash(2 ** 100 % (2 ** 61 - 1)))
print(2 ** 63 - 1 + 1, -(2 ** 63) - 1, (2 ** 63) * -1, (-(2 ** 63)) // -1)
x = 9223372036854775807
x += 1
print(x, type(x).__name__, x - 1, -x, x * x)
print(round(123456789012345678901234567890, -10), round(-15, -1), round(25, -1))
