# the int <-> decimal str digit limit (sys.set_int_max_str_digits) and which conversions it guards
import sys

def attempt(label, thunk):
    try:
        print(label, "->", thunk())
    except (ValueError, TypeError, OverflowError) as e:
        print(label, "->", type(e).__name__, e)

print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold, sys.flags.int_max_str_digits)
big = 10 ** 4299
attempt("4300 digits str", lambda: len(str(big)))
attempt("4301 digits str", lambda: len(str(big * 10)))
attempt("negative 4300 digits", lambda: len(str(-big)))
attempt("repr", lambda: repr(big * 10)[:5])
attempt("format d", lambda: format(big * 10, "d")[:5])
attempt("format comma", lambda: len(format(big * 10, ",")))
attempt("fstring", lambda: f"{big * 10}"[:5])
attempt("percent d", lambda: ("%d" % (big * 10))[:5])
attempt("hex unlimited", lambda: len(hex(big * 10)))
attempt("bin unlimited", lambda: len(format(big * 10, "b")))
attempt("int 4300", lambda: int("9" * 4300) > 0)
attempt("int 4301", lambda: int("9" * 4301))
attempt("int with sign/space", lambda: int(" -" + "1" * 4301 + " "))
attempt("int underscore", lambda: int("1_" * 2200 + "1"))
attempt("int base 16 unlimited", lambda: int("f" * 5000, 16).bit_length())
attempt("int base 36 limited", lambda: int("z" * 4301, 36))
attempt("int base 8 unlimited", lambda: int("7" * 5000, 8).bit_length())
attempt("float str fine", lambda: float("1" * 5000) > 0)
attempt("set too small", lambda: sys.set_int_max_str_digits(100))
attempt("set negative", lambda: sys.set_int_max_str_digits(-1))
attempt("set kw", lambda: sys.set_int_max_str_digits(maxdigits=5000))
attempt("after raise", lambda: (sys.get_int_max_str_digits(), len(str(big * 10)), int("1" * 4500) > 0))
attempt("set 640", lambda: (sys.set_int_max_str_digits(640), sys.get_int_max_str_digits()))
attempt("641 digits", lambda: str(10 ** 640))
attempt("640 digits", lambda: len(str(10 ** 639)))
attempt("unlimited", lambda: (sys.set_int_max_str_digits(0), len(str(10 ** 20000)), len(str(int("7" * 20000)))))
attempt("flags unchanged", lambda: sys.flags.int_max_str_digits)
sys.set_int_max_str_digits(4300)
attempt("restored", lambda: str(10 ** 5000))
