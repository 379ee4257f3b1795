import base64

for data in [b"", b"f", b"fo", b"foo", b"foobar", bytes(range(256))]:
    e = base64.b64encode(data)
    print(e[:40], base64.b64decode(e) == data, base64.urlsafe_b64encode(data)[-8:], base64.b32encode(data)[:24], base64.b16encode(data)[:20])
    print(base64.a85encode(data)[:24], base64.b85encode(data)[:24], base64.standard_b64encode(data)[-8:])
    assert base64.b32decode(base64.b32encode(data)) == data
    assert base64.b16decode(base64.b16encode(data)) == data
    assert base64.a85decode(base64.a85encode(data)) == data
    assert base64.b85decode(base64.b85encode(data)) == data
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(data)) == data
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("+/8=", validate=True), base64.b64decode(b"Zm9v\nYmFy"))
print(base64.encodebytes(b"x" * 100), base64.decodebytes(b"eHh4\n"))
print(base64.b32hexencode(b"hello"), base64.b32hexdecode(b"D1IMOR3F"), base64.b32decode(b"nbswy3dp", casefold=True))
for bad in [lambda: base64.b64decode("Zm9v!", validate=True), lambda: base64.b64decode("Zg"), lambda: base64.b32decode(b"ABC"),
            lambda: base64.b16decode(b"0g")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
