# decorators: plain, with arguments, stacked, on classes
def trace(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"{fn.__name__}{args} -> {result}")
        return result
    return wrapper
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@trace
def add(a, b):
    return a + b
@repeat(3)
@trace
def square(x):
    return x * x
add(2, 3)
print(square(4))
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class Plugin:
    pass
print(registry)
