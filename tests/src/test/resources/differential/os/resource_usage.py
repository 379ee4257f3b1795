# resource: getrusage (self, children), getrlimit/setrlimit of the current limits, page size.
import resource
r = resource.getrusage(resource.RUSAGE_SELF)
print(type(r).__name__, len(r), r.ru_maxrss > 0, r.ru_utime >= 0, isinstance(r.ru_minflt, int))
print(resource.getrlimit(resource.RLIMIT_NOFILE)[0] > 0, resource.getpagesize(), resource.RLIM_INFINITY)
soft, hard = resource.getrlimit(resource.RLIMIT_STACK)
resource.setrlimit(resource.RLIMIT_STACK, (soft, hard))
c = resource.getrusage(resource.RUSAGE_CHILDREN); print(c.ru_utime >= 0)
try:
    resource.getrusage(99)
except ValueError as e:
    print('ValueError', e)
