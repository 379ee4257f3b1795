# repr of strings: quote choice, escapes of control characters and non-printables, ascii()
samples = ["plain", "it's", 'say "hi"', "both ' \"", "tab\there", "nl\nline", "cr\r", "nul\x00", "bell\x07",
           "\x7f", "\x80", "\xa0", "\xad", "é", "日本", "\u200b", "\ufeff", "\U0001F600", "\ud800", "back\\slash",
           "\x1b[0m", "\u2028"]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(repr(["a'b", 'c"d']), repr(("\n",)), repr({"k\t": "v"}))
print(str("\x00abc"), "%r" % "\x01", f"{chr(0x85)!r}", repr(chr(0x10FFFF)), repr(chr(0xE000)))
