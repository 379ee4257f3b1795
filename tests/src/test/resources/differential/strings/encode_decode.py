# str.encode and bytes.decode with common codecs and error handlers
s = "héllo wörld €"
for enc in ["utf-8", "latin-1", "ascii", "utf-16-le", "utf-32-be", "cp1252"]:
    for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        try:
            b = s.encode(enc, err)
            print(enc, err, b)
        except UnicodeEncodeError as e:
            print(enc, err, "error:", e.reason, e.start, e.end)
data = b"caf\xc3\xa9 \xff end"
for err in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
    print(err, repr(data.decode("utf-8", err)))
try:
    data.decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
print("abc".encode(), "".encode("utf-16"), len("𝄞".encode("utf-16-le")), "𝄞".encode("utf-8"))
print(b"\xe2\x82\xac".decode(), bytes([0xe9]).decode("latin-1"), "ü".encode("utf-8").decode("latin-1"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(e)
