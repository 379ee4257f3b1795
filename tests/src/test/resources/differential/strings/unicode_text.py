# unicode strings: code points beyond the BMP, indexing, slicing, ord/chr, comparisons, lengths
s = "a€𝄞😀b"
print(len(s), [ord(c) for c in s], s[2], s[-2], s[1:4], s[::-1], s.find("😀"), s.index("b"))
print(chr(0x1F600) == "😀", "\N{GREEK SMALL LETTER ALPHA}", "\u03b1" == "α", "\U0001d11e" == "𝄞")
print(sorted(["b", "á", "a", "z", "😀", "€"]), max(s), min(s))
print("😀" * 3, "x😀y".split("😀"), "😀".join("ab"), "😀😀".replace("😀", "-"), "😀a".upper())
print("😀".encode("utf-8"), "😀".encode("utf-16-be"), len("😀".encode("utf-32")))
print("a😀b".center(7, "*"), "😀".rjust(3, "😀"), "😀".isprintable(), "😀".isalpha())
for c in ["A", "é", "😀", "\u0301", "𝟘"]:
    print(hex(ord(c)), c.isalnum(), c.isdecimal(), c.isidentifier())
try:
    chr(0x110000)
except ValueError as e:
    print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)
print(list(reversed("a😀b")), "😀" in s, s.count("𝄞"), "{:^5}".format("😀"))
