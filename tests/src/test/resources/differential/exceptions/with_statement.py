# context managers: __enter__/__exit__, suppression, exceptions inside with
class Resource:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Resource("a") as r:
    print("inside", r.name)
with Resource("outer"), Resource("inner") as inner:
    print("both", inner.name)
with Resource("quiet", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with Resource("loud"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
def early():
    with Resource("ret"):
        return "returned"
print(early())
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
