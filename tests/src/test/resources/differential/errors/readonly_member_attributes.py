def t(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, type(e).__name__, e)
p = property(lambda s: 1)
def setf(): p.fget = None
t("fget:", setf)
def setsl(): s = slice(1); s.start = 3
t("slice:", setsl)
def setcode():
    def f(): pass
    f.__globals__ = {}
t("globals:", setcode)
def setname():
    def f(): pass
    f.__code__.co_name = 'x'
t("co_name:", setname)
def setreal(): (1j).real = 2
t("real:", setreal)
def delsusp():
    e = ValueError(); e.__suppress_context__ = True; return e.__suppress_context__
t("suppress:", delsusp)
async def foo(): pass
def setcodeattr():
    def f(): pass
    f.__code__ = 5
t("code:", setcodeattr)
def setgetset():
    def f(): pass
    f.__builtins__ = {}
t("builtins:", setgetset)
t("gen name:", lambda: setattr((x for x in []), 'gi_running', 1))
