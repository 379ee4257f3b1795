# assert with and without messages, evaluated message, AssertionError args
def check(x):
    try:
        assert x > 0, f"bad value {x}"
        return "ok"
    except AssertionError as e:
        return ("fail", e.args, str(e))
print(check(1), check(-1))
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], ("tuple", "msg")
except AssertionError as e:
    print(e.args)
calls = []
def msg():
    calls.append(1)
    return "m"
assert True, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
class E(Exception): pass
try:
    assert None, E("custom")
except AssertionError as e:
    print(type(e.args[0]).__name__, e)
