# int arithmetic: small and big ints, floor division and modulo signs, powers, bit operations
values = [0, 1, -1, 7, -7, 12345678901234567890, -98765432109876543210]
for a in values:
    for b in [1, -1, 3, -3, 10**20 + 7]:
        print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b))
print(2 ** 100, (-2) ** 63, 2 ** -1, (-3) ** 3)
print(1 << 70, (1 << 70) >> 69, -1 >> 3, 0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0x0f, ~5, ~-1)
print(abs(-10**30), -(-5), +3, 10**18 * 10**18 // 10**18)
print(True + True, True * 10, False - 1, int(True))
print(9 // 2, -9 // 2, 9 % -2, -9 % 2, 0 // 5)
x = 5
x += 3; x -= 1; x *= 2; x //= 3; x %= 4; x **= 3; x <<= 2; x >>= 1; x |= 1; x &= 7; x ^= 2
print(x)
