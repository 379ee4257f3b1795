# Bytes patterns on bytes, bytearray and memoryview subjects.
import re
print(re.findall(rb'\d+', b'a12 b345'))
print(re.match(rb'(\w+) (\w+)', b'hello world').groups())
print(re.sub(rb'o', b'0', b'foo boo'), re.subn(rb'(o)', rb'[\1]', b'foo'))
print(re.split(rb'\s+', b'a b  c'))
print(re.search(rb'\xff+', b'ab\xff\xffcd'))
print(re.match(rb'(?i)abc', b'ABC'), re.match(rb'(?i)\xe9', b'\xc9'))
print(re.findall(rb'\w', b'a\xe9b'), re.findall(rb'[\x80-\xff]', b'a\xe9b\xff'))
print(re.search(rb'b+', bytearray(b'abbbc')), re.search(rb'b+', memoryview(b'abbbc')).group())
m = re.search(rb'(b+)', bytearray(b'abbbc'))
print(type(m.group()).__name__, type(m.string).__name__, m.group(1))
print(re.sub(rb'b', lambda m: b'X', bytearray(b'abc')))
print(re.compile(rb'x'), re.compile(rb'x', re.I), re.compile(rb'\d').pattern)
print(re.findall(rb'(a)(b)?', b'aba'))
print(re.fullmatch(rb'[a-z]+', b'abc'), re.fullmatch(rb'[a-z]+', b'abc1'))
print(re.sub(rb'(?P<x>a)', rb'\g<x>\g<x>', b'banana'))
print(re.match(rb'.', b'\n'), re.match(rb'.', b'\n', re.S))
for pat, s in ((r'a', b'a'), (rb'a', 'a')):
    try:
        re.match(pat, s)
    except TypeError as e:
        print('TypeError', e)
for s in (1, None, ['a']):
    try:
        re.match('a', s)
    except TypeError as e:
        print('TypeError', e)
print(re.escape(b'a.b*c'), re.escape('a.b*c?'))
