# __slots__ may name __dict__ and __weakref__ once each, and only where the base does not
# already give instances one (CPython's type_new rules and messages).
import weakref


def define(label, body):
    try:
        cls = body()
        print(label, "ok", sorted(k for k in vars(cls) if k in ("__dict__", "__weakref__")))
    except TypeError as e:
        print(label, "TypeError:", e)


class Plain:
    pass


class Slotted:
    __slots__ = ("a",)


define("dict twice", lambda: type("A", (), {"__slots__": ("__dict__", "__dict__")}))
define("weakref twice", lambda: type("A", (), {"__slots__": ("__weakref__", "__weakref__")}))
define("both once", lambda: type("A", (), {"__slots__": ("__dict__", "__weakref__", "x")}))
define("dict over a dict", lambda: type("A", (Plain,), {"__slots__": ("__dict__",)}))
define("weakref over weakrefs", lambda: type("A", (Plain,), {"__slots__": ("__weakref__",)}))
define("dict over slots", lambda: type("A", (Slotted,), {"__slots__": ("__dict__",)}))
define("weakref over slots", lambda: type("A", (Slotted,), {"__slots__": ("__weakref__",)}))
define("weakref on a tuple", lambda: type("A", (tuple,), {"__slots__": ("__weakref__",)}))
define("weakref on an int", lambda: type("A", (int,), {"__slots__": ("__weakref__",)}))
define("dict on an int", lambda: type("A", (int,), {"__slots__": ("__dict__",)}))

both = type("Both", (), {"__slots__": ("__dict__", "__weakref__")})
b = both()
b.anything = 1
print(vars(b), weakref.ref(b)() is b)


# weakref.ref itself takes no keyword arguments; a subclass's own __init__ may
class Tagged(weakref.ref):
    def __init__(self, ob, callback=None, /, **tags):
        super().__init__(ob, callback)
        self.tags = tags


r = Tagged(b, None, colour="red")
print(r() is b, r.tags)
try:
    weakref.ref(b, None, colour="red")
except TypeError as e:
    print("TypeError:", e)
