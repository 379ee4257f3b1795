# sub, subn with templates, callables and counts; expand.
import re
print(re.sub(r'\d', '#', 'a1b22c333'))
print(re.sub(r'\d', '#', 'a1b22c333', count=2))
print(re.subn(r'\d', '#', 'a1b22c333'))
print(re.sub(r'(\w+)=(\w+)', r'\2=\1', 'a=b c=d'))
print(re.sub(r'(?P<k>\w+)=(?P<v>\w+)', r'\g<v>:\g<k>:\g<0>:\g<1>', 'a=b'))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub(r'x', r'\n\t\\', 'axb'))
print(re.sub(r'x', '\\\\', 'axb'))
print(re.sub(r'x*', '-', 'abxd'))
print(re.sub(r'', '-', 'abc'))
print(re.sub(r'(?=b)', '^', 'abab'))
print(re.sub(r'\w+', lambda m: m.group().title(), 'hello big world'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'x1 y22 z333'))
print(re.subn(r'a', lambda m: '', 'banana'))
print(re.sub('a', 'b', 'xyz'), re.subn('a', 'b', ''))
p = re.compile(r'(\d+)')
print(p.sub(r'<\1>', 'a1b23'), p.subn(r'<\g<1>>', 'a1b23', 1))
m = re.match(r'(?P<first>\w+) (\w+)', 'John Smith')
print(m.expand(r'\2, \g<first>'), m.expand(r'\g<0>!'), m.expand('plain'))
print(re.match(r'(a)(b)?', 'a').expand(r'[\1\2]'))
for bad in (r'\3', r'\g<x>', r'\g<1', r'\q'):
    try:
        re.sub(r'(a)(b)', bad, 'ab')
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
print(re.sub(r'(a)', r'\g<1>0', 'a'), re.sub(r'(a)', r'\10', 'a') if False else '')
print(re.sub(r'.', lambda m: None if m.group() == 'b' else m.group() * 2, 'abc'))
print(re.sub(r'[aeiou]', '', 'programming'))
print(re.sub(r'(?i)HELLO', 'bye', 'hello Hello HELLO', 2))
print(re.sub('a', '\\\\1', 'a'))
print(re.sub(r'(\d)', r'\1\1', '123'))
print(re.sub(r'\s+', ' ', '  lots   of\t\nspace  ').strip())
try:
    re.sub('a', 1, 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('a', lambda m: 1, 'a')
except TypeError as e:
    print('TypeError', e)
