# evaluation order: call arguments, dict displays, comparisons, assignments, subscripts, boolean short-circuit
log = []
def t(tag, value=None):
    log.append(tag)
    return tag if value is None else value

def f(*a, **k):
    return a, k
log.clear(); f(t("a"), t("b"), x=t("c"), *[t("d")], **{"y": t("e")}); print(log)
log.clear(); {t("k1"): t("v1"), t("k2"): t("v2"), **{t("k3"): t("v3")}}; print(log)
log.clear(); [t("l1"), *[t("l2")], t("l3")]; print(log)
log.clear(); t("x", 1) < t("y", 2) < t("z", 0) < t("never", 5); print(log)
log.clear(); t("x", 0) and t("never"); t("y", 1) or t("never"); t("z", 0) or t("w", 0); print(log)
log.clear(); t("c", [0, 0])[t("i", 0)] = t("v", 1); print(log)
log.clear()
class Obj:
    pass
o = Obj()
t("target", o).attr = t("value", 5)
print(log)
log.clear()
d = {}
d[t("key")] = d.get(t("get"), 0) + t("add", 1)
print(log, d)
log.clear(); x = t("a", 1) + t("b", 2) * t("c", 3) ** t("d", 1); print(log, x)
log.clear(); y = t("cond", True) if t("test", 1) else t("else"); print(log, y)
log.clear(); z = [t("e%d" % i, i) for i in range(2) if t("f%d" % i, True)]; print(log, z)
log.clear(); a, b = t("r1", 1), t("r2", 2); print(log)
log.clear(); lst = [0, 0]; i = 0; i, lst[i] = t("one", 1), t("val", 9); print(log, lst)
log.clear(); t("m", "abc")[t("s1", 0):t("s2", 2)]; print(log)
log.clear()
def g(a=t("default evaluated once")):
    return a
g(); g(); print(log)
log.clear()
class Cls(t("base", object), metaclass=t("meta", type)):
    log.append("body")
print(log)
log.clear()
def deco(name):
    log.append("make " + name)
    def wrap(fn):
        log.append("apply " + name)
        return fn
    return wrap
@deco("outer")
@deco("inner")
def decorated():
    pass
print(log)
log.clear(); t("obj", o).attr += t("inc", 1); print(log, o.attr)
log.clear(); t("seq", lst)[t("idx", 0)] += t("inc", 1); print(log, lst)
log.clear()
try:
    t("first") + t("second", 1)
except TypeError as e:
    print(log, e)
log.clear(); print(t("p1", "P1"), t("p2", "P2"), sep=t("sep", "|")); print(log)
log.clear(); assert t("assert", True), t("msg"); print(log)
log.clear(); r = t("lhs", 5) in [t("e1", 1), t("e2", 5), t("e3", 9)]; print(log, r)
log.clear(); w = (n := t("walrus", 3)) + n; print(log, w)
