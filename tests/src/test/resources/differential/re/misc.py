# re.Scanner, str subclasses, re.DEBUG output, template cache, flags objects.
import re
def s_ident(scanner, token): return ('ID', token)
def s_num(scanner, token): return ('NUM', int(token))
scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", s_ident),
    (r"\d+", s_num),
    (r"=|\+|-", lambda s, t: ('OP', t)),
    (r"\s+", None),
])
print(scanner.scan("sum = x + 42 - y7 ?"))
class S(str):
    pass
m = re.match(r'(a)b', S('abc'))
print(m, type(m.group()).__name__, type(m.string).__name__)
print(re.compile(S('a+')).pattern, type(re.compile(S('a+')).pattern).__name__)
print(re.sub('a', S(r'\\x'), 'bab'), type(re.sub('a', 'b', S('xyz'))).__name__)
print(re.compile(r'a(b)c[de]+?|x*', re.DEBUG).match('abc'))
print(re.fullmatch(r'(?x) a  b # comment', 'ab'))
print(re.purge())
print(re.compile(rb'(?L)\w+').findall(b'ab cd'), re.match(rb'(?iL)AB', b'ab'))
print(re.escape('a-b[c]'), re.escape(' \t'))
for i in range(3):
    print(re.sub(r'(\w)(\w)', r'\2\1', 'abcdef'))
print(re.compile(r'\w+').findall('a b c', 2), re.compile(r'x').search('xx', endpos=1).endpos)
print(re.match(r'(?P<first>\w)(?P<second>\w)?', 'a').groupdict())
print(sorted(re.compile(r'(?P<b>x)(?P<a>y)').groupindex.items()))
print(re.split(r'(?:)', 'ab'), re.sub('(?:)', '|', ''), re.findall('$', 'a\n'))
print(re.search(r'\d{3,}', 'ab 12 3456 7').group(), re.search(r'(?s:.)+', 'a\nb').group())
print(re.NOFLAG, re.RegexFlag.IGNORECASE.value, re.compile('a', re.NOFLAG).flags)
