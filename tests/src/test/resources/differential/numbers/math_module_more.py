# math module functions with representative inputs and error messages
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2 ** 70 + 0.0), math.ceil(5))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-4, 6, 10), math.lcm(4, 6), math.lcm(3, 5, 7), math.gcd())
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.perm(5), math.comb(100, 50))
print(math.isqrt(99), math.isqrt(10 ** 30), math.sqrt(2), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0), math.exp(0), math.expm1(0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.0], start=3))
print(math.copysign(3, -0.0), math.fabs(-3), math.fmod(-7, 3), math.remainder(7, 3), math.modf(-3.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
print(round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12), round(math.atan2(1, 1), 12), math.degrees(math.pi), math.radians(180))
print(math.pi, math.tau, math.e, math.inf, -math.inf, math.nextafter(1.0, 2.0), math.ulp(1.0))
for f, args in [(math.sqrt, (-1,)), (math.log, (0,)), (math.factorial, (-1,)), (math.factorial, (1.5,)), (math.comb, (-1, 2)),
                (math.isqrt, (-4,)), (math.exp, (1000,)), (math.acos, (2,))]:
    try:
        print(f(*args))
    except (ValueError, OverflowError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
print(math.floor(3.7).__class__.__name__, math.trunc(True), math.ceil(-0.5))
