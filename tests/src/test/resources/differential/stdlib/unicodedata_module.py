# unicodedata: properties of characters whose data is stable across Unicode 14-16, names, lookup,
# normalization and the errors (the Unicode version itself differs between implementations)
import unicodedata as u

CHARS = ('\x00\t\n A z~\x7f\xa0\xa8\xaa\xb2\xbd\xc1\xdf\xe9\u0130\u01c4\u01d5\u02b0\u0300\u0301\u0308\u0327\u0334\u0345'
         '\u0344\u0374\u037e\u0391\u03c9\u0410\u05b0\u05d0\u0627\u0660\u064b\u0670\u0901\u093c\u094d\u0966\u0e38\u0e48'
         '\u0f71\u0f73\u1100\u1e08\u1e69\u2000\u2028\u2029\u200b\u200d\u202a\u2066\u2126\u212b\u2153\u2160\u2167\u2460\u2469'
         '\u3000\u3042\u3099\u30a2\u4e00\u4e07\u9fa5\uac00\uac01\ud7a3\ue000\uf900\ufb01\ufb1e\ufe30\uff21\uff71\uffe0\ufffd'
         '\U0001d400\U0001d7ce\U0001f600\U0001f1e6\U00020000\U0002f800\U000e0001\U0001d165\U00016ff0')

for c in CHARS:
    print('%04X' % ord(c), u.category(c), u.bidirectional(c), u.combining(c), u.mirrored(c), u.east_asian_width(c),
          repr(u.decomposition(c)), u.name(c, None), u.decimal(c, None), u.digit(c, None), u.numeric(c, None))

for c in '([<{\u2264\u00ab)':
    print(repr(c), u.mirrored(c), u.bidirectional(c))

# combining classes of many marks
print([u.combining(chr(cp)) for cp in range(0x300, 0x370)])
print([u.combining(chr(cp)) for cp in range(0x591, 0x5c8)])
print(sorted({u.combining(chr(cp)) for cp in range(0x10000)}))

# names and lookup
for name in ['LATIN SMALL LETTER A', 'latin small letter a', 'Snowman', 'HANGUL SYLLABLE GAG', 'HANGUL SYLLABLE GA', 'HANGUL SYLLABLE HIH',
             'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-9FA5', 'GRINNING FACE', 'NULL', 'DIGIT ZERO', 'EURO SIGN']:
    print(name, repr(u.lookup(name)))
for name in ['NOT A CHARACTER NAME', 'hangul syllable ga', 'cjk unified ideograph-4e00', 'CJK UNIFIED IDEOGRAPH-4e00', 'CJK UNIFIED IDEOGRAPH-4E00x', 'CJK UNIFIED IDEOGRAPH-0041', 'HANGUL SYLLABLE XYZ', '', 'x' * 300]:
    try:
        u.lookup(name)
    except KeyError as e:
        print('KeyError', e)
for c in ['\x00', '\ue000', '\ud800', '\U000e0080']:
    try:
        u.name(c)
    except ValueError as e:
        print('ValueError', e)
    print(u.name(c, 'dflt'))
print(all(u.lookup(u.name(chr(cp))) == chr(cp) for cp in range(0x20, 0x3000, 7) if u.name(chr(cp), None)))
print(all(u.lookup(u.name(chr(cp))) == chr(cp) for cp in range(0xAC00, 0xD7A4, 37)))

# numeric properties
for c in '0٣٣⁵½¼⅞Ⅻ①⑩万一x':
    print(repr(c), u.decimal(c, -1), u.digit(c, -1), u.numeric(c, -1))
for f, err in [(u.decimal, 'x'), (u.digit, '½'), (u.numeric, 'x')]:
    try:
        f(err)
    except ValueError as e:
        print('ValueError', e)

# normalization
samples = ['caf\u00e9', 'cafe\u0301', '\u1e9b\u0323', '\u212b', '\ufb01', '\u0041\u030a', 'Ǆ', '\uac00\u11a8', '\u1100\u1161\u11a8',
           '\u0958', 'a\u0328\u0301\u0323', '①²', 'ｶﾞ', '\u00c5\u0327', '']
for s in samples:
    print(repr(s), [ascii(u.normalize(f, s)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')],
          [u.is_normalized(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])
s = 'plain ascii'
print(u.normalize('NFC', s) is s)

# errors
for args in [('NFX', 'a'), (1, 'a'), ('NFC', 1)]:
    for f in (u.normalize, u.is_normalized):
        try:
            f(*args)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
for f in (u.category, u.bidirectional, u.combining, u.mirrored, u.east_asian_width, u.decomposition, u.name, u.decimal, u.digit, u.numeric):
    for bad in ('ab', '', 5):
        try:
            f(bad)
        except TypeError as e:
            print('TypeError', e)
try:
    u.lookup(5)
except TypeError as e:
    print('TypeError', e)
print(type(u.unidata_version).__name__, u.unidata_version.count('.'), u.lookup(b'LATIN SMALL LETTER B'))
