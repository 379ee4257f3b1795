# re.error for bad patterns: message, pos, lineno, colno.
import re
bad = [r'(', r')', r'[a', r'a**', r'*a', r'(?P<1>a)', r'(?P<n>a)(?P<n>b)', r'\1', r'(?<=a+)b',
       r'a{2,1}', r'[z-a]', r'(?z)', r'\p', r'x(?', r'(?P=missing)', r'(?#unterminated',
       'ab\n(c', r'(?<!a*)', r'\g', r'[\d-z]', r'a{1,2}{3}', r'(?i', r'(?P<a', r'\x4']
for p in bad:
    try:
        re.compile(p)
        print('ok', repr(p))
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
try:
    re.compile(b'\\u0041')
except re.error as e:
    print(e)
print(re.error.__name__, re.error.__module__, issubclass(re.error, Exception))
try:
    re.compile('a', 'x')
except Exception as e:
    print(type(e).__name__)
try:
    re.compile(123)
except TypeError as e:
    print('TypeError', e)
try:
    re.purge(); re.compile('(?P<n>a)(?P=n)').match('aa').group(3)
except IndexError as e:
    print('IndexError', e)
