# _csv through csv.py: reading, writing, dialects and their validation
import csv, io


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


def read(lines, **kw):
    return list(csv.reader(lines, **kw))


def write(rows, **kw):
    s = io.StringIO()
    w = csv.writer(s, **kw)
    for r in rows:
        w.writerow(r)
    return s.getvalue()


print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(issubclass(csv.Error, Exception), csv.Error.__module__, csv.__version__)
print(sorted(csv.list_dialects()))

# reading
show(read, ['a,b,c', '1,"2,3",4', '', '"x""y",z'])
show(read, ['a,"multi', 'line",b'])
show(read, ['a,"multi\n', 'line",b\n'])
show(read, ['a, b,  c'], skipinitialspace=True)
show(read, ['a;b;c'], delimiter=';')
show(read, ["'a;b';c"], delimiter=';', quotechar="'")
show(read, ['a\\,b,c'], escapechar='\\')
show(read, ['"a\\"b",c'], escapechar='\\', doublequote=False)
show(read, ['a"b,c"d'])
show(read, ['"a"b,c'])
show(read, ['"a"b,c'], strict=True)
show(read, ['"abc'], strict=True)
show(read, ['"abc'])
show(read, ['a,b\r\n', 'c\n'])
show(read, ['a\r', 'b\r\n'])
show(read, ['1,2.5,"x",-3e2'], quoting=csv.QUOTE_NONNUMERIC)
show(read, ['1,abc'], quoting=csv.QUOTE_NONNUMERIC)
show(read, ['"a,b",c'], quoting=csv.QUOTE_NONE)
show(read, [b'a,b'])
show(read, 5)
show(read, ['a\tb'], dialect='excel-tab')
show(read, ['a b  c'], delimiter=' ')
show(read, [',,', ','])
show(read, ['\u00e9,\U0001F600x'])
r = csv.reader(['a,b', 'c,"d', 'e"', 'f'])
for row in r:
    print(row, r.line_num)
print(r.dialect.delimiter, type(r).__name__)

# writing
show(write, [['a', 'b,c', 'd"e', 1, 2.5, None, '', True]])
show(write, [[1, 2], ['x\ny'], ['x\ry']])
show(write, [['']])
show(write, [[]])
show(write, [[None]])
show(write, [['a', 'b']], quoting=csv.QUOTE_ALL)
show(write, [['a', 1, 2.0, None, True]], quoting=csv.QUOTE_NONNUMERIC)
show(write, [['a,b', 'c']], quoting=csv.QUOTE_NONE, escapechar='\\')
show(write, [['a,b']], quoting=csv.QUOTE_NONE)
show(write, [['']], quoting=csv.QUOTE_NONE)
show(write, [['a"b']], doublequote=False, escapechar='\\')
show(write, [['a"b']], doublequote=False)
show(write, [['a', 'b']], lineterminator='\n', delimiter='|')
show(write, [['a|b']], delimiter='|')
show(write, [['x', 'y']], dialect='unix')
show(write, [[1]], quotechar="'", quoting=csv.QUOTE_ALL)
show(write, [5])
show(write, [iter(['g', 'h'])])
s = io.StringIO()
w = csv.writer(s)
print(w.writerow(['abc', 'd']), repr(s.getvalue()), w.dialect.lineterminator == '\r\n')
w.writerows([['1'], ('2', 3)])
print(repr(s.getvalue()))
show(csv.writer, 5)
show(csv.writer, object())

# DictReader / DictWriter
f = io.StringIO("name,age\nbob,3\nal,4,extra\nzed\n")
for row in csv.DictReader(f):
    print(sorted(row.items(), key=str))
f = io.StringIO("bob;3\n")
print(list(csv.DictReader(f, fieldnames=['n', 'a'], delimiter=';')))
s = io.StringIO()
dw = csv.DictWriter(s, ['x', 'y'], restval='?')
dw.writeheader()
dw.writerow({'x': 1})
dw.writerows([{'x': 'a,b', 'y': None}])
print(repr(s.getvalue()))
show(dw.writerow, {'z': 1})
show(csv.DictWriter, s, ['a'], extrasaction='bad')

# dialects
class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL

csv.register_dialect('semi', Semi)
print('semi' in csv.list_dialects())
d = csv.get_dialect('semi')
print(type(d).__name__, d.delimiter, repr(d.lineterminator), d.quoting, d.escapechar, d.strict)
show(write, [['a;b', 'c']], dialect='semi')
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
show(write, [['a', 'b']], dialect='pipes')
csv.register_dialect('pipes2', 'pipes', lineterminator='!')
show(write, [['a', 'b']], dialect='pipes2')
csv.unregister_dialect('pipes2')
show(csv.unregister_dialect, 'pipes2')
show(csv.get_dialect, 'nope')
show(csv.register_dialect, 1)
show(read, ['a'], dialect='nope')
show(Semi().__class__.__name__.upper)


class Bad(csv.Dialect):
    delimiter = ';'

show(Bad)
D = csv.Dialect if False else __import__('_csv').Dialect
dd = D(delimiter=';')
print(dd.delimiter, dd.quotechar, dd.quoting, D(dd) is dd, D(dd, delimiter=':').delimiter)
print(D('excel').delimiter, D(Semi).delimiter, D(quotechar=None).quoting)
show(D, delimiter=1)
show(D, delimiter='ab')
show(D, delimiter='')
show(D, delimiter=None)
show(D, quotechar=1)
show(D, quotechar='ab')
show(D, escapechar=2)
show(D, escapechar='ab')
show(D, quoting='1')
show(D, quoting=7)
show(D, quoting=csv.QUOTE_ALL, quotechar=None)
show(D, lineterminator=None)
show(D, lineterminator=5)
print(D(escapechar=None).escapechar, D(escapechar='\\').escapechar, D(doublequote=0).doublequote, D(strict=[1]).strict)
show(lambda: dd.__setattr__('delimiter', 'x'))
import pickle
show(pickle.dumps, dd)

# field_size_limit
old = csv.field_size_limit()
print(old, csv.field_size_limit(10), csv.field_size_limit())
show(read, ['a' * 11])
show(read, ['"' + 'a' * 11 + '"'])
show(read, ['a' * 10])
show(csv.field_size_limit, 'x')
show(csv.field_size_limit, 1.5)
csv.field_size_limit(old)
print(csv.field_size_limit())

# Sniffer
sn = csv.Sniffer()
d = sn.sniff("a;b;c\n1;2;3\n4;5;6\n")
print(d.delimiter, d.quotechar, d.skipinitialspace)
print(sn.has_header("name,age\nbob,3\nal,4\n"))
print(list(csv.reader(io.StringIO("a;b\n1;2\n"), d)))

# types only the module creates
import _csv
for t in (_csv.Reader, _csv.Writer):
    show(t)
show(csv.get_dialect('excel').__reduce__)
print(_csv.Reader is type(csv.reader([])), _csv.Writer is type(csv.writer(io.StringIO())))
