# str.encode / bytes.decode: utf-8, ascii, latin-1, utf-16, utf-32 with the builtin error handlers


def show(f):
    try:
        print(ascii(f()))
    except UnicodeError as e:
        print(type(e).__name__ + ":", e, "|", e.encoding, ascii(e.object), e.start, e.end, e.reason)
    except Exception as e:
        print(type(e).__name__ + ":", e)


text = "h\xe9llo \u20ac \U0001f600 \u4e2d"
for enc in ["utf-8", "UTF8", "utf_8", "u8", "utf-16", "utf-16-le", "UTF-16BE", "utf-32", "utf-32-le", "utf_32_be"]:
    b = text.encode(enc)
    print(enc, b, b.decode(enc) == text, len(b))
for enc in ["ascii", "latin-1", "latin1", "iso-8859-1", "ISO8859_1", "us-ascii", "L1"]:
    show(lambda: "abc\xe9".encode(enc))
print("".encode("utf-16"), "".encode("utf-32"), b"".decode("utf-16"), b"\xff\xfea\x00".decode("utf-16"), b"\xfe\xff\x00a".decode("utf-16"), b"\xff\xfea\x00".decode("utf-16-le"))
print(b"\xff\xfe\x00\x00a\x00\x00\x00".decode("utf-32"), b"\x00\x00\xfe\xff\x00\x00\x00a".decode("utf-32"), "\U0001f600".encode("utf-16-be"), "\U0001f600".encode("utf-32-be"))
print(str(b"abc", "ascii"), str(bytearray(b"\xc3\xa9"), "utf-8"), str(memoryview(b"x"), encoding="latin-1"), str(b"\xff", "ascii", "replace"))
show(lambda: str("abc", "utf-8"))
show(lambda: str(5, "utf-8"))
show(lambda: "x".encode("no-such-codec"))
show(lambda: b"x".decode("no-such-codec"))
show(lambda: "x".encode(5))
show(lambda: b"x".decode(errors=5))
print("ok".encode("utf-8", "no-such-handler"), b"ok".decode("ascii", "no-such-handler"))
show(lambda: "\xe9".encode("ascii", "no-such-handler"))

# decoding errors
for data in [b"\xff", b"a\x80b", b"\xc3", b"\xc3(", b"\xe2\x82", b"\xe2\x82(", b"\xe2(\xa1", b"\xf0\x9f\x98", b"\xf0\x9f(\x80", b"\xed\xa0\x80",
             b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\xe0\x80\xaf", b"\xf8\x88\x80\x80\x80", b"ok\xfe\xff", b"\xe1\x80\x41"]:
    show(lambda: data.decode("utf-8"))
    for errors in ["replace", "ignore", "backslashreplace", "surrogateescape", "surrogatepass"]:
        show(lambda: data.decode("utf-8", errors))
show(lambda: b"a\xffb".decode("utf-8", "xmlcharrefreplace"))
show(lambda: b"a\xffb\xfe".decode("ascii"))
for errors in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
    show(lambda: b"a\xffb\xfe".decode("ascii", errors))
print(b"\x00\xff\x80".decode("latin-1"), b"".decode(), bytes(range(32, 127)).decode("ascii"))
for data, enc in [(b"a", "utf-16-le"), (b"a\x00b", "utf-16-le"), (b"\x00\xd8", "utf-16-le"), (b"\x00\xd8a\x00", "utf-16-le"), (b"\x00\xdca\x00", "utf-16-le"),
                  (b"\x00\xd8\x00", "utf-16-le"), (b"\xd8\x00\xdc\x00", "utf-16-be"), (b"a\x00\x00", "utf-32-le"), (b"\x00\x00\x11\x00", "utf-32-le"),
                  (b"\x00\xd8\x00\x00", "utf-32-le"), (b"\xfe\xff\x00", "utf-16"), (b"a\x00b", "utf-16")]:
    show(lambda: data.decode(enc))
    for errors in ["replace", "ignore", "backslashreplace", "surrogatepass"]:
        show(lambda: data.decode(enc, errors))

# encoding errors
for s in ["a\xe9b", "a\u20ac\u20acb", "\U0001f600x", "a\udcffb", "a\ud800b", "\udc80\udcff", "x\udc41y"]:
    for enc in ["ascii", "latin-1", "utf-8", "utf-16-le", "utf-32-be"]:
        show(lambda: s.encode(enc))
        for errors in ["replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"]:
            show(lambda: s.encode(enc, errors))
print("\u20ac".encode("cp1252"), b"\x80".decode("cp1252"), "\xe9".encode("iso8859-15"))

# UnicodeError objects
e = UnicodeDecodeError("utf-8", b"abc", 1, 2, "bad byte")
print(e, "|", e.encoding, e.object, e.start, e.end, e.reason, e.args)
print(UnicodeDecodeError("x", b"abcd", 0, 3, "r"), "|", UnicodeDecodeError("x", bytearray(b"ab"), 1, 2, "r").object)
print(UnicodeEncodeError("ascii", "a\xe9", 1, 2, "no"), "|", UnicodeEncodeError("ascii", "\U0001f600", 0, 1, "no"), "|", UnicodeEncodeError("ascii", "abc", 0, 3, "no"))
print(UnicodeTranslateError("\u20ac", 0, 1, "tr"), "|", UnicodeTranslateError("ab", 0, 2, "tr"))
e.reason = "changed"
e.start = 0
print(e)
show(lambda: UnicodeDecodeError("utf-8", "str", 0, 1, "r"))
show(lambda: UnicodeDecodeError("utf-8"))
show(lambda: UnicodeEncodeError("ascii", b"x", 0, 1, "r"))
try:
    b"\x80".decode()
except UnicodeDecodeError as ex:
    print(isinstance(ex, UnicodeError), isinstance(ex, ValueError), repr(ex))
try:
    "\x80".encode("ascii")
except ValueError as ex:
    print(type(ex).__name__, ex.args)
