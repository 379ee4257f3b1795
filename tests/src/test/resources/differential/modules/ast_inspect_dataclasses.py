import ast
t = ast.parse("x = 1 + 2\nif x:\n    print(f'{x!r:>4}', *y, k=1)\n")
print(ast.dump(t))
print(ast.dump(t.body[0], include_attributes=True))
print(ast.unparse(t))
print(ast.literal_eval("{'a': [1, 2.5, (3, None)], 'b': -4}"))
e = ast.parse("a if b else c", mode="eval"); print(type(e).__name__, ast.dump(e.body))
code = compile(ast.parse("print('from ast', 6 * 7)"), "<ast>", "exec"); exec(code)
for node in ast.walk(ast.parse("def f(a, *, b=2): return a")):
    print(type(node).__name__, end=" ")
print()
class V(ast.NodeTransformer):
    def visit_Constant(self, node): return ast.Constant(node.value * 10) if isinstance(node.value, int) else node
print(ast.unparse(V().visit(ast.parse("y = 1 + 2"))))
print(ast.get_docstring(ast.parse('"""doc"""\nx=1')))
try: ast.parse("x = (")
except SyntaxError as e: print("SyntaxError", e.msg)
import dataclasses, inspect, pprint
@dataclasses.dataclass
class P:
    x: int
    y: int = 2
print(P(1), P(1) == P(1, 2), dataclasses.asdict(P(3)))
pprint.pprint({'k%d' % i: list(range(i)) for i in range(6)}, width=40)
print(inspect.signature(lambda a, b=1, *c, d, **e: 0))
