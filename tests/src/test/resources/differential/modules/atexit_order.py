import atexit, sys

def bye(name, punct="!"):
    print("bye", name + punct)

atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")
def never():
    print("never printed")
atexit.register(never)
atexit.unregister(never)
@atexit.register
def decorated():
    print("decorated runs first")
print("main done")
sys.exit(0)
