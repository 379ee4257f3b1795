# attribute names may be str subclasses (setattr, getattr, BaseException.__setstate__)
class S(str):
    def __hash__(self):
        return super().__hash__()
class E(Exception): pass
e = E()
e.__setstate__({S("abc"): 1})
print(e.abc)
class O: pass
o = O()
setattr(o, S("x"), 5)
print(o.x, getattr(o, S("x")), hasattr(o, S("x")))
