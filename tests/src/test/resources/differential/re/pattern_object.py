# Pattern objects: attributes, equality, hashing, copying, caching, repr.
import re, copy
p = re.compile(r'(?P<word>\w+)\s(\d+)', re.I)
print(p.pattern, p.flags, p.groups, p.groupindex)
print(p == re.compile(r'(?P<word>\w+)\s(\d+)', re.I), p == re.compile(r'(?P<word>\w+)\s(\d+)'), p != re.compile('x'))
print(hash(p) == hash(re.compile(r'(?P<word>\w+)\s(\d+)', re.I)))
print(copy.copy(p) is p, copy.deepcopy(p) is p)
print(re.compile(p) is p)
try:
    re.compile(p, re.M)
except ValueError as e:
    print('ValueError', e)
print(p.match('abc 12'), p.fullmatch('abc 12'), p.fullmatch('abc 12 '), p.search('-- abc 12'))
print(p.fullmatch('xabc 12', 1), p.fullmatch('abc 123', 0, 6))
print(p.match(string='abc 5'), p.search('abc 5', pos=1), p.findall(string='a 1 b 2', endpos=5))
print(re.compile('x') == 'x', re.compile('x') == re.compile(b'x'))
print({re.compile('a'): 1}[re.compile('a')])
print(repr(re.compile('\n\t\'"')), repr(re.compile(r'\d+')))
try:
    p.groupindex['x'] = 1
except TypeError as e:
    print('TypeError', e)
print(re.template if False else '')
print(type(p).__name__, type(p).__module__, re.Pattern is type(p))
print(p.match('ABC 1').group(1))
try:
    p.match()
except TypeError as e:
    print('TypeError')
