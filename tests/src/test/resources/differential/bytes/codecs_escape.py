# unicode_escape, raw_unicode_escape and utf-8-sig


def show(f):
    try:
        print(ascii(f()))
    except UnicodeError as e:
        print(type(e).__name__ + ":", e, "|", e.encoding, e.start, e.end)
    except Exception as e:
        print(type(e).__name__ + ":", e)


s = "a\n\t\r\\'\"\x00\x1f\x7f\xe9\xff\u0100\u20ac\U0001f600 ~"
for enc in ["unicode_escape", "unicode-escape", "raw_unicode_escape", "Raw-Unicode-Escape"]:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
show(lambda: b"a\\n\\t\\\\\\x41\\101\\u20ac\\U0001f600\\N{EURO SIGN}\\N{latin small letter a}\xe9\\\nz".decode("unicode_escape"))
show(lambda: b"\\a\\b\\f\\v\\0\\12\\'\\\"".decode("unicode_escape"))
show(lambda: b"a\\n\\u20ac\\U0001f600\\x41\xe9\\".decode("raw_unicode_escape"))
show(lambda: b"\\\\u20ac \\\\\\u20ac".decode("raw_unicode_escape"))
for data in [b"\\x4", b"\\u12", b"\\U0011000", b"\\U00110000", b"\\N{NO SUCH NAME}", b"\\N{EURO", b"\\N", b"\\N{}", b"\\", b"ab\\x4gcd"]:
    show(lambda: data.decode("unicode_escape"))
    show(lambda: data.decode("unicode_escape", "replace"))
    show(lambda: data.decode("unicode_escape", "backslashreplace"))
    show(lambda: data.decode("raw_unicode_escape"))
print("ab".encode("utf-8-sig"), "".encode("utf_8_sig"), b"\xef\xbb\xbfab".decode("utf-8-sig"), b"ab".decode("utf-8-sig"), b"\xef\xbb\xbf".decode("utf-8-sig"))
show(lambda: b"\xef\xbb\xbf\xff".decode("utf-8-sig"))
show(lambda: "a\udc80".encode("utf-8-sig"))
show(lambda: "a\udc80".encode("unicode_escape"))
