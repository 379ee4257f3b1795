import binascii

for d in [b"", b"a", b"ab", b"abc", b"abcd", bytes(range(45)), b"\x00\x00\x00"]:
    e = binascii.b2a_uu(d)
    print(e, binascii.b2a_uu(d, backtick=True), binascii.a2b_uu(e) == d, binascii.a2b_uu(binascii.b2a_uu(d, backtick=True)) == d)
print(binascii.a2b_uu(b""), binascii.a2b_uu(b"\n"), binascii.a2b_uu(b"#86)C"), binascii.a2b_uu("#86)C\r\n"), binascii.a2b_uu(b"$86)C"))
print(binascii.a2b_uu(b"#86)C   \n"), binascii.a2b_uu(b"!```\n"), binascii.a2b_uu(b" "))
for bad in [lambda: binascii.b2a_uu(b"x" * 46), lambda: binascii.a2b_uu(b"#86)C  x"), lambda: binascii.a2b_uu(b"#\x0186)C"), lambda: binascii.a2b_uu(b"#86\x7fC")]:
    try:
        print(bad())
    except binascii.Error as e:
        print("Error:", e)
