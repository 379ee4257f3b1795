# try/finally interacting with return, break, continue and exceptions
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally"
print(f2())
def f3():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("f3 finally", i)
    return i
print(f3())
def f4():
    try:
        raise ValueError("x")
    finally:
        return "swallowed"
print(f4())
def f5():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set", x)
print(f5())
def f6():
    for i in range(3):
        try:
            continue
        finally:
            print("f6", i)
f6()
def f7():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        print("caught", repr(e))
    finally:
        print("outer finally")
f7()
def f8():
    while True:
        try:
            return "ret"
        finally:
            break
    return "after loop"
print(f8())
def f9():
    try:
        1 / 0
    except ZeroDivisionError:
        return "except"
    finally:
        print("f9 finally")
print(f9())
