# Flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, UNICODE, inline and scoped.
import re
print(re.findall(r'hello', 'Hello HELLO hello', re.I))
print(re.findall(r'[a-c]+', 'ABC abc XyZ', re.IGNORECASE))
print(re.findall(r'[^a-c]+', 'ABCdef', re.I))
print(re.match(r'straße', 'STRASSE', re.I), re.match(r'ǅ', 'ǆ', re.I), re.match(r'K', '\u212a', re.I))
print(re.match(r'k', '\u212a', re.I|re.A), re.match(r'ſ', 'S', re.I), re.match(r'[ſ]', 's', re.I))
print(re.match(r'ΣΑΣ', 'σας', re.I), re.match(r'[α-ω]+', 'ΑΒΓ', re.I))
print(re.findall(r'.', 'a\nb'), re.findall(r'.', 'a\nb', re.S), re.findall(r'(?s).', 'a\nb'))
print(re.findall(r'^b', 'a\nb', re.M), re.findall(r'^b', 'a\nb'))
p = re.compile(r'''
    (\d{3})   # area
    [-\s]?    # separator
    (\d{4})   # number
''', re.X)
print(p.match('555-1234').groups(), p.match('555 1234').groups())
print(re.findall(r'\w+', 'naïve café', re.A), re.findall(r'\w+', 'naïve café'))
print(re.findall(r'\s+', 'a\u2003b c', re.A), re.findall(r'\s+', 'a\u2003b c'))
print(re.match(r'(?i:a)b', 'Ab'), re.match(r'(?i:a)b', 'AB'), re.match(r'(?-i:a)b', 'aB', re.I))
print(re.match(r'a(?i)b', 'aB') if False else None)
print(re.compile(r'a', re.I | re.M).flags, re.compile(r'(?s)a').flags, re.compile(rb'a').flags)
for flags in (0, re.I, re.I | re.M, re.S | re.X, re.A, re.U, re.I | re.A, re.DEBUG & 0, re.L & 0):
    print(repr(re.compile('x', flags)))
print(repr(re.compile(b'x', re.L)), repr(re.compile(b'x', re.I)), repr(re.compile(b'x')))
print(repr(re.compile('a' * 300))[:30], len(repr(re.compile('a' * 300))))
print(re.I, re.IGNORECASE | re.M, re.RegexFlag(0))
print(re.findall(r'(?i)[^\W\d]+', 'Ab12 Cd'))
print(re.match(r'(?i)\u0130', 'i\u0307'), re.match(r'(?i)i', '\u0130'))
print(re.sub('(?i)b+', 'x', 'aBbBc'))
