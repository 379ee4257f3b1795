# Process information, constants and small posix helpers
import os

print(isinstance(os.getpid(), int), isinstance(os.getppid(), int), os.getpid() != os.getppid())
print(os.getuid() >= 0, os.geteuid() >= 0, os.getgid() >= 0)
print(os.cpu_count() >= 1, len(os.urandom(16)), type(os.urandom(0)))
print(os.strerror(1), os.strerror(2), os.strerror(13), os.strerror(17), os.strerror(21))
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.WNOHANG)
u = os.uname()
print(type(u).__name__, u.sysname, len(u), isinstance(u.release, str))
t = os.times()
print(type(t).__name__, len(t), all(isinstance(x, float) for x in t))
old = os.umask(0o022)
print(os.umask(old) == 0o022)
print(os.fspath('x'), os.fspath(b'y'))
class P:
    def __fspath__(self):
        return '/p'
print(os.fspath(P()))
try:
    os.fspath(1)
except TypeError as e:
    print(e)
print(os.fsencode('a€'), os.fsdecode(b'a\xe2\x82\xac'), ascii(os.fsdecode(b'\xff')), os.fsencode(os.fsdecode(b'\xff')))
print(callable(os.get_terminal_size), os.terminal_size((3, 4)))
print(os.path.exists(os.devnull), os.access('/', os.R_OK), os.access('/nonexistent_taipan', os.F_OK))
print(os.supports_follow_symlinks.__class__.__name__, os.stat in os.supports_dir_fd, os.stat in os.supports_fd)
os.kill(os.getpid(), 0)
print('kill 0 ok')
