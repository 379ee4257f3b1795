# str case methods including non-ASCII letters and special casing
words = ["hello world", "HELLO", "hElLo WoRlD", "ß straße", "ǆemal", "ﬁne", "ΣΑΣ", "123abc", "o'neil's", "a-b_c d"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.casefold(), w.title(), w.capitalize(), w.swapcase())
print("İ".lower(), len("İ".lower()), "ŉ".upper(), "ΐ".upper())
print("hello".upper().isupper(), "Hello World".istitle(), "Hello world".istitle(), "".istitle())
print("ABC".islower(), "abc1".islower(), "1".islower(), "Σ".isupper(), "ß".islower())
print("they're bill's friends".title())
