# Fixed-point float formatting ('.Nf', '%.*f') of many doubles: exact, half to even, as CPython's.
import random, struct
rng = random.Random(2024)
vals = [0.0, 0.125, 0.375, 2.5, 0.5, 1.5, 0.005, 0.015, 0.025, 1e-5, 5e-324, 2.2250738585072014e-308, 1e15 + 0.5, 4.5e17, 1.0000000000000002,
        123456789.987654321, 0.1, 0.7, 2.675, 1.005, 9.995, 99.995, 1e-300, 3.14159, 2 ** 52 + 0.5, 2 ** 53, 4e18 / 1e3]
for _ in range(3000):
    kind = rng.randrange(4)
    if kind == 0:
        v = rng.random() * 10 ** rng.randrange(-8, 12)
    elif kind == 1:
        v = round(rng.random() * 1000, rng.randrange(0, 6)) + rng.choice([0, 0.5, 0.05, 0.005])
    elif kind == 2:
        v = struct.unpack('<d', struct.pack('<Q', rng.getrandbits(62)))[0]
    else:
        v = rng.randrange(10 ** 6) / 2 ** rng.randrange(1, 20)
    vals.append(v)
out = []
for v in vals:
    for p in (0, 1, 2, 3, 5, 8, 12, 17, 20):
        out.append(f'{v:.{p}f}|{-v:.{p}f}|{"%.*f" % (p, v)}')
import hashlib
print(len(out), hashlib.sha256('\n'.join(out).encode()).hexdigest())
print(out[:6])
print(f'{1e22:.2f}', f'{2.5:.0f}', f'{3.5:.0f}', f'{0.5:#.0f}', f'{1234.5678:,.2f}', f'{12.345:+010.2f}')
