# Without gc.collect(): __del__ of an instance nobody references runs while the program goes on
# allocating (on a tracing collector: at some later collection, found even when the instance
# was promoted to the old generation before it died).
import time

events = []
garbage = [None]


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        events.append(self.name)


def churn_until(name):
    start = time.monotonic()
    while name not in events and time.monotonic() - start < 60:
        # stored where compiled code cannot prove it unused, so it is really allocated
        garbage[0] = [bytes(1000) for _ in range(10000)]
    return name in events


def use(name):
    r = Resource(name)
    del r
    print(name, churn_until(name))


use('first')
use('second')
print(events)
