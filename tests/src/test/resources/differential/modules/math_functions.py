import math

print([math.sqrt(x) for x in (0.0, 2.0, 0.25, 1e300)])
print(math.pi, math.e, math.tau, math.inf, math.nan)
for name in ["acos", "asin", "atan", "cos", "sin", "tan", "cosh", "sinh", "tanh", "exp", "expm1", "log1p", "fabs", "degrees", "radians", "cbrt", "asinh", "erf", "erfc"]:
    f = getattr(math, name)
    print(name, [round(f(x), 12) for x in (0.0, 0.5, -0.25, 0.9)])
print([round(math.acosh(x), 12) for x in (1.0, 1.5, 10.0, 1e10)], [round(math.atanh(x), 12) for x in (0.0, 0.5, -0.9)])
print([round(math.erf(x), 14) for x in (1.5, 2.0, 3.0, -4.0, 6.0)], [round(math.erfc(x), 16) for x in (2.0, 5.0, -3.0)])
print([math.gamma(x) for x in (1, 2, 5, 10, 23)], round(math.gamma(0.5), 12), round(math.gamma(-1.5), 12), round(math.gamma(33.3) / 1e35, 8))
print([round(math.lgamma(x), 11) for x in (1, 2, 0.5, 10.5, 100, -0.5)])
print(math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7), math.trunc(-3.7), math.floor(10**30), type(math.floor(2.0)).__name__)
class F:
    def __floor__(self): return "floor!"
    def __ceil__(self): return "ceil!"
    def __trunc__(self): return "trunc!"
print(math.floor(F()), math.ceil(F()), math.trunc(F()))
print(math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(5, math.inf), math.remainder(7, 4), math.remainder(5, 2))
print(math.atan2(1, 1), math.atan2(-0.0, -1), math.pow(2, 10), math.pow(1, math.nan), math.pow(-1, math.inf), math.pow(2, -1))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log(10**400) > 920, math.log2(1024), math.log2(2**100), math.log10(1000), math.log10(10**50))
print(math.frexp(8.0), math.frexp(0.1), math.frexp(0.0), math.frexp(5e-324), math.ldexp(0.5, 4), math.ldexp(1, -1074), math.modf(3.25), math.modf(-2.5), math.modf(math.inf))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(), math.hypot(1e200, 1e200), math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.ulp(1.0), math.ulp(0.0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]), math.fsum([math.inf, 1]), math.fsum([math.nan, math.inf, -math.inf]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod([1, 2], start=10), math.prod(["ab", 3]))
print(math.factorial(0), math.factorial(5), math.factorial(30), len(str(math.factorial(1000))))
print(math.gcd(12, 18), math.gcd(), math.gcd(0, -4), math.gcd(2**100, 6**50), math.lcm(4, 6), math.lcm(), math.lcm(3, 0), math.lcm(-4, 6))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40 + 1))
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(100, 50), math.perm(5, 2), math.perm(5), math.perm(3, 5))
errs = [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.exp(1000), lambda: math.acos(2), lambda: math.cos(math.inf),
        lambda: math.factorial(-1), lambda: math.factorial(2.0), lambda: math.gamma(0), lambda: math.gamma(-2), lambda: math.gamma(200), lambda: math.lgamma(0),
        lambda: math.pow(0, -1), lambda: math.pow(-8, 1 / 3), lambda: math.pow(10, 400), lambda: math.fmod(math.inf, 1), lambda: math.floor(math.nan),
        lambda: math.ceil(math.inf), lambda: math.isqrt(-1), lambda: math.comb(-1, 2), lambda: math.perm(3, -1), lambda: math.isclose(1, 1, rel_tol=-1),
        lambda: math.dist((1, 2), (1,)), lambda: math.atanh(1), lambda: math.log1p(-1), lambda: math.fsum([math.inf, -math.inf]), lambda: math.ldexp(1.0, 2000),
        lambda: math.trunc("x"), lambda: math.sqrt("x"), lambda: math.gcd(1.5)]
for e in errs:
    try:
        print("no error", e())
    except (ValueError, OverflowError, TypeError) as ex:
        print(type(ex).__name__, ex)
