# s += x and s = s + x on locals: a long str grows in place (StrAccumulator) but every read,
# f_locals, identity and the error cases behave as for an ordinary str.
import sys
def f(n):
    s = ''
    for i in range(n):
        s += 'ab'
    return s
print(len(f(200000)))
def g(n):
    s = 'x' * 300
    t = s
    s += 'y'
    print(t is s, len(t), len(s), s[-2:])
    u = s
    print(u is s, s is s)
    s = s + 'z' * 10
    print(len(s), s.endswith('z'), type(s).__name__)
    print(sys._getframe().f_locals['s'][-3:], locals()['s'][-1])
    s += 5 if False else 'w'
    try:
        s += 5
    except TypeError as e:
        print('TypeError', e)
    del s
    try:
        s += 'a'
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
g(0)
def h():
    n = 0
    for i in range(10):
        n += i
    x = 1.5
    x += 2
    l = [1]
    l += [2]
    l = l + [3]
    return n, x, l
print(h())
class S(str):
    def __radd__(self, other):
        return 'radd'
def k():
    s = 'a' * 300
    s += S('q')
    return s
print(k())
def gen():
    s = 'b' * 300
    for i in range(3):
        s += str(i)
        yield s[-1]
print(list(gen()))
def closure():
    s = 'c' * 300
    def inner():
        return s[-1]
    s += 'd'
    return inner()
print(closure())
def unbound():
    s += 'x'
try:
    unbound()
except UnboundLocalError as e:
    print(e)
