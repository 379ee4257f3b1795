import sys
def raiser(): raise ValueError
try: raiser()
except Exception as e: tb = e.__traceback__
print(tb.tb_frame is sys._getframe(), tb.tb_frame.f_lineno, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_lineno)
print(tb.tb_frame is tb.tb_frame, tb.tb_next.tb_frame is tb.tb_next.tb_frame)
def g():
    x = 1
    yield x
    yield 2
gen = g(); print(gen.gi_frame is gen.gi_frame, gen.gi_frame.f_lineno)
f0 = gen.gi_frame; next(gen); print(gen.gi_frame is f0, f0.f_lineno, gen.gi_frame.f_globals is globals(), f0.f_locals)
def h():
    try: 1/0
    except ZeroDivisionError as e:
        t = e.__traceback__
        return t.tb_frame is sys._getframe(), t.tb_frame.f_lineno, t.tb_lineno
print(h())
