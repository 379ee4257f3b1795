import binascii

for d in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))]:
    e = binascii.b2a_base64(d)
    print(e, binascii.b2a_base64(d, newline=False) == e[:-1], binascii.a2b_base64(e) == d)
for s in [b"Zm9v", "Zm9vYg==", b"Zm9v\nYmFy\n", b"Zm9 vY!g=", b"Zm9vYg==trailing", b"Zg=", b"Zg", b"Z", b"Zm9vY", b"===", b"Zg==Zg==", b"Z=g=", b"YWJj\x80ZGVm"]:
    try:
        print(s, binascii.a2b_base64(s))
    except binascii.Error as e:
        print(s, "Error:", e)
for s in [b"Zm9vYg==", b"=Zm9v", b"Zm9vYg==x", b"Zm9vY!==", b"Zm=9v", b"Zm9vYg=", b"Zm9v\n"]:
    try:
        print(s, binascii.a2b_base64(s, strict_mode=True))
    except binascii.Error as e:
        print(s, "strict Error:", e)
try:
    binascii.a2b_base64("Zm9vé")
except ValueError as e:
    print("ValueError:", e)
try:
    binascii.b2a_base64("abc")
except TypeError as e:
    print("TypeError:", e)
