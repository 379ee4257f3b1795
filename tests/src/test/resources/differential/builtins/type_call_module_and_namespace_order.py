g = {'__name__': 'mymod'}
exec("A = type('A', (), {})\nclass B: pass", g)
print(g['A'].__module__, g['B'].__module__, g['A'])
import collections
od = collections.OrderedDict([('a', 1), ('b', 2)]); od.move_to_end('a')
print(list(type('C', (), od).__dict__)[:2])
g2 = {}
exec("A = type('A', (), {})", g2)
A = g2['A']
print(A, '__module__' in A.__dict__)
try: print(A.__module__)
except AttributeError as e: print("AttributeError", e)
D = type('D', (), {})
print(D, D.__module__)
import functools
print(type(functools.partial).__module__)
