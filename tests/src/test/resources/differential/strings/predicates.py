# str predicate methods across ASCII and Unicode samples
samples = ["", "abc", "ABC", "Abc", "123", "١٢٣", "½", "²", "a1", " ", "\t\n", "abc ", "_x", "x1_", "1x",
           "ñ", "日本", "Ⅻ", "def", "class", "A B", "\x00", "é́"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
          s.isidentifier(), s.isprintable(), s.isascii(), s.islower(), s.isupper())
