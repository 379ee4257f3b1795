# Groups: numbered, named, non-capturing, nested; Match accessors.
import re

m = re.match(r'(\w+) (\w+)(?: (\w+))?', 'Isaac Newton')
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(3))
print(m.group(1, 2, 3), m.groups(), m.groups('-'))
print(m.span(), m.span(1), m.span(3), m.start(2), m.end(2), m.start(3))
print(m.regs, m.lastindex, m.lastgroup, m.pos, m.endpos)
print(m[0], m[1], m[2])
print(m.string, m.re)

m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe')
print(m.group('first'), m['last'], m.groupdict(), m.lastgroup, m.lastindex)
print(m.span('last'), m.start('first'), m.end('last'))
p = re.compile(r'(?P<a>x)(y)(?P<c>z)?')
print(p.groups, p.groupindex, dict(p.groupindex), type(p.groupindex).__name__)
m = p.match('xy')
print(m.groupdict(), m.groupdict('?'), m.groups(), m.lastindex, m.lastgroup)
print(re.match(r'((a)(b))', 'ab').groups(), re.match(r'((a)(b))', 'ab').lastindex)
print(re.match(r'(a)|(b)', 'b').groups(), re.match(r'(a)|(b)', 'b').lastindex)
print(re.match(r'(?:(a)|b)*', 'ab').groups())
print(re.match(r'(?:(a)|(b))*', 'ab').groups())
print(re.match(r'(a)*', 'aaa').group(1), re.match(r'(a)*', 'aaa').span(1))
print(re.match(r'(a*)+', 'aa').groups())
print(re.match(r'(a*)*', 'aa').groups())
print(re.match(r'(ab|a)(bc|c)?', 'abc').groups())
print(re.match(r'(?P<n>a)(?P=n)', 'aa'))
for bad in (5, 'nope', -1, 2.5):
    try:
        re.match(r'(a)', 'a').group(bad)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    re.match('(a)', 'a')['zz']
except IndexError as e:
    print('IndexError', e)
m = re.match(r'(a)(b)', 'ab')
print(m.group(True), m.start(False))
print(repr(re.match(r'.*', 'x' * 100)))
print(repr(re.search(r'b', 'abc')))
print(repr(re.match(r'', 'abc')))
import copy
print(copy.copy(m) is m, copy.deepcopy(m) is m)
print(re.Match[str], re.Pattern[bytes])
print(type(m).__name__, type(m).__module__, type(re.compile('')).__name__)
try:
    re.Match()
except TypeError as e:
    print('TypeError', e)
